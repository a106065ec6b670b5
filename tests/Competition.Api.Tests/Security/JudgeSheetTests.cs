using System.Net;
using System.Text.Json.Nodes;

namespace Competition.Api.Tests.Security;

/// Issue 7: a judge reads and writes only their own sheets. A mark's sheet is the one of the
/// judge whose token sent it (no route names another judge's sheet for marking), and the judge's
/// view lists only their own marks.
public sealed class JudgeSheetTests(SecureApi api) : IClassFixture<SecureApi>
{
    [Fact]
    public async Task Each_judge_sees_and_changes_only_their_own_sheet()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        await api.Api.Put(contest.Mark(contest.Bo), contest.Judge1Token, new { points = 3 });
        await api.Api.Put(contest.Mark(contest.Bo), contest.Judge2Token, new { points = 9 });
        await api.Api.Post($"{contest.Path}/stages/{contest.Stage}/entries/{contest.Bo}/sheet/submit", contest.Judge2Token);

        // Judge 1 marking Bo again changes Judge 1's sheet, not Judge 2's submitted one.
        await api.Api.Put(contest.Mark(contest.Bo), contest.Judge1Token, new { points = 4 });

        var one = await Me(contest.Judge1Token, me => Sheet(me, contest) == ("open", 4m));
        var two = await Me(contest.Judge2Token, me => Sheet(me, contest) == ("submitted", 9m));
        Sheet(one, contest).ShouldBe(("open", 4m));
        Sheet(two, contest).ShouldBe(("submitted", 9m));
        one.ToJsonString().ShouldNotContain("\"J2\"");
        two.ToJsonString().ShouldNotContain("\"J1\"");
    }

    [Fact]
    public async Task A_judge_cannot_reopen_another_judges_sheet()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        await api.Api.Put(contest.Mark(contest.Ann), contest.Judge1Token, new { points = 5 });
        await api.Api.Post($"{contest.Path}/stages/{contest.Stage}/entries/{contest.Ann}/sheet/submit", contest.Judge1Token);
        await api.Api.Post($"{contest.Path}/stages/{contest.Stage}/entries/{contest.Ann}/sheets/{contest.Judge1}/reopen", contest.Judge2Token,
            new { reason = "I want to change it" }, HttpStatusCode.Forbidden);
        var me = await Me(contest.Judge1Token, me => Sheet(me, contest, contest.Ann) == ("submitted", 5m));
        Sheet(me, contest, contest.Ann).ShouldBe(("submitted", 5m));
    }

    /// The judge's view is a read model: it follows the event log a moment after a command is answered.
    async Task<JsonNode> Me(string token, Func<JsonNode, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var me = await api.Api.Get("/api/judge/me", token);
            if (until(me) || DateTime.UtcNow > deadline) return me;
            await Task.Delay(50);
        }
    }

    static (string? Status, decimal? Points) Sheet(JsonNode me, SecureContest contest, string? entry = null)
    {
        var assignment = me["assignments"]!.AsArray().SingleOrDefault(a => (string)a!["entryId"]! == (entry ?? contest.Bo));
        return ((string?)assignment?["sheet"]?["status"], (decimal?)assignment?["sheet"]?["marks"]?[contest.Criterion]);
    }
}
