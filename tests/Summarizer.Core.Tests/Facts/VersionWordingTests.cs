using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A side of a disagreement cites only the sources that write its figure as shown: sources whose figures agree but are
/// written differently (a round "about 400" and a precise 409) are shown apart, each with its own citation, so every
/// citation holds the figure the reader sees. Every sentence is invented.
/// </summary>
public sealed class VersionWordingTests
{
    [Fact]
    public void Agreeing_figures_written_differently_are_shown_apart_each_citing_its_own_sources()
    {
        var groups = Align(
            "The fire at the paint works injured about 400 people, the provincial governor said.",
            "The fire at the paint works injured 409 people, hospital officials said.",
            "The fire at the paint works injured 610 people, a local charity said.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(3, shown.Claims.Count);
        Assert.Equal([1], Assert.Single(shown.Claims, c => c.Text.Contains("400", StringComparison.Ordinal)).Sources);
        Assert.Equal([2], Assert.Single(shown.Claims, c => c.Text.Contains("409", StringComparison.Ordinal)).Sources);
        Assert.Equal([3], Assert.Single(shown.Claims, c => c.Text.Contains("610", StringComparison.Ordinal)).Sources);
    }

    [Fact]
    public void Figures_written_alike_stay_one_side_citing_all_their_sources()
    {
        var groups = Align(
            "The fire at the paint works killed 43 people, the provincial governor said.",
            "The fire at the paint works killed forty-three people, hospital officials said.",
            "The fire at the paint works killed 61 people, a local charity said.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(2, shown.Claims.Count);
        Assert.Equal([1, 2], shown.Claims[0].Sources);
    }
}
