using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;
using Competition.EventStore;

namespace Competition.Api.Judging;

/// Which sheet a judging request is about: judge × entry × stage of a contest.
public sealed record SheetAddress(Guid ContestId, Guid StageId, Guid EntryId, Guid JudgeId);

public sealed record RecordMark(SheetAddress Sheet, Guid CriterionId, decimal Points, long? IfMatch, string? RequestId, DateTimeOffset Now);

public sealed record SubmitJudgeSheet(SheetAddress Sheet, DateTimeOffset Now);

public sealed record ReopenJudgeSheet(SheetAddress Sheet, string Reason, Guid? ChiefJudgeId, DateTimeOffset Now);

/// One handler shape for every sheet command: the contest and entry give the context, the sheet
/// stream is decided on. Two judges never share a sheet, so a conflict here is only a judge's own
/// resend racing itself, and re-deciding it is safe.
///
/// Marks are the hot path (hundreds of judges at a national final), so a command is first decided on
/// the contest, entry and sheet as this node last saw them, with no read at all; the write asserts
/// the contest's and the entry's versions and appends at the sheet's, so if any of them moved it
/// commits nothing. Then, and whenever that decision refused or decided nothing (which stale state
/// could cause), the command is decided again on state read fresh from the log: only that answer counts.
public sealed class SheetHandlers(ContestSnapshots contests, EntryIndex entries, Streams streams)
{
    readonly KnownStates<SheetState> sheets = new();
    // A sheet's context as of the contest's and the entry's versions: working it out walks every judge of
    // the contest (the chiefs), about 8% of the API's CPU per mark when done for each one.
    readonly KnownStates<(long Contest, long Entry, SheetContext Context)> contexts = new();

    sealed record Inputs(ContestSnapshot Contest, EntryState.Active Entry, long EntryVersion, SheetState Sheet, long SheetVersion);

    public Task<Written> Handle(RecordMark c, CancellationToken ct) =>
        DecideAsync(c.Sheet, c.IfMatch, context => new AwardMark(context, c.CriterionId, c.Points, c.Now, c.RequestId), ct);

    public Task<Written> Handle(SubmitJudgeSheet c, CancellationToken ct) =>
        DecideAsync(c.Sheet, null, context => new SubmitSheet(context, c.Now), ct);

    public Task<Written> Handle(ReopenJudgeSheet c, CancellationToken ct) =>
        DecideAsync(c.Sheet, null, context => new ReopenSheet(
            context, c.Reason, c.ChiefJudgeId ?? c.Sheet.ContestId, c.ChiefJudgeId is null, c.Now), ct);

    async Task<Written> DecideAsync(SheetAddress a, long? ifMatch, Func<SheetContext, SheetCommand> command, CancellationToken ct)
    {
        var sheetId = StreamIds.Sheet(a.JudgeId, a.EntryId, a.StageId);
        if (Known(a, sheetId) is { } known)
        {
            try
            {
                if (await DecideOnAsync(known, a, sheetId, ifMatch, command, ct) is { Sequence: > 0 } written) return written;
            }
            catch (Exception e) when (e is DomainException or ConcurrencyException) { }
        }
        return await DecideOnAsync(await FreshAsync(a, sheetId, ct), a, sheetId, ifMatch, command, ct);
    }

    Inputs? Known(SheetAddress a, Guid sheetId)
    {
        if (contests.Known(a.ContestId) is not { } contest || entries.Known(a.ContestId, a.EntryId) is not { } entry) return null;
        // A sheet this node never saw is most likely new; if it is not, appending at version 0 conflicts.
        var sheet = sheets.TryGet(sheetId, out var s) ? s : (Deciders.Sheet.Initial, 0);
        return new(contest, entry.State, entry.Version, sheet.State, sheet.Version);
    }

    async Task<Inputs> FreshAsync(SheetAddress a, Guid sheetId, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(a.ContestId, ct);
        var (entry, entryVersion) = await entries.LoadAsync(a.ContestId, a.EntryId, ct);
        var (sheet, version) = await streams.LoadAsync(sheetId, Deciders.Sheet.Initial, Deciders.Sheet.Evolve, ct);
        sheets.Put(sheetId, sheet, version);
        return new(contest, entry, entryVersion, sheet, version);
    }

    SheetContext ContextOf(Inputs x, SheetAddress a, Guid sheetId)
    {
        if (contexts.TryGet(sheetId, out var known) && known.State.Contest == x.Contest.Version && known.State.Entry == x.EntryVersion)
            return known.State.Context;
        var context = SheetContext.From(x.Contest.State, x.Entry, a.JudgeId, a.StageId);
        contexts.Put(sheetId, (x.Contest.Version, x.EntryVersion, context), 0);
        return context;
    }

    async Task<Written> DecideOnAsync(Inputs x, SheetAddress a, Guid sheetId, long? ifMatch, Func<SheetContext, SheetCommand> command, CancellationToken ct)
    {
        if (ifMatch is { } expected && expected != x.SheetVersion)
            throw new RuleViolation($"The sheet is at version {x.SheetVersion}, not {expected}; reload it and try again");
        var events = Deciders.Sheet.Decide(command(ContextOf(x, a, sheetId)), x.Sheet);
        var written = await streams.WriteAsync(new StreamWrite(sheetId, Deciders.Sheet.StreamType, x.SheetVersion, events)
        {
            DecidedOn = [new(a.ContestId, x.Contest.Version), new(a.EntryId, x.EntryVersion)],
        }, ct);
        if (events.Count > 0) sheets.Put(sheetId, events.Aggregate(x.Sheet, Deciders.Sheet.Evolve), written.Version);
        return written;
    }
}
