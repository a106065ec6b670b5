using System.Text.RegularExpressions;
using Competition.TestSupport;

namespace Competition.Api.Tests.Security;

/// Issue 7: security headers. Every answer: nosniff and no referrer. The pages: a Content-Security-
/// Policy that runs only their own files; the console and the tablet may not be framed, the big
/// screen may (Competition:Screen:FrameAncestors, any site by default). Data answers run nothing.
public sealed partial class HeaderTests(SecureApi api) : IClassFixture<SecureApi>
{
    static readonly string WebRoot = Path.Combine(RepositoryRoot.Find(), "Competition.Api", "wwwroot");

    [Theory]
    [InlineData("/")]
    [InlineData("/judge")]
    [InlineData("/organizer.html")]
    public async Task The_console_and_the_tablet_run_only_their_own_scripts_and_are_never_framed(string path)
    {
        using var page = await api.SendAsync(HttpMethod.Get, path);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var csp = Header(page, "Content-Security-Policy");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe");
        Header(page, "X-Frame-Options").ShouldBe("DENY");
        Common(page);
    }

    /// A browser keeps the headers of a 304 as the page's own: revalidating must not swap the policy.
    [Fact]
    public async Task A_revalidated_page_keeps_the_page_policy()
    {
        using var first = await api.SendAsync(HttpMethod.Get, "/judge");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/judge");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var again = await api.Http.SendAsync(request);
        again.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotModified);
        Header(again, "Content-Security-Policy").ShouldBe(Header(first, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_big_screen_may_be_embedded_but_still_runs_only_its_own_scripts()
    {
        using var page = await api.SendAsync(HttpMethod.Get, $"/screen/{Guid.NewGuid()}");
        var csp = Header(page, "Content-Security-Policy");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors *");
        csp.ShouldNotContain("unsafe");
        page.Headers.Contains("X-Frame-Options").ShouldBeFalse();
        Common(page);
    }

    /// A worker's own answer is its policy: the data policy (sandbox, connect-src none) would keep it from fetching the
    /// shell it keeps. It may fetch only from its origin, and the pages may start only workers of their own.
    [Fact]
    public async Task The_tablets_service_worker_fetches_only_from_its_own_origin()
    {
        using var worker = await api.SendAsync(HttpMethod.Get, "/judge-sw.js");
        worker.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        var csp = Header(worker, "Content-Security-Policy");
        csp.ShouldContain("connect-src 'self';");
        csp.ShouldNotContain("sandbox");
        csp.ShouldNotContain("unsafe");
        using var page = await api.SendAsync(HttpMethod.Get, "/judge");
        Header(page, "Content-Security-Policy").ShouldContain("worker-src 'self';");
        Common(worker);
    }

    [Theory]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/api/contests/not-a-contest")]
    [InlineData("POST", "/api/contests")]
    [InlineData("GET", "/qr.svg?text=hello")]
    [InlineData("GET", "/js/dom.js")]
    [InlineData("GET", "/health")]
    [InlineData("DELETE", "/api/judge/me")]
    public async Task Data_answers_are_never_sniffed_framed_or_run(string method, string path)
    {
        using var answer = await api.SendAsync(new HttpMethod(method), path);
        Header(answer, "Content-Security-Policy").ShouldStartWith("default-src 'none'; frame-ancestors 'none'");
        Header(answer, "X-Frame-Options").ShouldBe("DENY");
        Common(answer);
    }

    /// The CSP forbids inline script, inline style and event-handler attributes, so the pages must have none.
    [Theory]
    [InlineData("organizer.html")]
    [InlineData("judge.html")]
    [InlineData("screen.html")]
    [InlineData("statistics.html")]
    public void Pages_have_no_inline_script_style_or_handlers(string page)
    {
        var html = File.ReadAllText(Path.Combine(WebRoot, page));
        Regex.Matches(html, "<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase).ShouldBeEmpty();
        html.ShouldNotContain("<style", Case.Insensitive);
        InlineAttribute().Matches(html).ShouldBeEmpty();
    }

    /// Names and other text reach the DOM as text nodes (dom.js's h() and replace()), never parsed as HTML.
    [Fact]
    public void Page_scripts_never_parse_text_as_html_or_code()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(WebRoot, "js"), "*.js", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(l => HtmlSink().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(WebRoot, l.file)}:{l.i + 1}: {l.line.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty();
    }

    static void Common(HttpResponseMessage answer)
    {
        Header(answer, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(answer, "Referrer-Policy").ShouldBe("no-referrer");
    }

    static string Header(HttpResponseMessage answer, string name) =>
        answer.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|setAttribute\(\s*['""]style")]
    private static partial Regex HtmlSink();
}
