using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;
using Marten;

namespace Competition.Api.Judging;

/// Which sheet a judging request is about: judge × entry × stage of a contest.
public sealed record SheetAddress(Guid ContestId, Guid StageId, Guid EntryId, Guid JudgeId)
{
    public Guid SheetId => StreamIds.Sheet(JudgeId, EntryId, StageId);
}

public sealed record RecordMark(SheetAddress Sheet, Guid CriterionId, decimal Points, long? IfMatch, string? RequestId, DateTimeOffset Now);

public sealed record SubmitJudgeSheet(SheetAddress Sheet, DateTimeOffset Now);

public sealed record ReopenJudgeSheet(SheetAddress Sheet, string Reason, Guid? ChiefJudgeId, DateTimeOffset Now);

/// What a sheet decision is made on: the contest, the entry and the sheet, each with its version.
public sealed record SheetInputs(ContestSnapshot Contest, EntryState.Active Entry, long EntryVersion, SheetState Sheet, long SheetVersion)
{
    /// The streams the decision read without writing them: the write commits only if they are still there.
    public IReadOnlyList<StreamRead> DecidedOn(SheetAddress a) => [new(a.ContestId, Contest.Version), new(a.EntryId, EntryVersion)];
}

/// Decides sheet commands on the contest, entry and sheet as this node last saw them (no read at all), or on
/// state read fresh from the log. Two judges never share a sheet, so a conflict is only a judge's own resend
/// racing itself (or another node's), and re-deciding on fresh state is safe.
public sealed class SheetDecisions(IDocumentStore store, ContestSnapshots contests, EntryStates entries)
{
    readonly KnownStates<SheetState> sheets = new();
    // A sheet's context as of the contest's and the entry's versions: working it out walks every judge of
    // the contest (the chiefs), about 8% of the API's CPU per mark when done for each one.
    readonly KnownStates<(long Contest, long Entry, SheetContext Context)> contexts = new();

    public SheetInputs? Known(SheetAddress a)
    {
        if (contests.Known(a.ContestId) is not { } contest || entries.Known(a.ContestId, a.EntryId) is not { } entry) return null;
        // A sheet this node never saw is most likely new; if it is not, starting it conflicts and the command goes fresh.
        var sheet = sheets.TryGet(a.SheetId, out var s) ? s : (Deciders.Sheet.Initial, 0);
        return new(contest, entry.State, entry.Version, sheet.State, sheet.Version);
    }

    public async Task<SheetInputs> FreshAsync(SheetAddress a, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(a.ContestId, ct);
        var (entry, entryVersion) = await entries.LoadAsync(a.ContestId, a.EntryId, ct);
        await using var session = store.QuerySession();
        var (sheet, version) = await Decisions.LoadAsync(session, Deciders.Sheet, a.SheetId, ct);
        sheets.Put(a.SheetId, sheet, version);
        return new(contest, entry, entryVersion, sheet, version);
    }

    /// The events the command decides on these inputs; throws the domain's refusal.
    public IReadOnlyList<object> Decide(SheetInputs x, SheetAddress a, long? ifMatch, Func<SheetContext, SheetCommand> command)
    {
        if (ifMatch is { } expected && expected != x.SheetVersion)
            throw new RuleViolation($"The sheet is at version {x.SheetVersion}, not {expected}; reload it and try again");
        return Deciders.Sheet.Decide(command(ContextOf(x, a)), x.Sheet);
    }

    /// The sheet as it is after a write of these events at <paramref name="version"/>.
    public void Written(Guid sheetId, SheetState before, IReadOnlyList<object> events, long version) =>
        sheets.Put(sheetId, events.Aggregate(before, Deciders.Sheet.Evolve), version);

    SheetContext ContextOf(SheetInputs x, SheetAddress a)
    {
        if (contexts.TryGet(a.SheetId, out var known) && known.State.Contest == x.Contest.Version && known.State.Entry == x.EntryVersion)
            return known.State.Context;
        var context = SheetContext.From(x.Contest.State, x.Entry, a.JudgeId, a.StageId);
        contexts.Put(a.SheetId, (x.Contest.Version, x.EntryVersion, context), 0);
        return context;
    }
}
