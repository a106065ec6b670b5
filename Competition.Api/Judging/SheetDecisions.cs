using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;
using Marten;

namespace Competition.Api.Judging;

/// Which sheet a judging request is about: judge × entry × stage of a contest. <paramref name="AddressedAs"/> is the id
/// the caller sent for the entry (a blind stage's judges send an alias, see <see cref="Domain.Contests.WorkCodes"/>);
/// <paramref name="ByJudge"/> whether a judge sent it.
public sealed record SheetAddress(Guid ContestId, Guid StageId, Guid EntryId, Guid JudgeId, Guid AddressedAs, bool ByJudge)
{
    public Guid SheetId => StreamIds.Sheet(JudgeId, EntryId, StageId);

    /// The sheet a request names: the entry behind an alias, or the id as sent. A judge who names a hidden entry by its
    /// own id is told what any unknown entry is told: whether the id is an entry of the stage stays the engine's secret.
    public static SheetAddress Of(ContestSnapshot contest, Guid stageId, Guid addressedAs, Guid judgeId, bool byJudge, bool round = false)
    {
        // A labour contest's assessment sheet: a round in place of the stage, its units by their own ids.
        if (round)
            return contest.Active.Round(stageId) is null
                ? throw new Domain.NotFound("Round not found in this contest")
                : new(contest.Active.Id, stageId, addressedAs, judgeId, addressedAs, byJudge);
        var stage = contest.Active.Stage(stageId) ?? throw new Domain.NotFound("Stage not found in this contest");
        return new(contest.Active.Id, stageId, stage.EntryAddressed(addressedAs, byJudge) ?? throw EntryNotFound(), judgeId, addressedAs, byJudge);
    }

    /// Also checked on the state each decision is made on, which may be newer than the one the address was read on.
    public void Check(Domain.Contests.ContestState contest)
    {
        if ((contest as Domain.Contests.ContestState.Active)?.Stage(StageId) is { } stage && stage.EntryAddressed(AddressedAs, ByJudge) != EntryId)
            throw EntryNotFound();
    }

    static Domain.NotFound EntryNotFound() => new("Entry not found in this stage's category");
}

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

    /// The sheet a request names, read on the contest as the caller's sign-in saw it, or (if that state, which may be a
    /// little behind another node's writes, knows no such stage or alias) on the contest read fresh.
    public async Task<SheetAddress> AddressAsync(
        ContestSnapshot seen, Guid stageId, Guid addressedAs, Guid judgeId, bool byJudge, CancellationToken ct, bool round = false)
    {
        try { return SheetAddress.Of(seen, stageId, addressedAs, judgeId, byJudge, round); }
        catch (Domain.NotFound) { return SheetAddress.Of(await contests.LoadAsync(seen.Active.Id, ct), stageId, addressedAs, judgeId, byJudge, round); }
    }

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
        a.Check(x.Contest.State);
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
