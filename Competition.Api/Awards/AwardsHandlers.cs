using NotFound = Competition.Domain.NotFound;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Awards;

namespace Competition.Api.Awards;

public sealed record ProposalResponse(string Status, IReadOnlyList<ProposedAward> Awards);

/// A reaction with the log position of the event that triggered it.
public sealed record ReactToLoggedChange(ReactToCategoryChange Change, long TriggerSequence);

/// Awards commands of a category that must exist in the contest; the proposal is ranked from the log.
public sealed class AwardsHandlers(ContestSnapshots contests, FinalRanking ranking, Decisions decisions, Streams streams)
{
    /// A reaction runs after its trigger, maybe well after (the daemon paces its batches, or is catching
    /// up): a proposal made after the trigger was made with the change already in the log, so it stands.
    /// Decided on the same read of the stream that shows when the proposal was made.
    public async Task<Written> Handle(ReactToLoggedChange c, CancellationToken ct)
    {
        var change = c.Change;
        await CategoryAsync(change.ContestId, change.CategoryId, ct);
        var log = await streams.ReadAfterAsync(change.AwardsId, 0, ct);
        var version = log.Count == 0 ? 0 : log[^1].Version;
        if (log.LastOrDefault(e => e.Data is AwardsProposed) is { } proposal && proposal.Sequence > c.TriggerSequence)
            return new Written(version, 0);
        var state = log.Aggregate(Deciders.Awards.Initial, (s, e) => Deciders.Awards.Evolve(s, e.Data));
        var events = Deciders.Awards.Decide(change, state);
        return await streams.WriteAsync(new StreamWrite(change.AwardsId, Deciders.Awards.StreamType, version, events), ct);
    }

    public async Task<Written> Handle(AwardsCommand command, CancellationToken ct)
    {
        await CategoryAsync(command.ContestId, command.CategoryId, ct);
        return await decisions.OnStreamAsync(Deciders.Awards, command.AwardsId, (_, _) => command, ct);
    }

    public async Task<ProposalResponse> Handle(ProposeCategoryAwards c, CancellationToken ct)
    {
        var category = await CategoryAsync(c.ContestId, c.CategoryId, ct);
        var rows = category.AllStagesClosed ? await ranking.RankAsync(category, ct) : [];
        var propose = new ProposeAwards(c.ContestId, c.CategoryId, rows, category.AwardPolicy, category.AllStagesClosed, c.Now);
        await decisions.OnStreamAsync(Deciders.Awards, propose.AwardsId, (_, _) => propose, ct);
        var (state, _) = await decisions.LoadAsync(Deciders.Awards, propose.AwardsId, ct);
        return new ProposalResponse(state.Status, state is AwardsState.Proposed p ? p.Awards : []);
    }

    /// Whether the category's awards are confirmed: a closed stage may be reopened only before.
    public async Task<bool> ConfirmedAsync(Guid categoryId, CancellationToken ct) =>
        (await decisions.LoadAsync(Deciders.Awards, StreamIds.Awards(categoryId), ct)).State is AwardsState.Confirmed;

    async Task<Domain.Contests.CategoryState> CategoryAsync(Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await contests.LoadAsync(contestId, ct)).Active.Category(categoryId) ?? throw new NotFound("Category not found in this contest");
}
