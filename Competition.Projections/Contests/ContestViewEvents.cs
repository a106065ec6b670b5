using Competition.Domain.Contests;
using Competition.Domain.Entries;
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
        EntryRegistered e => e.ContestId,
        EntryApproved e => e.ContestId,
        EntryRejected e => e.ContestId,
        EntryWithdrawn e => e.ContestId,
        EntryDisqualified e => e.ContestId,
        BibDrawn e => e.ContestId,
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
                view.Categories.Add(new CategoryView { Id = e.CategoryId, Name = e.Name, EntryType = e.EntryType });
                break;
            case StageAdded e when view.Category(e.CategoryId) is { } category && view.Stage(e.StageId) is null:
                category.Stages.Add(new StageView
                {
                    Id = e.StageId, Name = e.Name, Weight = e.Weight,
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
                foreach (var bib in e.Bibs) if (Entry(view, e.CategoryId, bib.EntryId) is { } drawn) drawn.Bib = bib.Bib;
                break;
            case StageOpened e when view.Stage(e.StageId) is { } stage: stage.Status = "open"; break;
            case StageClosed e when view.Stage(e.StageId) is { } stage: stage.Status = "closed"; break;
            case EntryRegistered e when view.Category(e.CategoryId) is { } category && Entry(view, e.CategoryId, e.EntryId) is null:
                category.Entries.Add(new EntryView
                {
                    Id = e.EntryId, Name = e.Name, Organization = e.Organization, Members = [.. e.Members], Status = EntryStatus.Registered,
                });
                break;
            case EntryApproved e: SetStatus(view, e.CategoryId, e.EntryId, EntryStatus.Approved); break;
            case EntryRejected e: SetStatus(view, e.CategoryId, e.EntryId, EntryStatus.Rejected); break;
            case EntryWithdrawn e: SetStatus(view, e.CategoryId, e.EntryId, EntryStatus.Withdrawn); break;
            case EntryDisqualified e: SetStatus(view, e.CategoryId, e.EntryId, EntryStatus.Disqualified); break;
            case BibDrawn e when Entry(view, e.CategoryId, e.EntryId) is { } entry: entry.Bib = e.Bib; break;
        }
        view.Status = view.DeriveStatus();
    }

    static EntryView? Entry(ContestView view, Guid categoryId, Guid entryId) =>
        view.Category(categoryId)?.Entries.Find(e => e.Id == entryId);

    static void SetStatus(ContestView view, Guid categoryId, Guid entryId, EntryStatus status)
    {
        if (Entry(view, categoryId, entryId) is { } entry) entry.Status = status;
    }
}
