using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Sheets;

namespace Competition.Api.Judging;

/// Which sheet a judging request is about: judge × entry × stage of a contest.
public sealed record SheetAddress(Guid ContestId, Guid StageId, Guid EntryId, Guid JudgeId);

public sealed record RecordMark(SheetAddress Sheet, Guid CriterionId, decimal Points, long? IfMatch, string? RequestId, DateTimeOffset Now);

public sealed record SubmitJudgeSheet(SheetAddress Sheet, DateTimeOffset Now);

public sealed record ReopenJudgeSheet(SheetAddress Sheet, string Reason, Guid? ChiefJudgeId, DateTimeOffset Now);

/// One handler shape for every sheet command: the contest and entry give the context, the sheet
/// stream is decided on. Two judges never share a sheet, so a conflict here is only a judge's own
/// resend racing itself, and re-deciding it is safe.
public sealed class SheetHandlers(ContestSnapshots contests, EntryIndex entries, Decisions decisions)
{
    public Task<Written> Handle(RecordMark c, CancellationToken ct) =>
        DecideAsync(c.Sheet, c.IfMatch, context => new AwardMark(context, c.CriterionId, c.Points, c.Now, c.RequestId), ct);

    public Task<Written> Handle(SubmitJudgeSheet c, CancellationToken ct) =>
        DecideAsync(c.Sheet, null, context => new SubmitSheet(context, c.Now), ct);

    public Task<Written> Handle(ReopenJudgeSheet c, CancellationToken ct) =>
        DecideAsync(c.Sheet, null, context => new ReopenSheet(
            context, c.Reason, c.ChiefJudgeId ?? c.Sheet.ContestId, c.ChiefJudgeId is null, c.Now), ct);

    async Task<Written> DecideAsync(SheetAddress a, long? ifMatch, Func<SheetContext, SheetCommand> command, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(a.ContestId, ct);
        var (entry, _) = await entries.LoadAsync(a.ContestId, a.EntryId, ct);
        var context = SheetContext.From(contest.State, entry, a.JudgeId, a.StageId);
        var sheetId = StreamIds.Sheet(a.JudgeId, a.EntryId, a.StageId);
        return await decisions.OnStreamAsync(Deciders.Sheet, sheetId, (_, version) =>
        {
            if (ifMatch is { } expected && expected != version)
                throw new RuleViolation($"The sheet is at version {version}, not {expected}; reload it and try again");
            return command(context);
        }, ct);
    }
}
