namespace Competition.Domain.Points;

/// <summary>One grant's stream: nothing yet, or granted (and perhaps revoked).</summary>
public abstract record GrantState
{
    public sealed record Nonexistent : GrantState;

    public sealed record Granted(PointsGranted Grant, bool Revoked) : GrantState;
}
