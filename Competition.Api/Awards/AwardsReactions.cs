using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.EventStore;
using Npgsql;

namespace Competition.Api.Awards;

/// Cross-stage routing fed from the log: an entry disqualified or a stage opened again after the
/// awards of its category were proposed makes the proposal stale (and a disqualified entry loses a
/// confirmed award). Runs in the projection daemon, so each trigger is seen once per checkpoint and
/// again only after a crash between the reaction and the checkpoint; the awards stream remembers the
/// trigger's event id, so that replay writes nothing.
public sealed class AwardsReactions(CommandRouter router, TimeProvider clock, ILogger<AwardsReactions> log) : IProjection
{
    public string Name => "reactions";

    public IReadOnlyCollection<Type> EventTypes { get; } = [typeof(EntryDisqualified), typeof(StageOpened)];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        foreach (var envelope in batch)
        {
            var reaction = envelope.Data switch
            {
                EntryDisqualified e => new ReactToCategoryChange(e.ContestId, e.CategoryId, envelope.Id,
                    $"Entry disqualified: {e.Reason}", e.EntryId, clock.GetUtcNow()),
                StageOpened e => new ReactToCategoryChange(e.ContestId, e.CategoryId, envelope.Id,
                    "A stage of the category was opened again", null, clock.GetUtcNow()),
                _ => null,
            };
            if (reaction is null) continue;
            try
            {
                await router.SendAsync<Written>(new ReactToLoggedChange(reaction, envelope.Sequence), ct);
            }
            catch (DomainException e)
            {
                // A reaction the rules refuse stays refused on every retry; the log goes on.
                log.LogWarning("Reaction to event {EventId} ({Type}) refused: {Message}", envelope.Id, envelope.Type, e.Message);
            }
        }
    }

    /// Reactions are not a read model: a rebuild replays them, and each is already remembered.
    public Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) => Task.CompletedTask;
}
