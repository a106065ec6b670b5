using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Labour;
using Competition.Projections.Contests;
using Competition.Projections.Labour;

namespace Competition.Projections.Judging;

/// <summary>A labour contest's assignment: one unit in one round, named (units are assessed on site, not by bib), with
/// the category's scheme grouped by block (and its bonus cap, for the tablet's running total) and the assessor's sheet.</summary>
public sealed record RoundAssignment(
    Guid RoundId, string RoundName, RoundStatus RoundStatus, Guid CategoryId, Guid EntryId, string Name, string Organization,
    IReadOnlyList<SchemeBlockView> Blocks, decimal? BonusCap, SheetView Sheet);

public static class RoundAssignments
{
    /// <summary>Each round that has opened (planned ones are not assessed yet) × the approved units of the assessor's
    /// categories they are not recused from, units by name.</summary>
    public static IEnumerable<(CategoryView Category, RoundView Round, EntryLine Entry)> Places(ContestView contest, JudgeView assessor)
    {
        var judge = new JudgeState(assessor.Id, assessor.Name, assessor.Organization, assessor.CategoryIds, assessor.StageIds, assessor.Chief);
        foreach (var category in judge.CategoryIds.Select(contest.Category).OfType<CategoryView>().Where(c => c.Scheme is not null))
        {
            var units = category.Entries.Where(e => e.Status == EntryStatus.Approved && !judge.IsRecusedFrom(e.Organization))
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var round in category.Rounds.Where(r => r.Status != RoundStatus.Planned))
                foreach (var unit in units) yield return (category, round, unit);
        }
    }

    public static RoundAssignment Of(CategoryView category, RoundView round, EntryLine unit, SheetView sheet) =>
        new(round.Id, round.Name, round.Status, category.Id, unit.Id, unit.Name, unit.Organization, category.Scheme!.Blocks, category.Scheme.BonusCap, sheet);
}
