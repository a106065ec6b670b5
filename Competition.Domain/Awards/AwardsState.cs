using System.Collections.Immutable;

namespace Competition.Domain.Awards;

public sealed record Appeal(Guid Id, Guid EntryId, bool Open, bool? Upheld);

public abstract record AwardsState
{
    /// <summary>Appeals survive a withdrawn proposal so that open ones still have to be resolved.</summary>
    public ImmutableDictionary<Guid, Appeal> Appeals { get; init; } = ImmutableDictionary<Guid, Appeal>.Empty;

    /// <summary>Ids of the events this stream already reacted to.</summary>
    public ImmutableHashSet<Guid> Reactions { get; init; } = ImmutableHashSet<Guid>.Empty;

    /// <summary>The latest review sample (复核), kept through the proposal's states.</summary>
    public ReviewState? Review { get; init; }

    /// <summary>A hidden board's reveal so far.</summary>
    public RevealState Reveal { get; init; } = RevealState.None;

    /// <summary>The contract's status: "none", "proposed", "notice" or "confirmed".</summary>
    public abstract string Status { get; }

    public bool HasOpenAppeal => Appeals.Values.Any(a => a.Open);

    public sealed record None : AwardsState
    {
        public override string Status => "none";
    }

    public sealed record Proposed(IReadOnlyList<ProposedAward> Awards) : AwardsState
    {
        public override string Status => "proposed";
    }

    public sealed record UnderNotice(IReadOnlyList<ProposedAward> Awards, DateTimeOffset EndsAt) : AwardsState
    {
        public override string Status => "notice";
    }

    public sealed record Confirmed(IReadOnlyList<ProposedAward> Awards, ImmutableHashSet<Guid> Revoked) : AwardsState
    {
        public override string Status => "confirmed";

        /// <summary>What the honour rules granted on confirmation, and the entries whose honours were revoked since.</summary>
        public ImmutableList<GrantedHonour> Honours { get; init; } = [];
        public ImmutableHashSet<Guid> HonoursRevoked { get; init; } = [];

        public bool HasHonours(Guid entryId) => !HonoursRevoked.Contains(entryId) && Honours.Any(h => h.EntryId == entryId);
    }
}

/// <summary>How far a hidden board's reveal has got.</summary>
public sealed record RevealState(ImmutableList<EntryRevealed> Steps, bool Published)
{
    public static readonly RevealState None = new([], false);
}
