using Competition.Domain.Points;

namespace Competition.Domain.Tests.Points;

public class PointsStandingsTests
{
    static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000e00a");
    static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000e00b");
    static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000e00c");
    static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000e00d");

    static readonly StandingReason Training = new("TRAIN", 5, 20);
    static readonly StandingReason Hazard = new("HAZ", 2.5m, null);
    static readonly StandingReason Accident = new("ACC", -10, 5); // a cap on a deduction is never applied
    static readonly StandingReason[] Table = [Training, Hazard, Accident];

    static StandingGrant G(Guid entry, StandingReason reason, int quantity = 1, bool revoked = false) =>
        new(entry, reason.Code, reason.Points, quantity, revoked);

    static IReadOnlyList<StandingRow> Rank(params StandingGrant[] grants) => PointsStandings.Rank([A, B, C, D], Table, grants);

    [Fact]
    public void A_grant_is_worth_points_times_quantity() =>
        Rank(G(A, Hazard, 3)).Single(r => r.EntryId == A).ByReason["HAZ"].ShouldBe(7.5m);

    [Fact]
    public void A_positive_reason_is_capped_per_entry_over_all_its_grants()
    {
        var a = Rank(G(A, Training, 3), G(A, Training, 2)).Single(r => r.EntryId == A);
        (a.ByReason["TRAIN"], a.Total).ShouldBe((20m, 20m)); // 25 capped at 20
    }

    [Fact]
    public void A_deduction_is_never_capped_and_a_total_may_fall_below_zero()
    {
        var a = Rank(G(A, Accident, 2), G(A, Hazard)).Single(r => r.EntryId == A);
        (a.ByReason["ACC"], a.Total).ShouldBe((-20m, -17.5m));
    }

    [Fact]
    public void The_cap_applies_to_what_a_reason_gave_not_to_the_total() =>
        Rank(G(A, Training, 4), G(A, Hazard, 10)).Single(r => r.EntryId == A).Total.ShouldBe(45m);

    [Fact]
    public void A_revoked_grant_counts_for_nothing()
    {
        var a = Rank(G(A, Training, 2, revoked: true), G(A, Hazard)).Single(r => r.EntryId == A);
        a.Total.ShouldBe(2.5m);
        a.ByReason.Keys.ShouldBe(["HAZ"]);
    }

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_rank_is_skipped()
    {
        var rows = Rank(G(A, Training), G(B, Hazard), G(C, Hazard), G(D, Accident));
        rows.Select(r => (r.Rank, r.EntryId)).ShouldBe([(1, A), (2, B), (2, C), (4, D)]);
    }

    [Fact]
    public void Every_ranked_entry_is_listed_even_without_grants_and_others_are_left_out()
    {
        var stranger = Guid.NewGuid();
        var rows = PointsStandings.Rank([A, B], Table, [G(stranger, Training), G(B, Hazard)]);
        rows.Select(r => (r.Rank, r.EntryId, r.Total)).ShouldBe([(1, B, 2.5m), (2, A, 0m)]);
    }

    /// Seeded random seasons, each scored here the long way: per entry, per reason, sum then cap.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_seasons_total_as_computed_independently(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        var grants = Enumerable.Range(0, 200).Select(_ =>
            G(entries[random.Next(entries.Count)], Table[random.Next(Table.Length)], random.Next(1, 4), random.Next(6) == 0)).ToList();
        var rows = PointsStandings.Rank(entries, Table, grants);

        foreach (var entry in entries)
        {
            decimal expected = 0;
            foreach (var reason in Table)
            {
                var sum = grants.Where(g => g.EntryId == entry && g.ReasonCode == reason.Code && !g.Revoked).Sum(g => g.Points * g.Quantity);
                expected += reason.Points > 0 && reason.CapPerEntry is { } cap ? Math.Min(sum, cap) : sum;
            }
            rows.Single(r => r.EntryId == entry).Total.ShouldBe(expected);
        }
        foreach (var row in rows)
            row.Rank.ShouldBe(1 + rows.Count(r => r.Total > row.Total));
    }
}
