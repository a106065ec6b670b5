namespace Competition.Domain.Scoring;

/// <summary>The contract's only rounding: half away from zero to 2 decimals.</summary>
public static class Rounding
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static int RoundToInt(decimal value) => (int)Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
