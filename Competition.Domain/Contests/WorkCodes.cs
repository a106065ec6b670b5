using System.Text;

namespace Competition.Domain.Contests;

/// <summary>
/// Work codes (成果号) of a blind stage: the entries in the order <see cref="LotDrawing"/> draws them from the
/// stage's own seed, numbered C001, C002…; independent of the bibs, which come from another seed. Each entry's
/// alias is derived from the same secret seed, so it reveals nothing while the seed is secret and re-checks with it.
/// </summary>
public static class WorkCodes
{
    public static IReadOnlyList<WorkCode> Draw(string seed, Guid stageId, IEnumerable<Guid> entryIds)
    {
        var drawn = LotDrawing.Draw(seed, entryIds);
        var digits = Math.Max(3, drawn.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return [.. drawn.Select(d => new WorkCode(d.EntryId, "C" + d.Bib.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture),
            Alias(seed, stageId, d.EntryId)))];
    }

    /// <summary>The seed a stage's codes are drawn from: the draw's secret and the stage, so two blind stages differ.</summary>
    public static string StageSeed(string secret, Guid stageId) => $"{secret}/{stageId:N}";

    static Guid Alias(string seed, Guid stageId, Guid entryId) =>
        StreamIds.Version8(Encoding.UTF8.GetBytes($"work-code-alias\n{seed}\n{stageId:N}\n{entryId:N}"));
}
