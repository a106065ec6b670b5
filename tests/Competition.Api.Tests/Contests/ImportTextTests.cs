using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Contests;

/// Issue 20, row 17: what a CSV import stores is what the organizer's file said, and nothing a spreadsheet would
/// run. Cells beginning with = + - @ are refused by line; a body that is not valid in its charset is a 400 (never
/// a U+FFFD in a name); a GBK file declared as GB18030 reads as the names in it; an unknown charset is a 415.
public sealed class ImportTextTests : IAsyncLifetime
{
    readonly ApiFactory factory = new() { Settings = { ["Competition:Imports:PerMinute"] = "100" } };
    ApiClient api = null!;
    string contest = null!, organizer = null!;

    static ImportTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync()
    {
        await factory.InitializeAsync();
        api = new ApiClient(factory.CreateClient());
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Import", kind = "skills" }, HttpStatusCode.Created))!;
        (contest, organizer) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        await api.Create($"{contest}/categories", organizer, new { name = "电工", entryType = "team" });
        await api.Post($"{contest}/registration/open", organizer);
    }

    public Task DisposeAsync() => factory.DisposeAsync();

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "name")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")", "name")]
    [InlineData("+1+1", "name")]
    [InlineData("-2+3", "name")]
    [InlineData("@SUM(A1:A9)", "name")]
    public async Task A_cell_a_spreadsheet_would_run_is_refused_by_its_line(string cell, string field)
    {
        var csv = $"category,name,organization,members\n电工,王强,国网,王强\n电工,{Quoted(cell)},国网,李娜\n";
        var answer = await ImportAsync(Encoding.UTF8.GetBytes(csv), "text/csv", HttpStatusCode.OK);
        ((int)answer!["imported"]!).ShouldBe(0);
        var error = answer["errors"]!.AsArray().Single()!;
        ((int)error["line"]!).ShouldBe(3);
        ((string)error["message"]!).ShouldContain(field);
        ((string)error["message"]!).ShouldContain("formula");
        (await EntryNamesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Formulas_in_the_organization_or_a_member_are_refused_too_and_a_sign_inside_a_name_is_fine()
    {
        var refused = await ImportAsync(Encoding.UTF8.GetBytes(
            "category,name,organization,members\n电工,一班,=1+1,王强\n电工,二班,国网,张三;@me\n"), "text/csv", HttpStatusCode.OK);
        refused!["errors"]!.AsArray().Select(e => (int)e!["line"]!).ShouldBe([2, 3]);

        await ImportAsync(Encoding.UTF8.GetBytes("category,name,organization,members\n电工,A-1 班,国网 = 电网,李四\n"), "text/csv", HttpStatusCode.OK);
        (await EntryNamesAsync()).ShouldBe(["A-1 班"]);
    }

    [Fact]
    public async Task A_body_that_is_not_valid_utf8_is_a_400_and_stores_nothing()
    {
        var bytes = Encoding.UTF8.GetBytes("category,name,organization,members\n电工,").Concat(Encoding.Latin1.GetBytes("Jos\u00e9")).Concat(Encoding.UTF8.GetBytes(",Plant,Ann\n")).ToArray();
        var problem = await ImportAsync(bytes, "text/csv", HttpStatusCode.BadRequest);
        ((string)problem!["detail"]!).ShouldContain("UTF-8");
        await ImportAsync(bytes, "text/csv; charset=utf-8", HttpStatusCode.BadRequest);
        (await EntryNamesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Text_already_holding_a_replacement_character_is_refused()
    {
        var answer = await ImportAsync(Encoding.UTF8.GetBytes("category,name,organization,members\n电工,Jos\uFFFD,Plant,Ann\n"), "text/csv", HttpStatusCode.OK);
        ((string)answer!["errors"]![0]!["message"]!).ShouldContain("U+FFFD");
        await api.Post($"{contest}/entries", organizer, new { categoryId = await CategoryAsync(), name = "Jos\uFFFD", organization = "Plant", members = new[] { "Ann" } },
            HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_gbk_file_declared_as_such_reads_as_its_names_and_an_unknown_charset_is_a_415()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes("category,name,organization,members\n电工,变电检修班,国网江苏,王强;李娜\n");
        Encoding.UTF8.GetString(gbk).ShouldContain("\uFFFD"); // not UTF-8: read as UTF-8, every name would be broken
        await ImportAsync(gbk, "text/csv", HttpStatusCode.BadRequest);
        await ImportAsync(gbk, "text/csv; charset=shift_jis", HttpStatusCode.UnsupportedMediaType);
        await ImportAsync(gbk, "text/csv; charset=GBK", HttpStatusCode.OK);
        (await EntryNamesAsync()).ShouldBe(["变电检修班"]);
        var entry = (await api.Get(contest))["categories"]![0]!["entries"]![0]!;
        ((string)entry["organization"]!).ShouldBe("国网江苏");
    }

    [Fact]
    public async Task A_gbk_file_with_chinese_headers_as_excel_saves_it_imports()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes("赛项,姓名,单位,队员\r\n电工,运维一班,国网苏州供电公司,王强;李娜\r\n");
        var answer = await ImportAsync(gbk, "text/csv; charset=gbk", HttpStatusCode.OK);
        ((int)answer!["imported"]!).ShouldBe(1);
        var entry = (await api.Get(contest))["categories"]![0]!["entries"]![0]!;
        ((string)entry["name"]!, (string)entry["organization"]!).ShouldBe(("运维一班", "国网苏州供电公司"));
        entry["members"]!.AsArray().Select(m => (string)m!).ShouldBe(["王强", "李娜"]);
    }

    [Fact]
    public async Task A_refused_line_is_explained_in_chinese_when_asked_for_and_in_english_otherwise()
    {
        var csv = Encoding.UTF8.GetBytes("赛项,姓名,单位,队员\n电工,一班,国网,王强\n焊工,二班,国网,李娜\n电工,,国网,张三\n");
        var chinese = await ImportAsync(csv, "text/csv", HttpStatusCode.OK, "zh-CN,zh;q=0.9,en;q=0.5");
        var lines = chinese!["errors"]!.AsArray().Select(e => ((int)e!["line"]!, (string)e["message"]!)).ToList();
        lines.Select(l => l.Item1).ShouldBe([3, 4]);
        lines.ShouldAllBe(l => l.Item2.Any(c => c >= '\u4e00' && c <= '\u9fff') && !l.Item2.Contains("not found") && !l.Item2.Contains("required"));
        var english = await ImportAsync(csv, "text/csv", HttpStatusCode.OK);
        english!["errors"]!.AsArray().Select(e => (string)e!["message"]!).ShouldAllBe(m => !m.Any(c => c >= '\u4e00' && c <= '\u9fff') || m.Contains("焊工"));
        (await EntryNamesAsync()).ShouldBeEmpty();
    }

    async Task<JsonNode?> ImportAsync(byte[] body, string contentType, HttpStatusCode expected, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{contest}/entries/import") { Content = new ByteArrayContent(body) };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Authorization = new("Bearer", organizer);
        using var response = await api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    async Task<string> CategoryAsync() => (string)(await api.Get(contest))["categories"]![0]!["id"]!;

    async Task<List<string>> EntryNamesAsync() =>
        [.. (await api.Get(contest))["categories"]![0]!["entries"]!.AsArray().Select(e => (string)e!["name"]!)];

    static string Quoted(string cell) => $"\"{cell.Replace("\"", "\"\"")}\"";
}
