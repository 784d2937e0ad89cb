using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The place a source ranks as where an event struck hardest, told as the subject or complement of its clause rather
/// than after a preposition, and compared across sources as one slot (invented sentences).
/// </summary>
public sealed class RankedPlacesTests
{
    [Theory]
    [InlineData("Worst hit was Dellford Airport, where every morning flight was grounded.", "Dellford Airport")]
    [InlineData("The hardest-hit area was Copley Marsh, council officers said on Tuesday.", "Copley Marsh")]
    [InlineData("Pellow Quay bore the brunt, with several boats torn from their moorings.", "Pellow Quay")]
    [InlineData("The Arden Road allotments were the worst hit, with most sheds flattened.", "Arden Road allotments")]
    public void A_ranked_subject_or_complement_is_where_the_event_struck_hardest(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.HardestHit), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("Dellford Airport was closed for two hours on Monday.")]
    [InlineData("The worst of the storm had passed by midnight.")]
    public void A_name_that_is_not_ranked_is_no_ranked_place(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Frame == EventFrames.HardestHit);
    }

    [Fact]
    public void Each_source_s_ranked_place_fills_one_slot()
    {
        var groups = PlaceConflicts(
            "Flights were cancelled across the region on Monday. Worst hit was Dellford Airport, where queues built up by mid-morning.",
            "The walkout grounded dozens of services on Monday. Harnby Airport bore the brunt, with its terminal almost empty by noon.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
