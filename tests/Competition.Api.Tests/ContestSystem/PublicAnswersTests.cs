using System.IO.Compression;
using System.Net;
using Competition.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Api.Tests.ContestSystem;

/// Person ids and birth years are the organizer's: every GET route the host maps (found from its endpoints, so a route
/// added later is checked too) is asked without a token, and with a judge's, over contests whose members carry them, and
/// no answer that succeeds may contain one. The promoted entries carry their details up to the parent contest.
public sealed class PublicAnswersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());
    const string PersonId = "PID-7f3a-SECRET-4403";
    const int BirthYear = 1979;

    [Fact]
    public async Task No_public_answer_of_any_route_carries_a_person_id_or_a_birth_year()
    {
        var city = await LadderContest.CreateAsync(api, factory, "市赛", "city");
        var county = await LadderContest.CreateAsync(api, factory, "县赛", "county", city.Id);
        var entries = new Dictionary<Guid, decimal>
        {
            [await county.RegisterAsync("李娜", "供电公司", [new { name = "李娜", sex = "female", birthYear = BirthYear, group = "产业工人", personId = PersonId }])] = 9.5m,
            [await county.RegisterAsync("王强", "建工集团", [new { name = "王强", birthYear = BirthYear, personId = PersonId + "-2" }])] = 8.5m,
        };
        await county.RunToConfirmedAwardsAsync(entries);
        await api.Put(county.Promotion, county.Org, new { parentCategoryId = city.Category, top = 2 }, HttpStatusCode.NoContent);
        await api.Post($"{county.Promotion}/propose", county.Org, null, HttpStatusCode.OK);
        await api.Post($"{county.Promotion}/confirm", county.Org, null, HttpStatusCode.OK);
        var promoted = (await city.EntriesAsync(city.Org)).Values.ToList();
        promoted.ShouldAllBe(e => e["people"]![0]!["personId"]!.ToString().StartsWith(PersonId)); // the organizer sees them: the secret is there to leak
        await Eventually.True(async () => (await api.Get($"{county.Path}/categories/{county.Category}/leaderboard"))["rows"]!.AsArray().Count == 2);

        var sources = factory.Host.Services.GetRequiredService<EndpointDataSource>();
        var templates = sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false)
            .Select(e => e.RoutePattern.RawText!).Distinct().ToList();
        templates.Count.ShouldBeGreaterThan(15);
        var checkedAnswers = 0;
        foreach (var contest in new[] { county, city })
        {
            var values = new Dictionary<string, string>
            {
                ["cid"] = contest.Id.ToString(), ["contestId"] = contest.Id.ToString(), ["catId"] = contest.Category.ToString(),
                ["sid"] = contest.Stage.ToString(), ["eid"] = (contest == county ? entries.Keys.First() : Guid.Parse((string)promoted[0]["id"]!)).ToString(),
                ["rid"] = Guid.NewGuid().ToString(), ["entryId"] = entries.Keys.First().ToString(),
            };
            foreach (var template in templates)
            {
                var url = Fill(template, values);
                if (url is null) continue;
                foreach (var query in new[] { "", "?top=5", "?lang=en" })
                    foreach (var token in new[] { null, contest.JudgeToken })
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, url + query);
                        if (token is not null) request.Headers.Authorization = new("Bearer", token);
                        using var answer = await api.Http.SendAsync(request);
                        if (!answer.IsSuccessStatusCode) continue;
                        var text = await TextAsync(answer);
                        text.ShouldNotContain(PersonId, customMessage: url + query);
                        text.ShouldNotContain(BirthYear.ToString(), customMessage: url + query);
                        text.ShouldNotContain("personId", Case.Insensitive, url + query);
                        checkedAnswers++;
                    }
            }
        }
        checkedAnswers.ShouldBeGreaterThan(40);
    }

    /// The template with its parameters filled ({cid:guid} → an id); null when it has one this test has no value for.
    static string? Fill(string template, Dictionary<string, string> values)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\}",
            m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : "\u0000");
        return url.Contains('\u0000') ? null : url.StartsWith('/') ? url : "/" + url;
    }

    /// The answer's text; a spreadsheet's is the text of every part inside its zip.
    static async Task<string> TextAsync(HttpResponseMessage answer)
    {
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        if (bytes is not [0x50, 0x4B, ..]) return System.Text.Encoding.UTF8.GetString(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var parts = new System.Text.StringBuilder();
        foreach (var part in zip.Entries)
        {
            using var reader = new StreamReader(part.Open());
            parts.Append(await reader.ReadToEndAsync());
        }
        return parts.ToString();
    }
}
