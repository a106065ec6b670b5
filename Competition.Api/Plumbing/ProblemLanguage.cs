using Microsoft.Net.Http.Headers;

namespace Competition.Api.Plumbing;

/// Writes a problem in the language the request asks for (Accept-Language, by q-values, between the two
/// the API speaks): Chinese by <see cref="ProblemTexts"/>, or the English as it was thrown, which is also the
/// answer without the header (clients and contract tests read those texts). Runs for every problem the
/// problem-details service writes: the exception handler's, the middleware's and the endpoints' own.
public static class ProblemLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// The first of the request's languages, by quality (header order among equals), that the API speaks.
    public static string Of(HttpRequest request)
    {
        var best = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0 && (Is(l, "zh") || Is(l, "en")))
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return best is not null && Is(best, "zh") ? Chinese : English;
    }

    public static void Apply(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var language = Of(http.Request);
        http.Response.Headers.ContentLanguage = language;
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        if (language != Chinese) return;

        var problem = context.ProblemDetails;
        problem.Title = ProblemTexts.TitleToChinese(problem.Title) ?? problem.Title;
        if (problem.Extensions.TryGetValue("errors", out var value) && value is IReadOnlyDictionary<string, string[]> errors)
        {
            var english = errors.SelectMany(e => e.Value).ToList();
            var chinese = errors.ToDictionary(e => e.Key, e => e.Value.Select(Sentence).ToArray());
            problem.Extensions["errors"] = chinese;
            // A 400 from RequestCheck carries its field messages joined as the detail: joined again, in Chinese
            // (read whole, the joined English could pass for one message whose hole took the others).
            if (problem.Detail == string.Join(" ", english))
            {
                problem.Detail = Joined(chinese.SelectMany(e => e.Value));
                return;
            }
        }
        if (problem.Detail is not null) problem.Detail = Sentence(problem.Detail);
    }

    static bool Is(Microsoft.Net.Http.Headers.StringWithQualityHeaderValue language, string primary) =>
        language.Value.Equals(primary, StringComparison.OrdinalIgnoreCase)
        || language.Value.StartsWith(primary + "-", StringComparison.OrdinalIgnoreCase);

    /// A Chinese sentence ends with its full stop; an English one left untranslated stays as it was.
    static string Sentence(string english) => ProblemTexts.ToChinese(english) is not { } chinese ? english
        : chinese.EndsWith('。') || chinese.EndsWith('？') || chinese.EndsWith('！') ? chinese : chinese + "。";

    static string Joined(IEnumerable<string> sentences) =>
        sentences.Aggregate("", (text, next) => text.Length == 0 || text.EndsWith('。') ? text + next : text + " " + next);
}
