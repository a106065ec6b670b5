using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Live.Tests;

/// Person ids and birth years are the organizer's: no message the hub pushes to a screen (the whole board, a window,
/// the awards view) carries one, from the first mark through the public notice of the awards.
public sealed class PushedPeopleTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    const string PersonId = "PID-PUSH-5521-SECRET";
    const int BirthYear = 1983;

    [Fact]
    public async Task No_pushed_board_or_awards_view_carries_a_person_id_or_a_birth_year()
    {
        var created = (await SendAsync(HttpMethod.Post, "/api/contests", LiveApiFixture.AdminKey, new { name = "推送隐私", kind = "skills" }))!;
        var (cid, org) = (Guid.Parse((string)created["id"]!), (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var category = await IdAsync($"{c}/categories", org, new { name = "双人电工", entryType = "team" });
        var stage = await IdAsync($"{c}/categories/{category}/stages", org, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await IdAsync($"{c}/stages/{stage}/criteria", org, new { name = "接线", maxPoints = 10, kind = "judgement" });
        var judge = (string)(await SendAsync(HttpMethod.Post, $"{c}/judges", org, new { name = "裁判", organization = "总工会", categoryIds = new[] { category } }))!["token"]!;
        await SendAsync(HttpMethod.Put, $"{c}/categories/{category}/award-policy", org, new { tiers = new[] { new { name = "一等奖", count = 1 } }, minimumScore = 0 });
        await SendAsync(HttpMethod.Post, $"{c}/registration/open", org);
        var entries = new List<Guid>();
        foreach (var (team, unit) in new[] { ("供电一队", "供电公司"), ("建工一队", "建工集团") })
        {
            var members = new object[]
            {
                new { name = $"{team}甲", sex = "female", birthYear = BirthYear, group = "产业工人", personId = $"{PersonId}-{entries.Count}" },
                new { name = $"{team}乙", birthYear = BirthYear },
            };
            var entry = await IdAsync($"{c}/entries", org, new { categoryId = category, name = team, organization = unit, members });
            await SendAsync(HttpMethod.Post, $"{c}/entries/{entry}/approve", org);
            entries.Add(entry);
        }
        await SendAsync(HttpMethod.Post, $"{c}/categories/{category}/draw", org, new { seed = 5 });
        await SendAsync(HttpMethod.Post, $"{c}/stages/{stage}/open", org);

        await using var whole = await BoardWatcher.StartAsync(api.BaseAddress, cid, category);
        await using var window = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await window.WatchTopAsync(cid, category, 1);
        for (var i = 0; i < entries.Count; i++)
        {
            await SendAsync(HttpMethod.Put, $"{c}/stages/{stage}/entries/{entries[i]}/marks/{criterion}", judge, new { points = 9 - i });
            await SendAsync(HttpMethod.Post, $"{c}/stages/{stage}/entries/{entries[i]}/sheet/submit", judge);
        }
        await SendAsync(HttpMethod.Post, $"{c}/stages/{stage}/close", org);
        await SendAsync(HttpMethod.Post, $"{c}/categories/{category}/awards/propose", org);
        await SendAsync(HttpMethod.Post, $"{c}/categories/{category}/awards/notice", org, new { days = 3 });

        // Every message each screen got, in order, up to the awards under notice and the window's final board.
        var seen = new List<BoardWatcher.Message>();
        BoardWatcher.Message last;
        do seen.Add(last = await whole.NextAnyAsync()); while (last.Type != "awards" || (string?)last.Data["status"] != "notice");
        BoardWatcher.Message top;
        do seen.Add(top = await window.NextAnyAsync()); while (top.Type != "leaderboard" || (string?)top.Data["status"] != "final");

        seen.Count(m => m.Type == "leaderboard").ShouldBeGreaterThan(2);
        ((string)top.Data["rows"]![0]!["name"]!).ShouldBe("供电一队");
        foreach (var message in seen)
        {
            var text = message.Data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            text.ShouldNotContain(PersonId, customMessage: message.Type);
            text.ShouldNotContain(BirthYear.ToString(), customMessage: message.Type);
            text.ShouldNotContain("personId", Case.Insensitive, message.Type);
        }
    }

    async Task<Guid> IdAsync(string url, string token, object body) => Guid.Parse((string)(await SendAsync(HttpMethod.Post, url, token, body))!["id"]!);

    async Task<JsonNode?> SendAsync(HttpMethod method, string url, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await api.Http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        answer.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)answer.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
