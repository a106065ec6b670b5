using System.Collections.Immutable;

namespace Competition.Domain.Labour;

/// <summary>A veto as recorded: which veto item, and why.</summary>
public sealed record Veto(Guid ItemId, string Reason);

public sealed record RoundState(Guid Id, Guid CategoryId, string Name, DateOnly StartsOn, DateOnly EndsOn, RoundStatus Status)
{
    public ImmutableDictionary<Guid, IReadOnlyDictionary<Guid, decimal>> Self { get; init; } =
        ImmutableDictionary<Guid, IReadOnlyDictionary<Guid, decimal>>.Empty;
    public ImmutableDictionary<Guid, Veto> Vetoes { get; init; } = ImmutableDictionary<Guid, Veto>.Empty;
    public IReadOnlyList<Guid> Holders { get; init; } = [];

    public bool IsOpen => Status == RoundStatus.Open;

    public bool Overlaps(DateOnly startsOn, DateOnly endsOn) => startsOn <= EndsOn && StartsOn <= endsOn;
}
