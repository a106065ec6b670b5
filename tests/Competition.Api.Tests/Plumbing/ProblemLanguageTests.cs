using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Plumbing;

/// Issue 19, "Chinese throughout": a problem speaks Chinese when the request's Accept-Language prefers it,
/// and without the header (or preferring English) reads exactly as it always did.
public sealed class ProblemLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    ApiClient api = null!;
    string contest = "";
    string organizer = "";
    string category = "";
    object entry = null!;

    public async Task InitializeAsync()
    {
        api = new ApiClient(factory.CreateClient());
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Language contest", kind = "skills" }, HttpStatusCode.Created))!;
        contest = $"/api/contests/{(string)created["id"]!}";
        organizer = (string)created["organizerToken"]!;
        var categoryId = await api.Create($"{contest}/categories", organizer, new { name = "Electrician", entryType = "individual" });
        category = $"{contest}/categories/{categoryId}";
        entry = new { categoryId, name = "Li Lei", organization = "Grid Co" };
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(null)]
    [InlineData("en-US,en;q=0.9,zh;q=0.8")]
    [InlineData("zh;q=0, en;q=0.1")]
    [InlineData("fr-FR, de;q=0.9")]
    public async Task A_refusal_asked_for_without_chinese_reads_as_it_always_did(string? acceptLanguage)
    {
        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{contest}/entries", organizer, acceptLanguage, entry);

        answer.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string?)problem["title"]).ShouldBe("Not allowed in the current state");
        ((string?)problem["detail"]).ShouldBe("Registration is not open");
        answer.Content.Headers.ContentLanguage.ShouldBe(["en"]);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans-CN,zh;q=0.9,en;q=0.8")]
    [InlineData("en;q=0.5, zh;q=0.9")]
    [InlineData("fr, zh-TW;q=0.3")]
    public async Task A_refusal_asked_for_in_chinese_says_what_to_do_in_chinese(string acceptLanguage)
    {
        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{contest}/entries", organizer, acceptLanguage, entry);

        answer.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string?)problem["title"]).ShouldBe("当前状态不允许此操作");
        ((string?)problem["detail"]).ShouldBe("报名未开放：请先开放报名。");
        answer.Content.Headers.ContentLanguage.ShouldBe(["zh-CN"]);
        answer.Headers.Vary.ShouldContain("Accept-Language");
    }

    [Fact]
    public async Task Field_errors_of_a_bad_body_are_in_chinese_each_and_in_the_detail()
    {
        var body = new { name = " ", entryType = "pair" };
        var (english, _) = await SendAsync(HttpMethod.Post, $"{contest}/categories", organizer, null, body);
        ((string?)english["title"]).ShouldBe("Invalid request");
        ((string?)english["detail"]).ShouldBe("name is required entryType must be one of: individual, team");
        ((string?)english["errors"]!["name"]![0]).ShouldBe("name is required");

        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{contest}/categories", organizer, "zh-CN", body);

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string?)problem["title"]).ShouldBe("请求有误");
        ((string?)problem["errors"]!["name"]![0]).ShouldBe("name 为必填项。");
        ((string?)problem["errors"]!["entryType"]![0]).ShouldBe("entryType 须为以下之一：individual, team。");
        ((string?)problem["detail"]).ShouldBe("name 为必填项。entryType 须为以下之一：individual, team。");
    }

    [Fact]
    public async Task A_domain_field_error_is_in_chinese_with_its_values()
    {
        await api.Create($"{category}/stages", organizer, new { name = "Theory", weight = 60, aggregation = new { rule = "mean" } });
        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{category}/stages", organizer, "zh-CN",
            new { name = "Practical", weight = 70, aggregation = new { rule = "mean" } });

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string?)problem["detail"]).ShouldBe("赛项「Electrician」的环节权重将合计 130，须合计 100：请调整权重。");
        ((string?)problem["errors"]!["weight"]![0]).ShouldBe("赛项「Electrician」的环节权重将合计 130，须合计 100：请调整权重。");
    }

    [Fact]
    public async Task An_unknown_token_is_refused_in_chinese_whatever_the_accept_header()
    {
        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{contest}/registration/open", "not-a-token-anyone-issued-0123456789", "zh-CN");
        answer.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ((string?)problem["title"]).ShouldBe("未登录");
        ((string?)problem["detail"]).ShouldBe("该令牌无效：请向组织方索取新的令牌。");

        // Accept naming no JSON type: written by ProblemJsonFallback, not ASP.NET's writer; Chinese all the same.
        var (fallback, html) = await SendAsync(HttpMethod.Post, $"{contest}/registration/open", null, "zh-CN", accept: "text/html");
        html.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        ((string?)fallback["detail"]).ShouldBe("请以 'Authorization: Bearer <令牌>' 的形式发送令牌。");
        html.Content.Headers.ContentLanguage.ShouldBe(["zh-CN"]);
    }

    [Fact]
    public async Task Unknown_ids_are_refused_in_chinese()
    {
        var missing = Guid.NewGuid();
        var (read, answer) = await SendAsync(HttpMethod.Get, $"/api/contests/{missing}/categories/{missing}/leaderboard", null, "zh-CN");
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)read["title"]).ShouldBe("未找到赛事");
        ((string?)read["detail"]).ShouldBe($"没有赛事「{missing}」：请检查链接或赛事编号。");

        var (write, _) = await SendAsync(HttpMethod.Post, $"{contest}/categories/{missing}/awards/propose", organizer, "zh-CN");
        ((string?)write["title"]).ShouldBe("未找到");
        ((string?)write["detail"]).ShouldBe("本赛事中没有该赛项：请刷新后重试。");
    }

    [Fact]
    public async Task Refusals_of_the_middleware_are_in_chinese_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{contest}/categories")
        {
            Content = new StringContent("name=Plumber", Encoding.UTF8, "text/plain"),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var answer = await api.Http.SendAsync(request);
        var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        answer.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        ((string?)problem["title"]).ShouldBe("不支持的内容类型");
        ((string?)problem["detail"]).ShouldBe("请以 JSON 发送请求体：Content-Type: application/json（UTF-8）。");
    }

    [Fact]
    public async Task A_garbled_accept_language_is_no_error_and_answers_in_english()
    {
        var (problem, answer) = await SendAsync(HttpMethod.Post, $"{contest}/entries", organizer, "@@, ;;, =q;q=x", entry);
        answer.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((string?)problem["detail"]).ShouldBe("Registration is not open");
    }

    async Task<(JsonNode Problem, HttpResponseMessage Answer)> SendAsync(
        HttpMethod method, string url, string? token, string? acceptLanguage, object? body = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body);
        var answer = await api.Http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        answer.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        return (JsonNode.Parse(text)!, answer);
    }
}
