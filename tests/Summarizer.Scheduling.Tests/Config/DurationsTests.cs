using Summarizer.Scheduling.Config;

namespace Summarizer.Scheduling.Tests.Config;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("24h", 24 * 60)]
    [InlineData("90m", 90)]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("1h30m", 90)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData(" 45M ", 45)]
    public void Parses_durations(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Durations.Parse(text));

    [Fact]
    public void Parses_seconds() => Assert.Equal(TimeSpan.FromSeconds(90), Durations.Parse("1m30s"));

    [Theory]
    [InlineData("", "required")]
    [InlineData("24", "not a duration")]
    [InlineData("h", "not a duration")]
    [InlineData("1.5h", "not a duration")]
    [InlineData("30m1h", "largest first")]
    [InlineData("1h1h", "largest first")]
    [InlineData("3w", "not a duration")]
    [InlineData("0h", "longer than zero")]
    [InlineData("-1h", "not a duration")]
    [InlineData("999999999d", "too large")]
    public void Rejects_bad_durations(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Durations.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
