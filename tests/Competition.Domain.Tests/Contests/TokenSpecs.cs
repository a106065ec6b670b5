using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class TokenSpecs
{
    [Fact]
    public void The_organizer_token_is_replaced_by_a_new_hash() =>
        ContestSpec().Given(Created)
            .When(new RotateOrganizerToken(Contest, "new-organizer-hash", Now))
            .Then(new OrganizerTokenRotated(Contest, "new-organizer-hash", Now));

    [Fact]
    public void A_judge_token_is_rotated_and_revoked_while_the_appointment_stays()
    {
        var spec = ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, Appointed(JudgeA, NorthGrid));
        spec.When(new RotateJudgeToken(Contest, JudgeA, "new-judge-hash", Now)).Then(new JudgeTokenRotated(Contest, JudgeA, "new-judge-hash", Now));
        spec.When(new RevokeJudgeToken(Contest, JudgeA, Now)).Then(new JudgeTokenRevoked(Contest, JudgeA, Now));

        var after = ContestAfter(Created, ElectricianAdded, TheoryAdded, Appointed(JudgeA, NorthGrid), new JudgeTokenRevoked(Contest, JudgeA, Now));
        after.SitsOnPanel(JudgeA, Theory).ShouldBeTrue();
    }

    [Fact]
    public void A_token_of_a_judge_who_was_never_appointed_is_not_found()
    {
        ContestSpec().Given(Created).When(new RotateJudgeToken(Contest, JudgeB, "h", Now)).ThenFails<NotFound>();
        ContestSpec().Given(Created).When(new RevokeJudgeToken(Contest, JudgeB, Now)).ThenFails<NotFound>();
    }

    [Fact]
    public void Tokens_of_a_contest_that_does_not_exist_are_not_found() =>
        ContestSpec().When(new RotateOrganizerToken(Contest, "h", Now)).ThenFails<NotFound>();
}
