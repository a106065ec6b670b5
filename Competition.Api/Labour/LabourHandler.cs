using Competition.Api.Awards;
using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Labour;
using Marten;
using Wolverine;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Labour;

/// Publishing ranks the round on its sheets, read from the log when the command is handled.
public sealed record PublishContestRound(Guid ContestId, Guid RoundId, DateTimeOffset Now);

public sealed record AssessUnitSelf(Guid ContestId, Guid RoundId, Guid EntryId, IReadOnlyDictionary<Guid, decimal> Marks, DateTimeOffset Now);

public sealed record VetoContestUnit(Guid ContestId, Guid RoundId, Guid EntryId, Guid ItemId, string Reason, DateTimeOffset Now);

/// The labour commands on the contest stream. Those about a unit read its entry stream and assert the version they read.
public static class LabourHandler
{
    public static Task<Written> Handle(SetScheme c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(AddRound c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(OpenRound c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(FreezeRound c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(ReopenRound c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);

    public static async Task<Written> Handle(
        PublishContestRound c, IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.CategoryOfRound(c.RoundId) ?? throw new NotFound("Round not found in this contest");
        var units = await entries.OfCategoryAsync(c.ContestId, category.Id, ct);
        var approved = units.Where(u => u.State.Status == EntryStatus.Approved).Select(u => u.State.Id).ToList();
        var sheets = await RoundSheets.ReadAsync(session, snapshot.Active, category, c.RoundId, approved, ct);
        var events = Deciders.Contest.Decide(new PublishRound(c.ContestId, c.RoundId, [.. units.Select(u => Facts(u.State))],
            [.. sheets.Select(sh => sh.Assessed)],
            c.Now), snapshot.State);
        // Asserted at the entries' versions it ranked: a unit approved or withdrawn meanwhile makes this write fail, not stand.
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.ContestId, Deciders.Contest.StreamType, snapshot.Version, events)
        {
            DecidedOn = [.. units.Select(u => new StreamRead(u.State.Id, u.Version))],
        }, outbox, ct);
    }

    public static Task<Written> Handle(
        AssessUnitSelf c, IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries, CancellationToken ct) =>
        OnUnitAsync(session, outbox, contests, entries, c.ContestId, c.EntryId, unit => new AssessSelf(c.ContestId, c.RoundId, unit, c.Marks, c.Now), ct);

    public static Task<Written> Handle(
        VetoContestUnit c, IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries, CancellationToken ct) =>
        OnUnitAsync(session, outbox, contests, entries, c.ContestId, c.EntryId,
            unit => new VetoUnit(c.ContestId, c.RoundId, unit, c.ItemId, c.Reason, c.Now), ct);

    static async Task<Written> OnUnitAsync(
        IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries, Guid contestId, Guid entryId,
        Func<UnitFacts, ContestCommand> command, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(contestId, ct);
        var (entry, version) = await entries.LoadAsync(contestId, entryId, ct);
        var events = Deciders.Contest.Decide(command(Facts(entry)), snapshot.State);
        return await StreamAppender.WriteAsync(session, new StreamWrite(contestId, Deciders.Contest.StreamType, snapshot.Version, events)
        {
            DecidedOn = [new(entryId, version)],
        }, outbox, ct);
    }

    static UnitFacts Facts(EntryState.Active entry) => new(entry.Id, entry.CategoryId, entry.Name, entry.Status == EntryStatus.Approved);
}
