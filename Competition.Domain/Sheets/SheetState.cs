using System.Collections.Immutable;

namespace Competition.Domain.Sheets;

public abstract record SheetState
{
    /// <summary>Points by criterion id.</summary>
    public ImmutableDictionary<Guid, decimal> Marks { get; init; } = ImmutableDictionary<Guid, decimal>.Empty;

    /// <summary>Idempotency keys of the marks written, with the mark each was for: a late or repeated resend of one
    /// changes nothing, and the same key sent with another mark is refused rather than taken for a resend.</summary>
    public ImmutableDictionary<string, (Guid CriterionId, decimal Points)> Requests { get; init; } =
        ImmutableDictionary<string, (Guid CriterionId, decimal Points)>.Empty;

    /// <summary>The contract's sheet status: "open" or "submitted" (a sheet without marks is open).</summary>
    public string Status => this is Submitted ? "submitted" : "open";

    public sealed record Nonexistent : SheetState;

    public sealed record Open : SheetState;

    public sealed record Submitted : SheetState;
}
