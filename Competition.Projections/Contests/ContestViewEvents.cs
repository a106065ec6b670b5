using Competition.Domain.Contests;
using Competition.Domain.Scoring;

namespace Competition.Projections.Contests;

public static class ContestViewEvents
{
    public static Guid? ContestOf(object data) => data switch
    {
        ContestCreated e => e.ContestId,
        CategoryAdded e => e.ContestId,
        StageAdded e => e.ContestId,
        CriterionAdded e => e.ContestId,
        AwardPolicySet e => e.ContestId,
        JudgeAppointed e => e.ContestId,
        RegistrationOpened e => e.ContestId,
        RegistrationClosed e => e.ContestId,
        LotsDrawn e => e.ContestId,
        StageOpened e => e.ContestId,
        StageClosed e => e.ContestId,
        CategoryRevised e => e.ContestId,
        CategoryRemoved e => e.ContestId,
        StageRevised e => e.ContestId,
        StageRemoved e => e.ContestId,
        CriterionRevised e => e.ContestId,
        CriterionRemoved e => e.ContestId,
        JudgeRevised e => e.ContestId,
        JudgeRemoved e => e.ContestId,
        Domain.Labour.SchemeSet e => e.ContestId,
        Domain.Labour.RoundAdded e => e.ContestId,
        Domain.Labour.RoundOpened e => e.ContestId,
        Domain.Labour.RoundFrozen e => e.ContestId,
        Domain.Labour.RoundReopened e => e.ContestId,
        Domain.Labour.RoundPublished e => e.ContestId,
        _ => null,
    };

    public static void Apply(ContestView view, object data)
    {
        switch (data)
        {
            case ContestCreated e:
                (view.Id, view.Name, view.Kind, view.Locale, view.Level, view.ParentId) = (e.ContestId, e.Name, e.Kind, e.Locale, e.Level, e.ParentId);
                view.CreatedAt = e.At;
                break;
            case CategoryAdded e when view.Category(e.CategoryId) is null:
                view.Categories.Add(new CategoryView { Id = e.CategoryId, Name = e.Name, EntryType = e.EntryType, Board = e.Board });
                break;
            case StageAdded e when view.Category(e.CategoryId) is { } category && view.Stage(e.StageId) is null:
                category.Stages.Add(new StageView
                {
                    Id = e.StageId, Name = e.Name, Weight = e.Weight, Blind = e.Blind,
                    Aggregation = new AggregationView { Rule = e.Rule, Trim = e.Rule == AggregationRule.TrimmedMean ? e.Trim : null },
                });
                break;
            case CriterionAdded e when view.Stage(e.StageId) is { } stage && stage.Criteria.All(c => c.Id != e.CriterionId):
                stage.Criteria.Add(new CriterionView(e.CriterionId, e.Name, e.MaxPoints, e.Kind));
                stage.MaxPoints = MaxPoints(stage);
                break;
            case CriterionRevised e when view.Stage(e.StageId) is { } stage:
                stage.Criteria = [.. stage.Criteria.Select(c => c.Id == e.CriterionId ? new CriterionView(e.CriterionId, e.Name, e.MaxPoints, e.Kind) : c)];
                stage.MaxPoints = MaxPoints(stage);
                break;
            case CriterionRemoved e when view.Stage(e.StageId) is { } stage:
                stage.Criteria.RemoveAll(c => c.Id == e.CriterionId);
                stage.MaxPoints = MaxPoints(stage);
                break;
            case CategoryRevised e when view.Category(e.CategoryId) is { } category: category.Name = e.Name; break;
            case CategoryRemoved e:
                var removedStages = view.Category(e.CategoryId)?.Stages.Select(s => s.Id).ToHashSet() ?? [];
                view.Categories.RemoveAll(c => c.Id == e.CategoryId);
                view.Judges = [.. view.Judges.Select(j => j with
                {
                    CategoryIds = [.. j.CategoryIds.Where(id => id != e.CategoryId)], StageIds = [.. j.StageIds.Where(id => !removedStages.Contains(id))],
                })];
                break;
            case StageRevised e when view.Stage(e.StageId) is { } stage:
                (stage.Name, stage.Weight) = (e.Name, e.Weight);
                stage.Aggregation = new AggregationView { Rule = e.Rule, Trim = e.Rule == AggregationRule.TrimmedMean ? e.Trim : null };
                break;
            case StageRemoved e when view.Category(e.CategoryId) is { } category:
                category.Stages.RemoveAll(s => s.Id == e.StageId);
                view.Judges = [.. view.Judges.Select(j => j with { StageIds = [.. j.StageIds.Where(id => id != e.StageId)] })];
                break;
            case JudgeRevised e:
                view.Judges = [.. view.Judges.Select(j => j.Id == e.JudgeId ? j with { Name = e.Name, Organization = e.Organization, Chief = e.Chief } : j)];
                break;
            case JudgeRemoved e: view.Judges.RemoveAll(j => j.Id == e.JudgeId); break;
            case AwardPolicySet e when view.Category(e.CategoryId) is { } category:
                category.AwardPolicy = new AwardPolicyView(e.Tiers, e.MinimumScore);
                break;
            case JudgeAppointed e:
                view.Judges.RemoveAll(j => j.Id == e.JudgeId);
                view.Judges.Add(new JudgeView(e.JudgeId, e.Name, e.Organization, e.CategoryIds, e.StageIds, e.Chief));
                break;
            case RegistrationOpened: view.RegistrationOpen = true; break;
            case RegistrationClosed: view.RegistrationOpen = false; break;
            case LotsDrawn e when view.Category(e.CategoryId) is { } category:
                category.Drawn = true;
                break;
            case StageOpened e when view.Stage(e.StageId) is { } stage: stage.Status = "open"; break;
            case StageClosed e when view.Stage(e.StageId) is { } stage: stage.Status = "closed"; break;
            case Domain.Labour.SchemeSet e when view.Category(e.CategoryId) is { } category:
                category.Scheme = Labour.SchemeView.From(e.CategoryId, e.Scheme);
                break;
            case Domain.Labour.RoundAdded e when view.Category(e.CategoryId) is { } category && category.Rounds.All(r => r.Id != e.RoundId):
                category.Rounds.Add(new Labour.RoundView { Id = e.RoundId, Name = e.Name, StartsOn = e.StartsOn, EndsOn = e.EndsOn });
                break;
            case Domain.Labour.RoundOpened e: SetRound(view, e.CategoryId, e.RoundId, Domain.Labour.RoundStatus.Open); break;
            case Domain.Labour.RoundFrozen e: SetRound(view, e.CategoryId, e.RoundId, Domain.Labour.RoundStatus.Frozen); break;
            case Domain.Labour.RoundReopened e: SetRound(view, e.CategoryId, e.RoundId, Domain.Labour.RoundStatus.Open); break;
            case Domain.Labour.RoundPublished e: SetRound(view, e.CategoryId, e.RoundId, Domain.Labour.RoundStatus.Published); break;
        }
        view.Status = view.DeriveStatus();
    }

    static void SetRound(ContestView view, Guid categoryId, Guid roundId, Domain.Labour.RoundStatus status)
    {
        if (view.Category(categoryId)?.Rounds.Find(r => r.Id == roundId) is { } round) round.Status = status;
    }

    static decimal MaxPoints(StageView stage) => stage.Criteria.Where(c => c.Kind != CriterionKind.Deduction).Sum(c => c.MaxPoints);
}
