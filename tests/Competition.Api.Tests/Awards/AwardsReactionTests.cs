using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Awards;

/// Reactions fed from the log: what happens after awards were proposed reaches the awards without
/// the organizer doing anything — a stage opened again or a disqualification supersedes a pending
/// proposal, and a disqualified entry loses a confirmed award.
public sealed class AwardsReactionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Changes_after_a_proposal_reach_the_awards_through_the_log()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Reactions", kind = "skills" }, HttpStatusCode.Created))!;
        var (cid, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var cat = await api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual" });
        var stage = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Practical", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "Seam", maxPoints = 100, kind = "judgement" });
        await api.Put($"{c}/categories/{cat}/award-policy", org, new { tiers = new[] { new { name = "一等奖", share = 0.25 }, new { name = "二等奖", share = 0.25 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var judge = (await api.Post($"{c}/judges", org, new { name = "J", organization = "Union", categoryIds = new[] { cat } }, HttpStatusCode.Created))!;
        var judgeToken = (string)judge["token"]!;
        await api.Post($"{c}/registration/open", org);
        var entries = new List<Guid>();
        foreach (var name in new[] { "Ann", "Bo", "Cai", "Dong" })
        {
            var entry = await api.Create($"{c}/entries", org, new { categoryId = cat, name, organization = $"{name} Works" });
            await api.Post($"{c}/entries/{entry}/approve", org);
            entries.Add(entry);
        }
        await api.Post($"{c}/registration/close", org);
        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 1 }, HttpStatusCode.OK);
        await api.Post($"{c}/stages/{stage}/open", org);
        for (var i = 0; i < entries.Count; i++)
        {
            await api.Put($"{c}/stages/{stage}/entries/{entries[i]}/marks/{criterion}", judgeToken, new { points = 90 - 10 * i });
            await api.Post($"{c}/stages/{stage}/entries/{entries[i]}/sheet/submit", judgeToken);
        }
        await api.Post($"{c}/stages/{stage}/close", org);
        var awards = $"{c}/categories/{cat}/awards";

        // 1. The stage opened again under notice: the proposal is superseded.
        await ProposeWithNotice(c, cat, org);
        await api.Post($"{c}/stages/{stage}/open", org);
        await StatusBecomes(awards, "none");
        await api.Post($"{c}/stages/{stage}/close", org);

        // 2. An awarded entry disqualified under notice: superseded, and the new proposal leaves it out.
        var proposal = await ProposeWithNotice(c, cat, org);
        proposal.ShouldContain(entries[0]);
        await api.Post($"{c}/entries/{entries[0]}/disqualify", org, new { reason = "Used a forbidden tool" });
        await StatusBecomes(awards, "none");
        proposal = await ProposeWithNotice(c, cat, org);
        proposal.ShouldNotContain(entries[0]);
        proposal.ShouldContain(entries[1]);

        // 2b. An awarded entry withdrawn under notice: superseded as well, and left out of the next proposal.
        proposal.ShouldContain(entries[2]);
        await api.Post($"{c}/entries/{entries[2]}/withdraw", org);
        await StatusBecomes(awards, "none");
        proposal = await ProposeWithNotice(c, cat, org);
        proposal.ShouldNotContain(entries[2]);
        proposal.ShouldContain(entries[1]);

        // 3. After confirmation, a disqualified entry loses its award; the other awards stand.
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await api.Post($"{awards}/confirm", org);
        await StatusBecomes(awards, "confirmed");
        await api.Post($"{c}/entries/{entries[1]}/disqualify", org, new { reason = "Identity fraud" });
        JsonNode view = null!;
        await Eventually.True(async () => (view = await api.Get(awards))["revoked"]!.AsArray().Count == 1);
        ((string)view["revoked"]![0]!["entryId"]!).ShouldBe(entries[1].ToString());
        ((string)view["revoked"]![0]!["reason"]!).ShouldContain("Identity fraud");
        ((string)view["status"]!).ShouldBe("confirmed");
        view["awards"]!.AsArray().Select(a => Guid.Parse((string)a!["entryId"]!)).ShouldBe(proposal.Where(e => e != entries[1]));
    }

    async Task<List<Guid>> ProposeWithNotice(string c, Guid cat, string org)
    {
        var proposal = (await api.Post($"{c}/categories/{cat}/awards/propose", org, null, HttpStatusCode.OK))!;
        await api.Post($"{c}/categories/{cat}/awards/notice", org, new { days = 7 });
        // The view must show this notice before a trigger, or "none" from the last supersession would still be read.
        await StatusBecomes($"{c}/categories/{cat}/awards", "notice");
        return [.. proposal["awards"]!.AsArray().Select(a => Guid.Parse((string)a!["entryId"]!))];
    }

    async Task StatusBecomes(string awards, string status) =>
        await Eventually.True(async () => (string?)(await api.Get(awards))["status"] == status, "The reaction did not reach the awards");
}
