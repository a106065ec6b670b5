using System.Text;
using System.Text.RegularExpressions;
using Competition.TestSupport;

namespace Competition.Api.Tests.Plumbing;

/// The problem texts written in the Domain's and the Api's sources: the string literals (interpolated
/// ones with each hole filled by "1", adjacent literals joined by +) of every call that throws or collects a
/// refusal, and of the exception handler's table of titles. A literal without a space is a field name or a
/// code, not a sentence, and is left out.
public static class SourceMessages
{
    public const string HoleValue = "1";

    static readonly Regex Calls = new(
        @"(?<![\w.])(?:Required|Invalid|Conflict|Fail(?:<[^(]*>)?|RefusalAsync)\(|\.(?:Rule|RequireChiefOf)\(|problems\.Add\(|errors\[[^\]]*\] = \["
        + @"|new\s+(?:[\w.]+\.)?(?:RuleViolation|NotFound|InvalidCommand|NotAllowed|Unauthenticated|ReadBehind)\(|Problem\(|ProblemJsonFallback\.WriteAsync\("
        + @"|const string \w+Rule = |=> \((?:\d{3}|x\.StatusCode), ");

    public static IReadOnlyList<(string File, string Message)> All()
    {
        var root = RepositoryRoot.Find();
        var found = new List<(string, string)>();
        foreach (var project in new[] { "Competition.Domain", "Competition.Api" })
            foreach (var path in Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (relative.Contains("/Internal/") || relative.Contains("/obj/") || relative.Contains("/bin/") || relative.Contains("/ProblemTexts")) continue;
                var source = File.ReadAllText(path);
                foreach (Match call in Calls.Matches(source))
                    foreach (var message in Literals(source, call.Index + call.Length).Where(m => m.Contains(' ')))
                        found.Add((relative, message));
            }
        return found;
    }

    /// The literals of one call's arguments, from just after its opening up to its end (a closing bracket,
    /// or a ';' for a constant); literals joined by '+' are one text.
    static List<string> Literals(string source, int at)
    {
        var texts = new List<string>();
        var depth = 1;
        StringBuilder? current = null;
        for (var i = at; i < source.Length && depth > 0;)
        {
            var c = source[i];
            if (c == '"' || (c == '$' && source[i + 1] == '"'))
            {
                var (text, end) = Literal(source, i);
                (current ??= new()).Append(text);
                i = end;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ';') depth = 0;
            if (current is not null && c is not (' ' or '+' or '\n' or '\r' or '\t'))
            {
                texts.Add(current.ToString());
                current = null;
            }
            i++;
        }
        if (current is not null) texts.Add(current.ToString());
        return texts;
    }

    /// A regular or interpolated literal starting at <paramref name="at"/>: its text (escapes read, holes as
    /// <see cref="HoleValue"/>) and where it ends.
    static (string Text, int End) Literal(string source, int at)
    {
        var interpolated = source[at] == '$';
        var i = at + (interpolated ? 2 : 1);
        var text = new StringBuilder();
        while (source[i] != '"')
        {
            var c = source[i];
            if (c == '\\')
            {
                text.Append(source[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
            }
            else if (interpolated && c is '{' or '}' && source[i + 1] == c) { text.Append(c); i += 2; }
            else if (interpolated && c == '{') { i = HoleEnd(source, i); text.Append(HoleValue); }
            else { text.Append(c); i++; }
        }
        return (text.ToString(), i + 1);
    }

    /// Past the '}' that closes the hole opened at <paramref name="at"/>; a hole may hold literals and brackets of its own.
    static int HoleEnd(string source, int at)
    {
        var depth = 0;
        for (var i = at; ;)
        {
            var c = source[i];
            if (c == '"' || (c == '$' && source[i + 1] == '"')) { i = Literal(source, i).End; continue; }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            i++;
            if (depth == 0) return i;
        }
    }
}
