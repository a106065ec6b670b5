using System.Collections.Immutable;

namespace Competition.Domain.Sheets;

public abstract record SheetState
{
    /// <summary>Points by criterion id.</summary>
    public ImmutableDictionary<Guid, decimal> Marks { get; init; } = ImmutableDictionary<Guid, decimal>.Empty;

    /// <summary>Idempotency keys of the marks written, so a late or repeated resend of one changes nothing.</summary>
    public ImmutableHashSet<string> Requests { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The contract's sheet status: "open" or "submitted" (a sheet without marks is open).</summary>
    public string Status => this is Submitted ? "submitted" : "open";

    public sealed record Nonexistent : SheetState;

    public sealed record Open : SheetState;

    public sealed record Submitted : SheetState;
}
