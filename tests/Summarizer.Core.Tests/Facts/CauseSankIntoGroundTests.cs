using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A support that "sank into" the ground under it gave way as a part that failed does: told in a reported clause
/// ("workers said an outrigger leg sank into soft ground") it is the outlet's cause. A thing that sank into the sea or
/// anything but ground is no support giving way, and is not read.
/// </summary>
public sealed class CauseSankIntoGroundTests
{
    [Theory]
    [InlineData("Workers at the site said an outrigger leg sank into soft ground and tipped the boom over.", "an outrigger leg sank into soft ground")]
    [InlineData("The crane toppled when a stabiliser foot sank into the mud.", "a stabiliser foot sank into the mud")]
    [InlineData("Engineers believe the rear footing had sunk into the soil.", "the rear footing had sunk into the soil")]
    public void A_support_that_sank_into_the_ground_is_read_as_a_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }

    [Theory]
    [InlineData("Divers said the trawler sank into deep water within minutes.")]
    [InlineData("Residents said the town sank into gloom after the closure.")]
    public void Sinking_into_anything_but_ground_is_no_cause(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }

    [Fact]
    public void A_sunk_support_and_a_blamed_part_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "A concrete pump boom fell onto a house on Tuesday. Workers at the site said an outrigger leg sank into soft ground and tipped the boom over.",
            "A concrete pump boom fell onto a house on Tuesday. A burst hydraulic hose is being blamed for the collapse of the boom."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()).OrderBy(s => s[0]));
    }
}
