using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;

namespace Competition.Domain.Sheets;

/// <summary>
/// The facts a sheet decision needs from the contest and entry streams, computed by the pure
/// <see cref="From"/> so the sheet decider never loads other streams.
/// </summary>
public sealed record SheetContext(
    Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId,
    bool ContestFound, bool StageFound, bool JudgeFound, bool EntryFound,
    string StageName, bool StageOpen, bool OnPanel, bool Recused, bool EntryApprovedAndDrawn,
    IReadOnlyList<CriterionDefinition> Criteria, IReadOnlyList<Guid> ChiefJudgeIds)
{
    public Guid SheetId => StreamIds.Sheet(JudgeId, EntryId, StageId);

    /// <summary>A labour contest's assessment sheet: <see cref="StageId"/> is a round's id, the criteria its scheme's items.</summary>
    public bool IsRound { get; init; }

    public static SheetContext From(ContestState contest, EntryState entry, Guid judgeId, Guid stageId)
    {
        var entryId = entry is EntryState.Active e ? e.Id : Guid.Empty;
        if (contest is not ContestState.Active c)
            return new(Guid.Empty, Guid.Empty, stageId, entryId, judgeId, false, false, false, false, "", false, false, false, false, [], []);
        if (c.Stage(stageId) is null && c.Round(stageId) is { } round) return ForRound(c, round, entry, judgeId);
        var category = c.CategoryOfStage(stageId);
        var stage = c.Stage(stageId);
        var judge = c.Judge(judgeId);
        var active = entry as EntryState.Active;
        var entryFound = active is not null && active.ContestId == c.Id && category is not null && active.CategoryId == category.Id;
        var chiefs = category is null
            ? []
            : c.Judges.Values.Where(j => j.Chief && j.CategoryIds.Contains(category.Id)).Select(j => j.Id).ToList();
        return new(
            c.Id, category?.Id ?? Guid.Empty, stageId, entryId, judgeId,
            ContestFound: true, StageFound: stage is not null, JudgeFound: judge is not null, EntryFound: entryFound,
            StageName: stage?.Name ?? "", StageOpen: stage?.IsOpen ?? false,
            OnPanel: judge is not null && category is not null && judge.SitsOn(category.Id, stageId),
            Recused: judge is not null && active is not null && judge.IsRecusedFrom(active.Organization),
            EntryApprovedAndDrawn: active?.IsApprovedAndDrawn ?? false,
            Criteria: stage?.Definition().Criteria ?? [],
            ChiefJudgeIds: chiefs);
    }

    /// <summary>Assessors are the judges appointed to the category; any approved unit can be assessed (no lots in a labour contest).</summary>
    static SheetContext ForRound(ContestState.Active c, Labour.RoundState round, EntryState entry, Guid judgeId)
    {
        var category = c.Category(round.CategoryId)!;
        var judge = c.Judge(judgeId);
        var active = entry as EntryState.Active;
        var items = category.Scheme?.Marked.Select(i => new CriterionDefinition(i.Id, i.Kind == Labour.ItemKind.Deduction ? CriterionKind.Deduction : CriterionKind.Judgement, i.MaxValue)
        {
            Occurrences = i.Counted,
        }).ToList() ?? [];
        return new(
            c.Id, category.Id, round.Id, active?.Id ?? Guid.Empty, judgeId,
            ContestFound: true, StageFound: true, JudgeFound: judge is not null,
            EntryFound: active is not null && active.ContestId == c.Id && active.CategoryId == category.Id,
            StageName: round.Name, StageOpen: round.IsOpen,
            OnPanel: judge is not null && judge.CategoryIds.Contains(category.Id),
            Recused: judge is not null && active is not null && judge.IsRecusedFrom(active.Organization),
            EntryApprovedAndDrawn: active?.Status == EntryStatus.Approved,
            Criteria: items,
            ChiefJudgeIds: [.. c.Judges.Values.Where(j => j.Chief && j.CategoryIds.Contains(category.Id)).Select(j => j.Id)])
        {
            IsRound = true,
        };
    }
}
