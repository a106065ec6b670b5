namespace Competition.Domain.Points;

public abstract record GrantCommand(Guid GrantId, DateTimeOffset Now);

/// <summary>The caller builds <paramref name="Context"/> from the contest and entry streams (<see cref="GrantContext.From"/>).</summary>
public sealed record GrantPoints(
    Guid GrantId, GrantContext Context, int Quantity, DateOnly OccurredOn, string? Note, DateTimeOffset Now)
    : GrantCommand(GrantId, Now);

/// <summary><paramref name="ContestFinished"/> and <paramref name="ContestId"/> come from the route's contest.</summary>
public sealed record RevokePoints(Guid GrantId, Guid ContestId, bool ContestFinished, string Reason, DateTimeOffset Now)
    : GrantCommand(GrantId, Now);
