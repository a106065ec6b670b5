namespace Competition.Domain.Sheets;

/// <summary>Sheet commands name their judge, entry and stage through <see cref="Context"/>.</summary>
public abstract record SheetCommand(SheetContext Context, DateTimeOffset Now);

/// <summary><paramref name="RequestId"/>: the client's Idempotency-Key for this judge action, if it sent one.</summary>
public sealed record AwardMark(SheetContext Context, Guid CriterionId, decimal Points, DateTimeOffset Now, string? RequestId = null)
    : SheetCommand(Context, Now);

public sealed record SubmitSheet(SheetContext Context, DateTimeOffset Now) : SheetCommand(Context, Now);

/// <summary><paramref name="By"/>: the chief judge's id, or the contest id with <paramref name="ByOrganizer"/>.</summary>
public sealed record ReopenSheet(SheetContext Context, string Reason, Guid By, bool ByOrganizer, DateTimeOffset Now)
    : SheetCommand(Context, Now);
