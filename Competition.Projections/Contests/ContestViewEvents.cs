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
        _ => null,
    };

    public static void Apply(ContestView view, object data)
    {
        switch (data)
        {
            case ContestCreated e:
                (view.Id, view.Name, view.Kind, view.Locale) = (e.ContestId, e.Name, e.Kind, e.Locale);
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
                stage.MaxPoints = stage.Criteria.Where(c => c.Kind != CriterionKind.Deduction).Sum(c => c.MaxPoints);
                break;
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
        }
        view.Status = view.DeriveStatus();
    }
}
