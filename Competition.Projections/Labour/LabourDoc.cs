using Competition.Domain.Labour;

namespace Competition.Projections.Labour;

/// <summary>A labour category's part of its <see cref="Leaderboards.CategoryDoc"/>: the scheme, the rounds with their
/// self-assessments and vetoes. The assessors' sheets are the document's sheets, a round's id in place of a stage's.</summary>
public sealed class LabourDoc
{
    public Scheme? Scheme { get; set; }
    /// <summary>In the order they were added.</summary>
    public List<RoundDoc> Rounds { get; set; } = [];
    /// <summary>The last event that shaped the season standings.</summary>
    public long StandingsSequence { get; set; }

    public bool Any => Scheme is not null || Rounds.Count > 0;

    public RoundDoc? Round(Guid roundId) => Rounds.Find(r => r.Id == roundId);

    /// <summary>Published rounds in date order: the order the flag passed in.</summary>
    public IEnumerable<RoundDoc> Published => Rounds.Where(r => r.Status == RoundStatus.Published).OrderBy(r => r.StartsOn);
}

public sealed class RoundDoc
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public RoundStatus Status { get; set; }
    /// <summary>Self-assessments by entry, then item.</summary>
    public Dictionary<Guid, Dictionary<Guid, decimal>> Self { get; set; } = [];
    public Dictionary<Guid, Veto> Vetoes { get; set; } = [];
    public List<Guid> Holders { get; set; } = [];
    /// <summary>The last event that shaped this round's board.</summary>
    public long Sequence { get; set; }
}
