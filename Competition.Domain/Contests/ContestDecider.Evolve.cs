using System.Collections.Immutable;
using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    public static ContestState Evolve(ContestState state, object @event) => (state, @event) switch
    {
        (ContestState.Nonexistent, ContestCreated e) =>
            new ContestState.Active(e.ContestId, e.Name, e.Kind, false, [], ImmutableDictionary<Guid, JudgeState>.Empty)
            {
                Level = e.Level, ParentId = e.ParentId,
            },
        (ContestState.Active s, CategoryAdded e) =>
            s with { Categories = s.Categories.Add(new CategoryState(e.CategoryId, e.Name, e.EntryType, [], null, null) { Board = e.Board }) },
        (ContestState.Active s, StageAdded e) => UpdateCategory(s, e.CategoryId, c => c with
        {
            Stages = c.Stages.Add(new StageState(e.StageId, e.CategoryId, e.Name, e.Weight, e.Rule, e.Trim, StageStatus.NotOpened, [])
            {
                Blind = e.Blind,
            }),
        }),
        (ContestState.Active s, CriterionAdded e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with
        {
            Criteria = st.Criteria.Add(new CriterionState(e.CriterionId, e.Name, e.Kind, e.MaxPoints)),
        }),
        (ContestState.Active s, AwardPolicySet e) =>
            UpdateCategory(s, e.CategoryId, c => c with { AwardPolicy = new AwardPolicy(e.Tiers, e.MinimumScore) }),
        (ContestState.Active s, JudgeAppointed e) => s with
        {
            Judges = s.Judges.SetItem(e.JudgeId, new JudgeState(e.JudgeId, e.Name, e.Organization, e.CategoryIds, e.StageIds, e.Chief)),
        },
        (ContestState.Active s, RegistrationOpened) => s with { RegistrationOpen = true },
        (ContestState.Active s, RegistrationClosed) => s with { RegistrationOpen = false },
        (ContestState.Active s, LotsDrawn e) => UpdateCategory(s, e.CategoryId, c => c with { Draw = e }),
        (ContestState.Active s, StageOpened e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with { Status = StageStatus.Open }),
        (ContestState.Active s, WorkCodesDrawn e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with { WorkCodes = e }),
        (ContestState.Active s, WorkCodesOpened e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with { CodesOpened = true }),
        (ContestState.Active s, StageClosed e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with { Status = StageStatus.Closed }),
        (ContestState.Active s, CategoryRevised e) => UpdateCategory(s, e.CategoryId, c => c with { Name = e.Name }),
        (ContestState.Active s, CategoryRemoved e) => s with
        {
            Categories = s.Categories.RemoveAll(c => c.Id == e.CategoryId),
            Judges = Each(s.Judges, j => j.CategoryIds.Contains(e.CategoryId)
                ? j with { CategoryIds = [.. j.CategoryIds.Where(id => id != e.CategoryId)], StageIds = [.. j.StageIds.Where(id => s.Category(e.CategoryId)?.Stages.All(st => st.Id != id) ?? true)] }
                : j),
        },
        (ContestState.Active s, StageRevised e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with
        {
            Name = e.Name, Weight = e.Weight, Rule = e.Rule, Trim = e.Trim,
        }),
        (ContestState.Active s, StageRemoved e) => UpdateCategory(s, e.CategoryId, c => c with { Stages = c.Stages.RemoveAll(st => st.Id == e.StageId) }) with
        {
            Judges = Each(s.Judges, j => j.StageIds.Contains(e.StageId) ? j with { StageIds = [.. j.StageIds.Where(id => id != e.StageId)] } : j),
        },
        (ContestState.Active s, CriterionRevised e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with
        {
            Criteria = [.. st.Criteria.Select(c => c.Id == e.CriterionId ? new CriterionState(e.CriterionId, e.Name, e.Kind, e.MaxPoints) : c)],
        }),
        (ContestState.Active s, CriterionRemoved e) => UpdateStage(s, e.CategoryId, e.StageId, st => st with
        {
            Criteria = st.Criteria.RemoveAll(c => c.Id == e.CriterionId),
        }),
        (ContestState.Active s, JudgeRevised e) when s.Judge(e.JudgeId) is { } judge => s with
        {
            Judges = s.Judges.SetItem(e.JudgeId, judge with { Name = e.Name, Organization = e.Organization, Chief = e.Chief }),
        },
        (ContestState.Active s, JudgeRemoved e) => s with { Judges = s.Judges.Remove(e.JudgeId) },
        (ContestState.Active s, TeamStandingsSet e) => s with { TeamStandings = e.Rule },
        (ContestState.Active s, PromotionRuleSet e) => UpdateCategory(s, e.CategoryId, c => c with { Promotion = e.Rule }),
        (ContestState.Active s, Labour.SchemeSet or Labour.RoundAdded or Labour.RoundOpened or Labour.RoundFrozen or Labour.RoundReopened
            or Labour.RoundPublished or Labour.SelfAssessed or Labour.UnitVetoed) => EvolveLabour(s, @event),
        (ContestState.Active s, ReasonAdded e) => UpdateCategory(s, e.CategoryId, c => c with
        {
            Reasons = c.Reasons.Add(new ReasonState(e.ReasonId, e.Code, e.Name, e.Points, e.CapPerEntry)),
        }),
        (ContestState.Active s, ContestFinished) => s with { Finished = true },
        (ContestState.Active s, HonourRulesSet e) => UpdateCategory(s, e.CategoryId, c => c with { HonourRules = [.. e.Rules] }),
        _ => state,
    };

    static ImmutableDictionary<Guid, JudgeState> Each(ImmutableDictionary<Guid, JudgeState> judges, Func<JudgeState, JudgeState> change) =>
        judges.ToImmutableDictionary(p => p.Key, p => change(p.Value));

    static ContestState.Active UpdateCategory(ContestState.Active s, Guid categoryId, Func<CategoryState, CategoryState> change)
    {
        var index = s.Categories.FindIndex(c => c.Id == categoryId);
        return index < 0 ? s : s with { Categories = s.Categories.SetItem(index, change(s.Categories[index])) };
    }

    static ContestState.Active UpdateStage(ContestState.Active s, Guid categoryId, Guid stageId, Func<StageState, StageState> change) =>
        UpdateCategory(s, categoryId, c =>
        {
            var index = c.Stages.FindIndex(st => st.Id == stageId);
            return index < 0 ? c : c with { Stages = c.Stages.SetItem(index, change(c.Stages[index])) };
        });
}
