using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// API.md "Contest system (v1.1)": members as objects; personId and birth years never in a public answer.
public sealed class MemberDetailsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());
    const string PersonId = "ID-4403-XQ-7781";

    [Fact]
    public async Task Member_details_are_the_organizers_and_no_public_answer_carries_a_person_id_or_a_birth_year()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "班组技能比武", kind = "skills" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        var category = await api.Create($"{c}/categories", org, new { name = "双人电工", entryType = "team" });
        var stage = await api.Create($"{c}/categories/{category}/stages", org, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "接线", maxPoints = 10, kind = "judgement" });
        var judge = (await api.Post($"{c}/judges", org, new { name = "裁判", organization = "市总工会", categoryIds = new[] { category } }, HttpStatusCode.Created))!;
        await api.Post($"{c}/registration/open", org);
        var entry = await api.Create($"{c}/entries", org, new
        {
            categoryId = category, name = "供电一队", organization = "供电公司",
            members = new object[] { new { name = "李娜", sex = "female", birthYear = 1987, group = "新就业形态劳动者", personId = PersonId }, "王强" },
        });
        await api.Post($"{c}/entries", org, new { categoryId = category, name = "X", organization = "Y", members = new object[] { new { sex = "male" } } }, HttpStatusCode.BadRequest);
        await api.Post($"{c}/entries", org, new { categoryId = category, name = "X", organization = "Y", members = new object[] { new { name = "Z", birthYear = 1800 } } }, HttpStatusCode.BadRequest);
        await api.Post($"{c}/entries", org, new { categoryId = category, name = "X", organization = "Y", members = new object[] { new { name = "Z", sex = "unknown" } } }, HttpStatusCode.BadRequest);
        await api.Post($"{c}/entries/{entry}/approve", org);
        await api.Post($"{c}/categories/{category}/draw", org, new { seed = 1 }, HttpStatusCode.OK);
        await api.Post($"{c}/stages/{stage}/open", org);
        await api.Put($"{c}/stages/{stage}/entries/{entry}/marks/{criterion}", (string)judge["token"]!, new { points = 8 });

        var organizers = await api.Get(c, org);
        var listed = organizers["categories"]![0]!["entries"]![0]!;
        listed["members"]!.AsArray().Select(m => (string)m!).ShouldBe(["李娜", "王强"]);
        var li = listed["people"]![0]!;
        ((string)li["personId"]!, (int)li["birthYear"]!, (string)li["sex"]!, (string)li["group"]!).ShouldBe((PersonId, 1987, "female", "新就业形态劳动者"));

        await Eventually.True(async () => (await api.Get($"{c}/categories/{category}/leaderboard"))["rows"]!.AsArray().Count == 1);
        foreach (var (url, token) in new (string, string?)[]
        {
            (c, null), ($"{c}/categories/{category}/leaderboard", null), ($"{c}/categories/{category}/awards", null),
            ($"{c}/categories/{category}/leaderboard?top=5", null), ("/api/judge/me", (string)judge["token"]!),
        })
        {
            var answer = await api.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url)
            {
                Headers = { Authorization = token is null ? null : new("Bearer", token) },
            });
            var text = await answer.Content.ReadAsStringAsync();
            answer.IsSuccessStatusCode.ShouldBeTrue(text);
            text.ShouldNotContain(PersonId, customMessage: url);
            text.ShouldNotContain("birthYear", customMessage: url);
            text.ShouldNotContain("1987", customMessage: url);
        }
    }
}
