using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A passage that carries a figure another independent source gives, and no new figure of its own, shows that source's
/// fact as this one's: it is not listed as one source's, on invented stories.
/// </summary>
public sealed class SingleSourceStatedFigureTests
{
    private static readonly DateTimeOffset Published = new(2026, 4, 11, 20, 0, 0, TimeSpan.Zero);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryTexts.Analyze(Published, texts);

    [Fact]
    public void A_figure_free_clause_joined_to_a_corroborated_sum_is_not_listed()
    {
        var result = Analyze(
            "Hackers locked the booking systems of the Vessel Lines ferry company on Tuesday. The gang wants 3.2 million euros, and it has posted samples of passenger records on a site run from abroad. Sailings continued.",
            "Vessel Lines has been hit by a cyber attack that froze its bookings. The attackers are demanding €3.2m, the company said. Passengers were told to arrive early.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("3.2", StringComparison.Ordinal));
    }
}
