using System.Text.RegularExpressions;

namespace Competition.Api.Plumbing;

/// Problem texts in Chinese without touching the throw sites: the messages are English sentences with
/// values in them, so each catalogue entry is an English template whose named holes become lazy groups
/// of an anchored regex (built once), and a message takes the Chinese of the first template it matches
/// whole, with the values put back. A message no template matches has no Chinese and stays English.
public static class ProblemTexts
{
    /// A title of a problem, a message (a detail or a field's), or a text of ASP.NET or System.Text.Json.
    public enum Kind { Title, Message, Framework }

    public sealed record Template(string English, string Chinese, Kind Kind)
    {
        internal Regex Pattern { get; } = Compile(English);
    }

    static readonly Regex Hole = new(@"\{(\w+)\}", RegexOptions.CultureInvariant);

    /// The Domain's before the requests' and fields': "{field} is required" must not take a more specific sentence.
    public static IReadOnlyList<Template> All { get; } =
    [
        .. Of(Kind.Title, ProblemTextsZhCn.Titles, ProblemTextsZhCn.LabourTitles),
        .. Of(Kind.Message, ProblemTextsZhCn.Contests, ProblemTextsZhCn.Entries, ProblemTextsZhCn.Sheets,
            ProblemTextsZhCn.Awards, ProblemTextsZhCn.Review, ProblemTextsZhCn.Labour, ProblemTextsZhCn.Points, ProblemTextsZhCn.ContestSystem, ProblemTextsZhCn.Promotion, ProblemTextsZhCn.Honours, ProblemTextsZhCn.Requests, ProblemTextsZhCn.Fields),
        .. Of(Kind.Framework, ProblemTextsZhCn.Framework),
    ];

    /// The Chinese of an English detail or field message, or null when no template matches it.
    public static string? ToChinese(string? english) => Translate(english, Kind.Message);

    /// The Chinese of a title: a title says what happened, the detail what to do ("Contest not found" is both).
    public static string? TitleToChinese(string? english) => Translate(english, Kind.Title);

    /// The template a message (or a title) is read by: for the tests, which one takes a sentence.
    public static Template? TemplateOf(string english, Kind kind = Kind.Message) => Find(english, kind)?.Template;

    static string? Translate(string? english, Kind kind) =>
        english is null || Find(english, kind) is not { } found ? null : Fill(found.Template, found.Match);

    static (Template Template, Match Match)? Find(string english, Kind kind)
    {
        foreach (var template in All)
            if (template.Kind == kind || template.Kind == Kind.Framework)
                if (template.Pattern.Match(english) is { Success: true } match) return (template, match);
        return null;
    }

    static string Fill(Template template, Match match) => Hole.Replace(template.Chinese, hole =>
    {
        var name = hole.Groups[1].Value;
        var value = match.Groups[name].Value;
        return ProblemTextsZhCn.Words.TryGetValue(name, out var words) && words.TryGetValue(value, out var word) ? word : value;
    });

    static IEnumerable<Template> Of(Kind kind, params string[][][] tables) =>
        tables.SelectMany(table => table).Select(pair => Checked(new Template(pair[0], pair[1], kind)));

    // A Chinese hole the English lacks would be left as "{name}" in front of a reader: refused at start-up.
    static Template Checked(Template template)
    {
        var english = Hole.Matches(template.English).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match hole in Hole.Matches(template.Chinese))
            if (!english.Contains(hole.Groups[1].Value))
                throw new InvalidOperationException($"The Chinese of \"{template.English}\" names a hole {hole.Value} its English has not.");
        return template;
    }

    static Regex Compile(string english)
    {
        var pattern = string.Join("", Hole.Split(english).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : $"(?<{part}>.+?)"));
        return new Regex($"^{pattern}$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
