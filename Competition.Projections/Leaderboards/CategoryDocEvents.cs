using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Points;
using Competition.Domain.Sheets;
using JasperFx.Events;

namespace Competition.Projections.Leaderboards;

/// <summary>Which categories an event concerns, and how it changes their working documents.</summary>
public static class CategoryDocEvents
{
    public static IEnumerable<(Guid ContestId, Guid CategoryId)> Categories(object data) => data switch
    {
        CategoryAdded e => [(e.ContestId, e.CategoryId)],
        StageAdded e => [(e.ContestId, e.CategoryId)],
        CriterionAdded e => [(e.ContestId, e.CategoryId)],
        JudgeAppointed e => e.CategoryIds.Select(c => (e.ContestId, c)),
        StageOpened e => [(e.ContestId, e.CategoryId)],
        StageClosed e => [(e.ContestId, e.CategoryId)],
        WorkCodesOpened e => [(e.ContestId, e.CategoryId)],
        LotsDrawn e => [(e.ContestId, e.CategoryId)],
        // A registration does not reach the board: an entry joins it when approved (see Registrations).
        EntryApproved e => [(e.ContestId, e.CategoryId)],
        EntryRejected e => [(e.ContestId, e.CategoryId)],
        EntryWithdrawn e => [(e.ContestId, e.CategoryId)],
        EntryDisqualified e => [(e.ContestId, e.CategoryId)],
        BibDrawn e => [(e.ContestId, e.CategoryId)],
        MarkAwarded e => [(e.ContestId, e.CategoryId)],
        MarkCorrected e => [(e.ContestId, e.CategoryId)],
        SheetSubmitted e => [(e.ContestId, e.CategoryId)],
        SheetReopened e => [(e.ContestId, e.CategoryId)],
        AwardsProposed e => [(e.ContestId, e.CategoryId)],
        NoticeOpened e => [(e.ContestId, e.CategoryId)],
        AppealLodged e => [(e.ContestId, e.CategoryId)],
        AppealResolved e => [(e.ContestId, e.CategoryId)],
        ProposalWithdrawn e => [(e.ContestId, e.CategoryId)],
        ProposalSuperseded e => [(e.ContestId, e.CategoryId)],
        AwardsConfirmed e => [(e.ContestId, e.CategoryId)],
        AwardRevoked e => [(e.ContestId, e.CategoryId)],
        EntryRevealed e => [(e.ContestId, e.CategoryId)],
        BoardPublished e => [(e.ContestId, e.CategoryId)],
        CategoryRevised e => [(e.ContestId, e.CategoryId)],
        CategoryRemoved e => [(e.ContestId, e.CategoryId)],
        StageRevised e => [(e.ContestId, e.CategoryId)],
        StageRemoved e => [(e.ContestId, e.CategoryId)],
        CriterionRevised e => [(e.ContestId, e.CategoryId)],
        CriterionRemoved e => [(e.ContestId, e.CategoryId)],
        JudgeRevised e => e.CategoryIds.Select(c => (e.ContestId, c)),
        JudgeRemoved e => e.CategoryIds.Select(c => (e.ContestId, c)),
        EntryRevised e => [(e.ContestId, e.CategoryId)],
        ReasonAdded e => [(e.ContestId, e.CategoryId)],
        PointsGranted e => [(e.ContestId, e.CategoryId)],
        PointsRevoked e => [(e.ContestId, e.CategoryId)],
        ContestFinished e => e.CategoryIds.Select(c => (e.ContestId, c)),
        _ when Labour.LabourDocEvents.Category(data) is { } labour => [labour],
        _ => [],
    };

    /// <param name="registrations">The registrations of the entries this page approves that the document does not hold yet.</param>
    public static void Apply(CategoryDoc doc, IEvent envelope, IReadOnlyDictionary<Guid, EntryRegistered> registrations)
    {
        if (ShapesAwards(envelope.Data)) doc.AwardsSequence = envelope.Sequence;
        if (ShapesBoard(envelope.Data)) doc.BoardSequence = envelope.Sequence;
        if (ChangesEveryScore(envelope.Data)) doc.ForgetScores();
        // An entry's own event (its status, bib, name or organization) changes that entry's line only.
        else if (EntryEvents.EntryOf(envelope.Data) is { } entryId) doc.StaleScores.Add(entryId);
        if (EntryEvents.EntryOf(envelope.Data) is not null || envelope.Data is LotsDrawn) doc.EntriesChanged = true;
        else if (ShapesBoard(envelope.Data) && envelope.Data is not (MarkAwarded or MarkCorrected or SheetSubmitted or SheetReopened)) doc.ForgetRows();
        switch (envelope.Data)
        {
            case CategoryAdded e: (doc.Name, doc.Hidden) = (e.Name, e.Board == BoardVisibility.Hidden); break;
            case EntryRevealed e when doc.Revealed.All(r => r.Step != e.Step): doc.Revealed.Add(e); break;
            case BoardPublished: doc.Published = true; break;
            case StageAdded e:
                if (doc.Stage(e.StageId) is null)
                    doc.Stages.Add(new StageDoc { Id = e.StageId, Name = e.Name, Weight = e.Weight, Rule = e.Rule, Trim = e.Trim, Blind = e.Blind });
                break;
            case CriterionAdded e when doc.Stage(e.StageId) is { } stage && stage.Criteria.All(c => c.Id != e.CriterionId):
                stage.Criteria.Add(new CriterionDoc { Id = e.CriterionId, Name = e.Name, Kind = e.Kind, MaxPoints = e.MaxPoints });
                break;
            case JudgeAppointed e:
                doc.Judges[e.JudgeId] = new JudgeDoc
                {
                    Id = e.JudgeId, Name = e.Name, Organization = e.Organization, Chief = e.Chief,
                    // Kept whole: stages of the judge's other categories simply never match here.
                    StageIds = [.. e.StageIds],
                };
                break;
            case CategoryRevised e: doc.Name = e.Name; break;
            case CategoryRemoved: doc.Removed = true; break;
            case StageRevised e when doc.Stage(e.StageId) is { } stage:
                (stage.Name, stage.Weight, stage.Rule, stage.Trim) = (e.Name, e.Weight, e.Rule, e.Trim);
                break;
            case StageRemoved e:
                doc.Stages.RemoveAll(s => s.Id == e.StageId);
                foreach (var judge in doc.Judges.Values) judge.StageIds.Remove(e.StageId);
                break;
            case CriterionRevised e when doc.Stage(e.StageId)?.Criteria.Find(c => c.Id == e.CriterionId) is { } criterion:
                (criterion.Name, criterion.Kind, criterion.MaxPoints) = (e.Name, e.Kind, e.MaxPoints);
                break;
            case CriterionRemoved e when doc.Stage(e.StageId) is { } stage: stage.Criteria.RemoveAll(c => c.Id == e.CriterionId); break;
            case JudgeRevised e when doc.Judges.TryGetValue(e.JudgeId, out var judge):
                (judge.Name, judge.Organization, judge.Chief) = (e.Name, e.Organization, e.Chief);
                break;
            case JudgeRemoved e: doc.Judges.Remove(e.JudgeId); break;
            case EntryRevised e when doc.Entries.TryGetValue(e.EntryId, out var revised):
                (revised.Name, revised.Organization) = (e.Name, e.Organization);
                break;
            case StageOpened e when doc.Stage(e.StageId) is { } stage: stage.Status = StageStatus.Open; break;
            case StageClosed e when doc.Stage(e.StageId) is { } stage: stage.Status = StageStatus.Closed; break;
            case WorkCodesOpened e when doc.Stage(e.StageId) is { } stage: stage.CodesOpened = true; break;
            case LotsDrawn e:
                foreach (var bib in e.Bibs) if (doc.Entries.TryGetValue(bib.EntryId, out var drawn)) drawn.Bib = bib.Bib;
                break;
            case BibDrawn e when doc.Entries.TryGetValue(e.EntryId, out var entry): entry.Bib = e.Bib; break;
            case EntryApproved e when !doc.Entries.ContainsKey(e.EntryId):
                var registered = registrations.GetValueOrDefault(e.EntryId)
                    ?? throw new InvalidOperationException($"Entry {e.EntryId} is approved in category {e.CategoryId} but its stream holds no registration");
                doc.Entries[e.EntryId] = new EntryDoc { Id = e.EntryId, Name = registered.Name, Organization = registered.Organization, Status = EntryStatus.Approved };
                break;
            case EntryApproved e: SetStatus(doc, e.EntryId, EntryStatus.Approved); break;
            case EntryRejected e: SetStatus(doc, e.EntryId, EntryStatus.Rejected); break;
            case EntryWithdrawn e: SetStatus(doc, e.EntryId, EntryStatus.Withdrawn); break;
            case EntryDisqualified e: SetStatus(doc, e.EntryId, EntryStatus.Disqualified); break;
            case MarkAwarded or MarkCorrected or SheetSubmitted or SheetReopened: ApplySheet(doc, envelope); break;
            case var points when PointsDoc.Concerns(points): doc.Points.Apply(points); break;
            default:
                if (!Labour.LabourDocEvents.Apply(doc.Labour, envelope.Data)) AwardsEvents.Apply(doc.Awards, envelope.Data);
                break;
        }
        if (doc.Points.Active && ShapesStandings(envelope.Data)) doc.Points.Sequence = envelope.Sequence;
        Labour.LabourDocEvents.Shape(doc, envelope);
    }

    /// <summary>What a points category's standings show: its reasons and grants, the season's end, who is ranked and how
    /// they are named.</summary>
    static bool ShapesStandings(object data) => PointsDoc.Concerns(data)
        || data is EntryApproved or EntryRejected or EntryWithdrawn or EntryDisqualified or EntryRevised;

    /// <summary>
    /// A sheet's event changes that sheet only. Also how a document loaded from storage gets its sheets back:
    /// from the sheet streams' events up to its <c>LastSequence</c> (<see cref="CategoryDocStore"/>).
    /// </summary>
    public static void ApplySheet(CategoryDoc doc, IEvent envelope)
    {
        switch (envelope.Data)
        {
            case MarkAwarded e: Sheet(doc, e.JudgeId, e.EntryId, e.StageId, envelope).Marks[e.CriterionId] = e.Points; break;
            case MarkCorrected e: Sheet(doc, e.JudgeId, e.EntryId, e.StageId, envelope).Marks[e.CriterionId] = e.Points; break;
            case SheetSubmitted e: Sheet(doc, e.JudgeId, e.EntryId, e.StageId, envelope).Submitted = true; break;
            case SheetReopened e: Sheet(doc, e.JudgeId, e.EntryId, e.StageId, envelope).Submitted = false; break;
        }
    }

    /// <summary>What every entry's score is computed with: the stages and their criteria, and which stages are sealed.</summary>
    static bool ChangesEveryScore(object data) => data is StageAdded or StageRevised or StageRemoved
        or CriterionAdded or CriterionRevised or CriterionRemoved or WorkCodesOpened;

    static bool ShapesAwards(object data) => data is AwardsProposed or NoticeOpened or AppealLodged or AppealResolved
        or ProposalWithdrawn or ProposalSuperseded or AwardsConfirmed or AwardRevoked;

    /// <summary>Everything but the awards workflow before confirmation: only confirmed awards show on rows.</summary>
    static bool ShapesBoard(object data) => !PointsDoc.Concerns(data) && (!ShapesAwards(data) || data is AwardsConfirmed or AwardRevoked);

    static void SetStatus(CategoryDoc doc, Guid entryId, EntryStatus status)
    {
        if (doc.Entries.TryGetValue(entryId, out var entry)) entry.Status = status;
    }

    static SheetDoc Sheet(CategoryDoc doc, Guid judgeId, Guid entryId, Guid stageId, IEvent envelope)
    {
        doc.StaleScores.Add(entryId);
        var key = CategoryDoc.SheetKey(judgeId, entryId, stageId);
        if (!doc.Sheets.TryGetValue(key, out var sheet))
        {
            doc.Sheets[key] = sheet = new SheetDoc
            {
                Id = envelope.StreamId, CategoryId = doc.CategoryId, JudgeId = judgeId, EntryId = entryId, StageId = stageId,
            };
            if (!doc.SheetsByEntry.TryGetValue(entryId, out var ofEntry)) doc.SheetsByEntry[entryId] = ofEntry = [];
            ofEntry.Add(sheet);
        }
        sheet.Version = envelope.Version;
        return sheet;
    }
}
