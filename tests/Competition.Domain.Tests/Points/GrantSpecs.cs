using Competition.Domain.Points;
using static Competition.Domain.Tests.World;
using static Competition.Domain.Tests.Points.PointsWorld;

namespace Competition.Domain.Tests.Points;

public class GrantSpecs
{
    static PointsGranted Granted(int quantity = 1, string by = "organizer", string? note = null) =>
        new(Grant, Contest, Electrician, Entry, Training, "TRAIN", 5, quantity, May1, note, by, Now);

    [Fact]
    public void The_organizer_grants_points_recording_the_reasons_points_per_unit() =>
        GrantSpec().When(Granting(Context(code: "train"), quantity: 3, note: " 月度培训 ")).Then(Granted(3, note: "月度培训"));

    [Fact]
    public void A_judge_appointed_to_the_entrys_category_grants() =>
        GrantSpec().When(Granting(Context(JudgeA))).Then(Granted(by: JudgeA.ToString()));

    [Fact]
    public void A_judge_of_another_category_is_refused() =>
        GrantSpec().When(Granting(Context(JudgeB))).ThenFails<NotAllowed>("appointed to category Electrician");

    [Fact]
    public void A_judge_no_longer_appointed_is_refused() =>
        GrantSpec().When(Granting(Context(JudgeA, more: new JudgeRemoved(Contest, JudgeA, [Electrician], Now)))).ThenFails<NotAllowed>();

    [Theory]
    [InlineData(EntryStatus.Registered, "registered but not approved")]
    [InlineData(EntryStatus.Withdrawn, "withdrawn")]
    [InlineData(EntryStatus.Disqualified, "disqualified")]
    public void Only_an_approved_entry_is_granted_points(EntryStatus status, string said) =>
        GrantSpec().When(Granting(Context(entry: Approved(Entry, Electrician) with { Status = status })))
            .ThenFails<RuleViolation>($"The entry is {said}; only approved entries are granted points");

    [Fact]
    public void No_grant_after_the_contest_is_finished() =>
        GrantSpec().When(Granting(Context(more: new ContestFinished(Contest, [Electrician, Welder], Now))))
            .ThenFails<RuleViolation>("points can no longer be granted");

    [Fact]
    public void An_unknown_reason_code_is_a_field_error() =>
        GrantSpec().When(Granting(Context(code: "NOPE"))).ThenFails<InvalidCommand>("no reason with code NOPE").Errors.Keys.ShouldBe(["reasonCode"]);

    [Fact]
    public void A_reason_of_another_category_is_not_the_entrys() =>
        GrantSpec().When(Granting(Context(entry: Approved(Entry, Welder)))).ThenFails<InvalidCommand>("Category Welder has no reason");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1_000_001)]
    public void The_quantity_is_a_whole_number_from_1(int quantity) =>
        GrantSpec().When(Granting(Context(), quantity)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["quantity"]);

    [Fact]
    public void An_entry_of_another_contest_is_not_found() =>
        GrantSpec().When(Granting(Context(entry: Approved(Entry, Electrician) with { ContestId = Guid.NewGuid() }))).ThenFails<NotFound>();

    [Fact]
    public void A_skills_contest_grants_no_points()
    {
        var skills = GrantContext.From(ContestAfter(Defined), Approved(Entry, Electrician), null, "TRAIN");
        GrantSpec().When(Granting(skills)).ThenFails<RuleViolation>("Only a points contest");
    }

    [Fact]
    public void A_grant_is_revoked_once_and_a_second_revocation_decides_nothing()
    {
        var revoked = new PointsRevoked(Grant, Contest, Electrician, Entry, "Entered twice", "organizer", Now);
        GrantSpec().Given(Granted()).When(new RevokePoints(Grant, Contest, false, " Entered twice ", Now)).Then(revoked);
        GrantSpec().Given(Granted(), revoked).When(new RevokePoints(Grant, Contest, false, "again", Now)).ThenNothing();
    }

    [Fact]
    public void A_revocation_needs_a_reason() =>
        GrantSpec().Given(Granted()).When(new RevokePoints(Grant, Contest, false, " ", Now)).ThenFails<InvalidCommand>();

    [Fact]
    public void An_unknown_grant_or_one_of_another_contest_is_not_found()
    {
        GrantSpec().When(new RevokePoints(Grant, Contest, false, "r", Now)).ThenFails<NotFound>("Grant not found");
        GrantSpec().Given(Granted()).When(new RevokePoints(Grant, Guid.NewGuid(), false, "r", Now)).ThenFails<NotFound>("Grant not found");
    }

    [Fact]
    public void Final_standings_are_not_changed_by_a_revocation() =>
        GrantSpec().Given(Granted()).When(new RevokePoints(Grant, Contest, true, "late", Now)).ThenFails<RuleViolation>("final");

    [Fact]
    public void A_grant_id_is_used_once() =>
        GrantSpec().Given(Granted()).When(Granting(Context())).ThenFails<RuleViolation>("already exists");
}
