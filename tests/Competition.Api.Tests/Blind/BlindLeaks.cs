using System.Text.RegularExpressions;
using Competition.Api.Tests.Security;
using Competition.Domain;

namespace Competition.Api.Tests.Blind;

/// What the blind-stage test searches every kept answer for: anything that joins a work code to whose work it is.
static partial class BlindLeaks
{
    /// Judge routes name no entry of the category at all; public answers and pushes hold no code or alias; a feed line
    /// that holds a code or alias holds nothing of its entry, and no line holds a practical sheet's real stream id.
    public static void NothingJoins(BlindContest contest, Answers answers, List<BlindStageTests.Code> codes)
    {
        var judges = new[] { contest.PracticalJudgeId, contest.RecusedJudgeId };
        var realSheets = (from j in judges from c in codes select StreamIds.Sheet(Guid.Parse(j), Guid.Parse(c.EntryId), Guid.Parse(contest.Practical)).ToString()).ToList();
        foreach (var (who, what, text) in answers.All)
        {
            var units = who == "feed" ? text.Split('\n') : [text];
            foreach (var unit in units)
            {
                var context = $"{who} {what}: {unit}";
                if (who == "judge")
                {
                    foreach (var c in codes) { unit.ShouldNotContain(c.EntryId, customMessage: context); unit.ShouldNotContain(c.Name, customMessage: context); }
                    Bib().IsMatch(unit).ShouldBeFalse(context);
                }
                if (who is "public" or "hub")
                    foreach (var c in codes) { unit.ShouldNotContain(c.Alias, customMessage: context); unit.ShouldNotContain($"\"{c.WorkCode}\"", customMessage: context); }
                foreach (var c in codes.Where(c => unit.Contains(c.Alias) || unit.Contains($"\"{c.WorkCode}\"")))
                {
                    unit.ShouldNotContain(c.EntryId, customMessage: context);
                    unit.ShouldNotContain(c.Name, customMessage: context);
                    unit.ShouldNotContain($"\"bib\":{c.Bib}", customMessage: context);
                }
                foreach (var sheet in realSheets) unit.ShouldNotContain(sheet, customMessage: context);
            }
        }
    }

    [GeneratedRegex("\"bib\":\\s*\\d")]
    private static partial Regex Bib();
}
