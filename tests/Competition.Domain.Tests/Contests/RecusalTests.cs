using Competition.Domain.Contests;

namespace Competition.Domain.Tests.Contests;

/// Recusal compares organizations as people read them: invisible characters, width and spacing do not
/// make a judge's own organization another one.
public class RecusalTests
{
    static JudgeState Judge(string organization) => new(Guid.NewGuid(), "J", organization, [Guid.NewGuid()], [], false);

    [Theory]
    [InlineData("JOrg0", "JOrg0\u200b")]
    [InlineData("JOrg0", "\u200dJ\u2060Org0")]
    [InlineData("国网 电力", "国网\u3000 电力")]
    [InlineData("ＡＢＣ电力", "ABC电力")]
    [InlineData("Org  A", " org a ")]
    [InlineData("Plant\u202e7", "Plant7")]
    public void A_judge_is_recused_from_their_organization_however_it_is_written(string judge, string entry) =>
        Judge(judge).IsRecusedFrom(entry).ShouldBeTrue();

    [Theory]
    [InlineData("Org A", "Org B")]
    [InlineData("国网电力", "国网电力二厂")]
    public void A_judge_is_not_recused_from_another_organization(string judge, string entry) =>
        Judge(judge).IsRecusedFrom(entry).ShouldBeFalse();

    [Fact]
    public void A_name_of_only_invisible_characters_normalizes_to_nothing() =>
        Organizations.Normalize("\u200b\u200d \u2060").ShouldBe("");
}
