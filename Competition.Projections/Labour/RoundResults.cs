using Competition.Domain;
using Competition.Domain.Entries;
using Competition.Domain.Labour;
using Competition.Projections.Leaderboards;

namespace Competition.Projections.Labour;

/// <summary>One unit of a round as the boards show it: its score and rank, and its assessors' progress.</summary>
public sealed record UnitResult(RankedUnit Ranked, EntryDoc Entry, int AssessorsDone, int AssessorsTotal, Veto? Veto);

/// <summary>A round's units scored and ranked from the category's document with the Domain's rules.</summary>
public static class RoundResults
{
    static readonly Scheme NoScheme = new([], null, new SchemeGates(), 1, Domain.Scoring.AggregationRule.Mean, 0, SeasonRule.Sum);

    public static IReadOnlyList<UnitResult> Of(CategoryDoc doc, RoundDoc round)
    {
        var scheme = doc.Labour.Scheme ?? NoScheme;
        var units = doc.Entries.Values.Where(e => e.Status == EntryStatus.Approved).ToList();
        var assessors = doc.Judges.Values.Select(j => (j.Id, Organization: Organizations.Normalize(j.Organization))).ToList();
        var sheets = doc.Sheets.Values.Where(s => s.StageId == round.Id).ToLookup(s => s.EntryId);
        var progress = new Dictionary<Guid, (int Done, int Total)>();
        var scores = units.Select(unit =>
        {
            var organization = Organizations.Normalize(unit.Organization);
            var panel = assessors.Where(a => a.Organization != organization).Select(a => a.Id).ToHashSet();
            var own = sheets[unit.Id].Where(s => panel.Contains(s.JudgeId)).ToList();
            progress[unit.Id] = (own.Count(s => s.Submitted), panel.Count);
            var marks = new UnitMarks(unit.Id, [.. own.SelectMany(s => s.Marks.Select(m => new ItemValue(s.JudgeId, m.Key, m.Value)))],
                round.Self.GetValueOrDefault(unit.Id), round.Vetoes.ContainsKey(unit.Id));
            return RoundScoring.Score(scheme, marks);
        }).ToList();
        return [.. RoundScoring.Rank(scheme, scores).Select(r => new UnitResult(
            r, doc.Entries[r.Score.EntryId], progress[r.Score.EntryId].Done, progress[r.Score.EntryId].Total,
            round.Vetoes.GetValueOrDefault(r.Score.EntryId)))];
    }
}
