using NotFound = Competition.Domain.NotFound;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Promotion;
using Marten;

namespace Competition.Api.Promotion;

public sealed record PromotionRuleView(Guid ParentContestId, Guid ParentCategoryId, int Top, decimal? MinTotal, int? QuotaPerOrganization);

public sealed record CandidateLine(Guid EntryId, string Name, string Organization, int Rank, decimal Total);

public sealed record DeclinedLine(Guid EntryId, string Name, string Organization, int Rank, decimal Total, string Reason);

public sealed record ConfirmedLine(Guid EntryId, Guid ParentEntryId, int Rank, decimal Total);

public sealed record ConfirmedView(Guid ParentContestId, Guid ParentCategoryId, DateTimeOffset At, IReadOnlyList<ConfirmedLine> Entries);

/// <summary>GET …/promotion: <c>status</c> none, proposed or confirmed; <c>qualifiers</c> who go up, in rank order;
/// <c>overQuota</c> who ranked high enough but whose organization's quota is full; <c>reserves</c> next in line (a
/// decline moves the first of them up); <c>declined</c> with their reasons. <c>rule</c> is the rule in force,
/// <c>proposedRule</c> the one the proposal was made on (a difference means: propose again).</summary>
public sealed record PromotionView(
    string Status, PromotionRuleView? Rule, PromotionRuleView? ProposedRule, IReadOnlyList<CandidateLine> Qualifiers,
    IReadOnlyList<CandidateLine> OverQuota, IReadOnlyList<CandidateLine> Reserves, IReadOnlyList<DeclinedLine> Declined,
    ConfirmedView? Confirmed);

public sealed class PromotionReads(IDocumentStore store, ContestSnapshots contests)
{
    public async Task<PromotionView> ViewAsync(Guid contestId, Guid categoryId, CancellationToken ct)
    {
        var contest = (await contests.LoadAsync(contestId, ct)).Active;
        var category = contest.Category(categoryId) ?? throw new NotFound("Category not found in this contest");
        await using var session = store.QuerySession();
        var (state, _) = await Decisions.LoadAsync(session, Deciders.Promotion, StreamIds.Promotion(categoryId), ct);
        var selection = state.Selection;
        var parent = contest.ParentId ?? Guid.Empty;
        return new PromotionView(
            state.Status, Rule(parent, category.Promotion), Rule(parent, state.Rule),
            Lines(selection.Qualifiers), Lines(selection.OverQuota), Lines(selection.Reserves),
            [.. state.Candidates.Where(c => state.Declined.ContainsKey(c.EntryId))
                .Select(c => new DeclinedLine(c.EntryId, c.Name, c.Organization, c.Rank, c.Total, state.Declined[c.EntryId]))],
            state.Confirmed is { } done
                ? new ConfirmedView(done.ParentContestId, done.ParentCategoryId, done.At,
                    [.. done.Qualifiers.Select(q => new ConfirmedLine(q.EntryId, q.ParentEntryId, q.Rank, q.Total))])
                : null);
    }

    static PromotionRuleView? Rule(Guid parentContestId, PromotionRule? rule) => rule is null
        ? null
        : new(parentContestId, rule.ParentCategoryId, rule.Top, rule.MinTotal, rule.QuotaPerOrganization);

    static IReadOnlyList<CandidateLine> Lines(IEnumerable<PromotionCandidate> candidates) =>
        [.. candidates.Select(c => new CandidateLine(c.EntryId, c.Name, c.Organization, c.Rank, c.Total))];
}
