namespace Competition.Domain.Tests.Scoring;

public class RoundingTests
{
    [Theory]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("2.6749999", "2.67")]
    [InlineData("80.005", "80.01")]
    [InlineData("99.995", "100.00")]
    [InlineData("0.004", "0.00")]
    public void Rounding_is_half_away_from_zero_to_two_decimals(string value, string expected) =>
        Rounding.Round2(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Thirds_round_to_two_decimals()
    {
        Rounding.Round2(1m / 3).ShouldBe(0.33m);
        Rounding.Round2(2m / 3).ShouldBe(0.67m);
        Rounding.Round2(161m / 3).ShouldBe(53.67m);
    }

    [Theory]
    [InlineData("0.5", 1)]
    [InlineData("1.5", 2)]
    [InlineData("2.5", 3)]
    [InlineData("2.4", 2)]
    public void Tier_sizes_round_half_away_from_zero_too(string value, int expected) =>
        Rounding.RoundToInt(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
