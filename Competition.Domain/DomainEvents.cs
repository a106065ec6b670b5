using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Points;
using Competition.Domain.Sheets;

namespace Competition.Domain;

/// <summary>
/// Stable wire names of every event, registered explicitly with the event store. A name never
/// changes meaning once written; a new meaning gets a new event and a new name.
/// </summary>
public static class DomainEvents
{
    public static IReadOnlyDictionary<string, Type> WireNames { get; } = new Dictionary<string, Type>
    {
        ["contest.created"] = typeof(ContestCreated),
        ["contest.category-added"] = typeof(CategoryAdded),
        ["contest.stage-added"] = typeof(StageAdded),
        ["contest.criterion-added"] = typeof(CriterionAdded),
        ["contest.award-policy-set"] = typeof(AwardPolicySet),
        ["contest.judge-appointed"] = typeof(JudgeAppointed),
        ["contest.registration-opened"] = typeof(RegistrationOpened),
        ["contest.registration-closed"] = typeof(RegistrationClosed),
        ["contest.lots-drawn"] = typeof(LotsDrawn),
        ["contest.stage-opened"] = typeof(StageOpened),
        ["contest.stage-closed"] = typeof(StageClosed),
        ["contest.organizer-token-rotated"] = typeof(OrganizerTokenRotated),
        ["contest.judge-token-rotated"] = typeof(JudgeTokenRotated),
        ["contest.judge-token-revoked"] = typeof(JudgeTokenRevoked),
        ["contest.work-codes-drawn"] = typeof(WorkCodesDrawn),
        ["contest.work-codes-opened"] = typeof(WorkCodesOpened),
        ["contest.category-revised"] = typeof(CategoryRevised),
        ["contest.category-removed"] = typeof(CategoryRemoved),
        ["contest.stage-revised"] = typeof(StageRevised),
        ["contest.stage-removed"] = typeof(StageRemoved),
        ["contest.criterion-revised"] = typeof(CriterionRevised),
        ["contest.criterion-removed"] = typeof(CriterionRemoved),
        ["contest.judge-revised"] = typeof(JudgeRevised),
        ["contest.judge-removed"] = typeof(JudgeRemoved),
        ["contest.team-standings-set"] = typeof(TeamStandingsSet),
        ["contest.promotion-rule-set"] = typeof(PromotionRuleSet),
        ["contest.scheme-set"] = typeof(Labour.SchemeSet),
        ["contest.round-added"] = typeof(Labour.RoundAdded),
        ["contest.round-opened"] = typeof(Labour.RoundOpened),
        ["contest.round-frozen"] = typeof(Labour.RoundFrozen),
        ["contest.round-reopened"] = typeof(Labour.RoundReopened),
        ["contest.round-published"] = typeof(Labour.RoundPublished),
        ["contest.self-assessed"] = typeof(Labour.SelfAssessed),
        ["contest.unit-vetoed"] = typeof(Labour.UnitVetoed),
        ["contest.reason-added"] = typeof(ReasonAdded),
        ["contest.finished"] = typeof(ContestFinished),
        ["entry.registered"] = typeof(EntryRegistered),
        ["entry.approved"] = typeof(EntryApproved),
        ["entry.rejected"] = typeof(EntryRejected),
        ["entry.withdrawn"] = typeof(EntryWithdrawn),
        ["entry.disqualified"] = typeof(EntryDisqualified),
        ["entry.bib-drawn"] = typeof(BibDrawn),
        ["entry.revised"] = typeof(EntryRevised),
        ["sheet.mark-awarded"] = typeof(MarkAwarded),
        ["sheet.mark-corrected"] = typeof(MarkCorrected),
        ["sheet.submitted"] = typeof(SheetSubmitted),
        ["sheet.reopened"] = typeof(SheetReopened),
        ["awards.proposed"] = typeof(AwardsProposed),
        ["awards.notice-opened"] = typeof(NoticeOpened),
        ["awards.appeal-lodged"] = typeof(AppealLodged),
        ["awards.appeal-resolved"] = typeof(AppealResolved),
        ["awards.proposal-withdrawn"] = typeof(ProposalWithdrawn),
        ["awards.proposal-superseded"] = typeof(ProposalSuperseded),
        ["awards.confirmed"] = typeof(AwardsConfirmed),
        ["awards.award-revoked"] = typeof(AwardRevoked),
        ["awards.review-drawn"] = typeof(ReviewDrawn),
        ["awards.review-mark-recorded"] = typeof(ReviewMarkRecorded),
        ["awards.review-finished"] = typeof(ReviewFinished),
        ["awards.review-cancelled"] = typeof(ReviewCancelled),
        ["awards.entry-revealed"] = typeof(EntryRevealed),
        ["awards.board-published"] = typeof(BoardPublished),
        ["points.granted"] = typeof(PointsGranted),
        ["points.revoked"] = typeof(PointsRevoked),
        ["promotion.proposed"] = typeof(Promotion.PromotionProposed),
        ["promotion.qualifier-declined"] = typeof(Promotion.QualifierDeclined),
        ["promotion.confirmed"] = typeof(Promotion.PromotionConfirmed),
        ["contest.honour-rules-set"] = typeof(HonourRulesSet),
        ["awards.honours-granted"] = typeof(HonoursGranted),
        ["awards.honours-revoked"] = typeof(HonoursRevoked),
    };

    static readonly Dictionary<Type, string> NamesByType = WireNames.ToDictionary(p => p.Value, p => p.Key);

    public static string NameOf(Type eventType) =>
        NamesByType.TryGetValue(eventType, out var name)
            ? name
            : throw new ArgumentException($"{eventType.Name} has no wire name", nameof(eventType));

    public static string NameOf(object @event) => NameOf(@event.GetType());
}
