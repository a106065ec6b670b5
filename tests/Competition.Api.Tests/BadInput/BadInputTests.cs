using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Competition.Api.Tests.BadInput;

/// API.md "Errors": bad input gets the right 4xx as problem+json and never writes an event.
public sealed class BadInputTests(BadInputContest contest) : IClassFixture<BadInputContest>
{
    static readonly Dictionary<string, BadCase> Cases =
        SetUpCases.All.Concat(ContestSystemCases.All).Concat(JudgingAndAwardsCases.All).Concat(AccessCases.All).Concat(LabourCases.All).Concat(PointsCases.All)
            .ToDictionary(c => c.Key, c => c.Value);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_is_refused_with_a_problem_and_writes_nothing(string name)
    {
        var bad = Cases[name];
        var before = await contest.EventCount();

        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), contest.Fill(bad.Url)) { Content = Body(bad.Body) };
        var token = bad.Token switch
        {
            "none" => null,
            "unknown" => "not-a-token-anyone-issued-0123456789",
            "admin" => Support.ApiFactory.AdminKey,
            var key => contest.Values[key],
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await contest.Api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(bad.Status, $"{bad.Method} {bad.Url} answered {text}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!;
        ((string?)problem["title"]).ShouldNotBeNullOrWhiteSpace(text);
        ((int?)problem["status"]).ShouldBe(bad.Status, text);
        if (bad.FieldErrors) problem["errors"].ShouldBeOfType<JsonObject>(text).Count.ShouldBeGreaterThan(0, text);
        (await contest.EventCount()).ShouldBe(before, "bad input must not write an event");
    }

    /// Guards the check above: the counted table is the one writes land in.
    [Fact]
    public async Task A_good_request_grows_the_counted_event_log()
    {
        var before = await contest.EventCount();
        await contest.Api.Create($"/api/contests/{contest.Values["c"]}/categories", contest.Values["org"], new { name = "Control", entryType = "team" });
        (await contest.EventCount()).ShouldBeGreaterThan(before);
    }

    [Fact]
    public void There_are_sixty_cases_or_more() => Cases.Count.ShouldBeGreaterThanOrEqualTo(60);

    HttpContent? Body(string? body) => body switch
    {
        null => null,
        _ when body.StartsWith("csv:") => new StringContent(body[4..], Encoding.UTF8, "text/csv"),
        // "type=<content type>:<body>": the body sent as UTF-8 bytes under a content type given verbatim.
        _ when body.StartsWith("type=") => Typed(body[5..body.IndexOf(':', 5)], contest.Fill(body[(body.IndexOf(':', 5) + 1)..])),
        _ => new StringContent(contest.Fill(body), Encoding.UTF8, "application/json"),
    };

    static ByteArrayContent Typed(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
