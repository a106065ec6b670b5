using System.Collections.Immutable;

namespace Competition.Domain.Sheets;

public abstract record SheetState
{
    /// <summary>Points by criterion id.</summary>
    public ImmutableDictionary<Guid, decimal> Marks { get; init; } = ImmutableDictionary<Guid, decimal>.Empty;

    /// <summary>The contract's sheet status: "open" or "submitted" (a sheet without marks is open).</summary>
    public string Status => this is Submitted ? "submitted" : "open";

    public sealed record Nonexistent : SheetState;

    public sealed record Open : SheetState;

    public sealed record Submitted : SheetState;
}
