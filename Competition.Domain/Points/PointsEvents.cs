namespace Competition.Domain.Points;

/// <summary>
/// Points granted to an entry for one reason: worth <paramref name="Points"/> (the reason's, per unit, as the table had
/// it when granted) × <paramref name="Quantity"/>. <paramref name="By"/> is "organizer" or the granting judge's id.
/// </summary>
public sealed record PointsGranted(
    Guid GrantId, Guid ContestId, Guid CategoryId, Guid EntryId, Guid ReasonId, string ReasonCode, decimal Points, int Quantity,
    DateOnly OccurredOn, string? Note, string By, DateTimeOffset At);

/// <summary>A grant withdrawn: it counts for nothing from here on, but stays in the log with its reason.</summary>
public sealed record PointsRevoked(
    Guid GrantId, Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, string By, DateTimeOffset At);
