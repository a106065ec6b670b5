using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Competition.Api.Tests.BadInput;

/// Issue 19, "Chinese throughout": every bad request of the table, asked for in Chinese, is refused in
/// Chinese: the title, the detail and each field's messages (the field names stay as the JSON has them).
public sealed class BadInputInChineseTests(BadInputContest contest) : IClassFixture<BadInputContest>
{
    static readonly Dictionary<string, BadCase> Cases =
        SetUpCases.All.Concat(ContestSystemCases.All).Concat(JudgingAndAwardsCases.All).Concat(AccessCases.All).ToDictionary(c => c.Key, c => c.Value);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_asked_for_in_chinese_is_refused_in_chinese(string name)
    {
        var bad = Cases[name];
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), contest.Fill(bad.Url)) { Content = Body(bad.Body) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        if (Token(bad.Token) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await contest.Api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(bad.Status, text);
        response.Content.Headers.ContentLanguage.ShouldBe(["zh-CN"], text);
        var problem = JsonNode.Parse(text)!;
        Chinese((string?)problem["title"]).ShouldBeTrue(text);
        if (problem["detail"] is { } detail) Chinese((string?)detail).ShouldBeTrue(text);
        foreach (var (_, messages) in problem["errors"]?.AsObject() ?? [])
            messages!.AsArray().ShouldAllBe(m => Chinese((string?)m), text);
    }

    static bool Chinese(string? text) => text is not null && Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}");

    string? Token(string key) => key switch
    {
        "none" => null,
        "unknown" => "not-a-token-anyone-issued-0123456789",
        "admin" => Support.ApiFactory.AdminKey,
        _ => contest.Values[key],
    };

    HttpContent? Body(string? body) => body switch
    {
        null => null,
        _ when body.StartsWith("csv:") => new StringContent(body[4..], Encoding.UTF8, "text/csv"),
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
