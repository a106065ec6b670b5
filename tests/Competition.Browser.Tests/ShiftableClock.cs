namespace Competition.Browser.Tests;

/// <summary>The API's clock, movable forward so a test can let a public notice (at least a day) run out.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
