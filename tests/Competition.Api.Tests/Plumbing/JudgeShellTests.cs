using System.Text.RegularExpressions;
using Competition.TestSupport;

namespace Competition.Api.Tests.Plumbing;

/// The judge tablet's service worker keeps a list of the page's files for reloads without a connection: a file the page
/// loads that is missing from it would leave the offline tablet blank, so the list is held to what the page loads.
public sealed partial class JudgeShellTests
{
    static readonly string WebRoot = Path.Combine(RepositoryRoot.Find(), "Competition.Api", "wwwroot");

    [Fact]
    public void The_service_worker_keeps_every_file_the_judge_page_loads_and_nothing_of_the_api()
    {
        var shell = Quoted().Matches(Between(File.ReadAllText(Path.Combine(WebRoot, "judge-sw.js")), "const SHELL = [", "];"))
            .Select(m => m.Groups[1].Value).ToHashSet();
        var loaded = new HashSet<string> { "/judge" };
        var pending = new Queue<string>(Linked().Matches(File.ReadAllText(Path.Combine(WebRoot, "judge.html"))).Select(m => m.Groups[1].Value));
        while (pending.TryDequeue(out var path))
        {
            if (!loaded.Add(path) || !path.EndsWith(".js", StringComparison.Ordinal)) continue;
            var folder = Path.GetDirectoryName(path)!.Replace('\\', '/');
            foreach (Match import in Imported().Matches(File.ReadAllText(Path.Combine(WebRoot, path.TrimStart('/')))))
                pending.Enqueue(Path.GetFullPath(Path.Combine(folder, import.Groups[1].Value), "/").Replace('\\', '/'));
        }
        loaded.Count.ShouldBeGreaterThan(10); // the walk found the modules, not just the page
        shell.ShouldBe(loaded, ignoreOrder: true);
        shell.ShouldNotContain(p => p.StartsWith("/api/") || p.StartsWith("/hubs/"));
    }

    static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("'(/[^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("(?:src|href)=\"(/[^\"]+)\"")]
    private static partial Regex Linked();

    [GeneratedRegex("""^import [^;]*? from '(\.{1,2}/[^']+)';""", RegexOptions.Multiline)]
    private static partial Regex Imported();
}
