using System.Collections.Concurrent;
using System.Collections.Immutable;
using Competition.Domain.Contests;
using Marten;

namespace Competition.Api.Writing;

/// Who holds which token in a contest: the organizer's hash and each judge's current hash (none once revoked).
public sealed record ContestAccess(string? OrganizerTokenHash, ImmutableDictionary<string, Guid> JudgesByTokenHash)
{
    public static readonly ContestAccess None = new(null, ImmutableDictionary<string, Guid>.Empty);

    public ContestAccess Evolve(object @event) => @event switch
    {
        ContestCreated e => this with { OrganizerTokenHash = e.OrganizerTokenHash },
        OrganizerTokenRotated e => this with { OrganizerTokenHash = e.OrganizerTokenHash },
        JudgeAppointed e => this with { JudgesByTokenHash = JudgesByTokenHash.SetItem(e.TokenHash, e.JudgeId) },
        JudgeTokenRotated e => this with { JudgesByTokenHash = WithoutJudge(e.JudgeId).SetItem(e.TokenHash, e.JudgeId) },
        JudgeTokenRevoked e => this with { JudgesByTokenHash = WithoutJudge(e.JudgeId) },
        _ => this,
    };

    /// Whether <paramref name="tokenHash"/> is the current token of <paramref name="judgeId"/>.
    public bool Signs(string tokenHash, Guid judgeId) => JudgesByTokenHash.TryGetValue(tokenHash, out var judge) && judge == judgeId;

    ImmutableDictionary<string, Guid> WithoutJudge(Guid judgeId) =>
        JudgesByTokenHash.RemoveRange(JudgesByTokenHash.Where(p => p.Value == judgeId).Select(p => p.Key));
}

public sealed record ContestSnapshot(ContestState State, ContestAccess Access, long Version)
{
    public ContestState.Active Active => State as ContestState.Active
        ?? throw new Competition.Domain.NotFound("Contest not found");
}

/// Every request of a contest needs its state (auth, context for marks). The contest stream is
/// small and changes rarely, so it is cached and caught up with only the events after the cached
/// version, by a cheap query that the requests arriving meanwhile share (<see cref="SharedReads{TKey,TValue}"/>):
/// still consistent with the log as of each request's arrival.
public sealed class ContestSnapshots(IDocumentStore store)
{
    readonly ConcurrentDictionary<Guid, ContestSnapshot> cache = new();
    readonly SharedReads<Guid, ContestSnapshot> reads = new();

    public Task<ContestSnapshot> LoadAsync(Guid contestId, CancellationToken ct) =>
        reads.ReadAsync(contestId, () => CatchUpAsync(contestId), ct);

    /// The newest state this node has seen, without asking the log (null if it never loaded the contest):
    /// for decisions that assert the version they used when they write (see <see cref="KnownStates{TState}"/>).
    public ContestSnapshot? Known(Guid contestId) => cache.GetValueOrDefault(contestId);

    async Task<ContestSnapshot> CatchUpAsync(Guid contestId)
    {
        var snapshot = cache.GetValueOrDefault(contestId)
            ?? new ContestSnapshot(ContestDecider.Initial, ContestAccess.None, 0);
        await using var session = store.QuerySession();
        var newer = await session.Events.FetchStreamAsync(contestId, fromVersion: snapshot.Version + 1);
        if (newer.Count == 0) return snapshot;
        foreach (var e in newer)
            snapshot = new(ContestDecider.Evolve(snapshot.State, e.Data), snapshot.Access.Evolve(e.Data), e.Version);
        return cache.AddOrUpdate(contestId, snapshot, (_, old) => old.Version >= snapshot.Version ? old : snapshot);
    }
}
