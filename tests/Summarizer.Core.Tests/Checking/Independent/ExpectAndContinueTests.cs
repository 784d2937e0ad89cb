using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// News says what is looked for ahead as expected, forecast, predicted or anticipated, and that a state goes on as
/// continuing, persisting, staying or remaining: each is the other's word. Every sentence is invented.
/// </summary>
public class ExpectAndContinueTests
{
    [Theory]
    [InlineData("Forecasters predict the drought will persist.", "The drought is expected to continue.")]
    [InlineData("Officials anticipate that the closures will remain in place.", "The closures are expected to stay.")]
    [InlineData("Prices are forecast to remain high.", "Prices are expected to stay high.")]
    public void Expecting_and_continuing_are_worded_either_way(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Prices are forecast to fall.", "Prices are expected to stay high.")]
    [InlineData("Forecasters predict the drought will end soon.", "The drought is expected to continue for months.")]
    public void What_is_expected_must_still_be_what_the_source_says(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
