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

    public static SheetContext From(ContestState contest, EntryState entry, Guid judgeId, Guid stageId)
    {
        var entryId = entry is EntryState.Active e ? e.Id : Guid.Empty;
        if (contest is not ContestState.Active c)
            return new(Guid.Empty, Guid.Empty, stageId, entryId, judgeId, false, false, false, false, "", false, false, false, false, [], []);
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
}
