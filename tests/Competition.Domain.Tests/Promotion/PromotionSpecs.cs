using Competition.Domain.Promotion;

namespace Competition.Domain.Tests.Promotion;

/// 选拔晋级: top K of the confirmed ranking, a quota per organization, a minimum total, a decline passing the slot down.
public class PromotionSpecs
{
    static readonly Guid Contest = Guid.NewGuid(), Category = Guid.NewGuid(), ParentCategory = Guid.NewGuid();
    static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    static PromotionCandidate C(string name, string org, int rank, decimal total) => new(Guid.NewGuid(), name, org, rank, total);

    static readonly PromotionCandidate[] Ranking =
    [
        C("甲", "供电公司", 1, 95), C("乙", "供电公司 ", 2, 93), C("丙", "ＡＢＣ", 3, 91), C("丁", "abc", 3, 91), C("戊", "供电公司", 5, 85),
        C("己", "路桥公司", 6, 59),
    ];

    static readonly PromotionRule Rule = new(ParentCategory, 3, 60, 1);

    static Spec<PromotionCommand, PromotionState> Spec() => new(PromotionDecider.Decide, PromotionDecider.Evolve, PromotionDecider.Initial);

    static PromotionProposed Proposed(PromotionRule rule) => new(StreamIds.Promotion(Category), Contest, Category, rule, [.. Ranking.Where(r => r.Total >= (rule.MinTotal ?? 0))], Now);

    [Fact]
    public void The_proposal_keeps_the_ranking_down_to_the_minimum_total()
    {
        Spec().When(new ProposePromotion(Contest, Category, Rule, true, Ranking, Now)).Then(Proposed(Rule));
        Spec().When(new ProposePromotion(Contest, Category, Rule, false, Ranking, Now)).ThenFails<RuleViolation>("awards confirmed");
        Spec().When(new ProposePromotion(Contest, Category, null, true, Ranking, Now)).ThenFails<RuleViolation>("promotion rule");
    }

    [Fact]
    public void A_quota_of_one_per_organization_skips_the_second_of_one_organization_however_its_name_is_written()
    {
        var selection = PromotionSelection.Of(Rule, Proposed(Rule).Candidates, new HashSet<Guid>());
        // 乙 is 供电公司 again and 丁 is ABC again (ＡＢＣ, abc): both over quota; 戊 is 供电公司's third.
        selection.Qualifiers.Select(q => q.Name).ShouldBe(["甲", "丙"]);
        selection.OverQuota.Select(q => q.Name).ShouldBe(["乙", "丁", "戊"]);
        selection.Reserves.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_quota_the_top_k_go_in_rank_order_and_ties_keep_the_rankings_order()
    {
        var rule = Rule with { QuotaPerOrganization = null };
        var selection = PromotionSelection.Of(rule, Proposed(rule).Candidates, new HashSet<Guid>());
        selection.Qualifiers.Select(q => q.Name).ShouldBe(["甲", "乙", "丙"]);
        selection.Reserves.Select(q => q.Name).ShouldBe(["丁", "戊"]);
    }

    [Fact]
    public void A_decline_passes_the_slot_to_the_next_one_down_and_is_kept()
    {
        var rule = Rule with { QuotaPerOrganization = 2 };
        var spec = Spec().Given(Proposed(rule));
        var declined = Ranking[0];
        spec.When(new DeclineQualifier(Contest, Category, declined.EntryId, " 工作冲突 ", Now))
            .Then(new QualifierDeclined(StreamIds.Promotion(Category), Contest, Category, declined.EntryId, "工作冲突", Now));
        spec.When(new DeclineQualifier(Contest, Category, Guid.NewGuid(), null, Now)).ThenFails<NotFound>();
        var after = spec.Given(Proposed(rule), new QualifierDeclined(StreamIds.Promotion(Category), Contest, Category, declined.EntryId, "x", Now));
        after.State.Selection.Qualifiers.Select(q => q.Name).ShouldBe(["乙", "丙", "丁"]);
        after.When(new DeclineQualifier(Contest, Category, declined.EntryId, null, Now)).ThenNothing();
    }

    [Fact]
    public void Confirming_names_each_qualifiers_entry_in_the_parent_once_and_needs_the_rule_proposed_on()
    {
        var spec = Spec().Given(Proposed(Rule));
        var parent = Guid.NewGuid();
        var confirmed = spec.When(new ConfirmPromotion(Contest, Category, parent, Rule, Now)).Events!.Single().ShouldBeOfType<PromotionConfirmed>();
        confirmed.Qualifiers.Select(q => (q.EntryId, q.ParentEntryId, q.Rank)).ShouldBe(
            [(Ranking[0].EntryId, StreamIds.Qualified(ParentCategory, Ranking[0].EntryId), 1), (Ranking[2].EntryId, StreamIds.Qualified(ParentCategory, Ranking[2].EntryId), 3)]);
        spec.When(new ConfirmPromotion(Contest, Category, parent, Rule with { Top = 4 }, Now)).ThenFails<RuleViolation>("propose again");
        Spec().Given(Proposed(Rule), confirmed).When(new ConfirmPromotion(Contest, Category, parent, Rule, Now)).ThenNothing();
        Spec().Given(Proposed(Rule), confirmed).When(new ProposePromotion(Contest, Category, Rule, true, Ranking, Now)).ThenFails<RuleViolation>("already confirmed");
        Spec().When(new ConfirmPromotion(Contest, Category, parent, Rule, Now)).ThenFails<RuleViolation>("propose first");
    }
}
