namespace Competition.Domain.Awards;

/// <summary>
/// One step of a hidden board's reveal (揭晓), from the last place up: step <paramref name="Step"/> of
/// <paramref name="Of"/> shows this entry's rank and total, and the tier the award policy gives it (null when none).
/// </summary>
public sealed record EntryRevealed(
    Guid AwardsId, Guid ContestId, Guid CategoryId, int Step, int Of, Guid EntryId, int Rank, decimal Total, string? Tier,
    DateTimeOffset At);

/// <summary>Every entry of the hidden board is revealed: it is public from here on, and awards can be proposed.</summary>
public sealed record BoardPublished(Guid AwardsId, Guid ContestId, Guid CategoryId, int Revealed, DateTimeOffset At);
