using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A source that names the event's place only after its lead still fills that place's slot when it names one place of
/// that grain and its sentence shares the act's words (invented sentences).
/// </summary>
public sealed class PlacesPastTheLeadTests
{
    [Fact]
    public void A_single_street_named_past_the_lead_conflicts_with_the_lead_street()
    {
        var groups = PlaceConflicts(
            "A burst water main flooded cellars on Holloway Lane in Dunmarsh on Monday. Engineers worked through the night.",
            "Engineers worked through Monday night in Dunmarsh. The water company apologised. Residents were given bottled water. "
                + "The worst flooding of cellars was on Marsh Street, near the old church.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_street_past_the_lead_of_another_happening_pairs_with_nothing()
    {
        var groups = PlaceConflicts(
            "A burst water main flooded cellars on Holloway Lane in Dunmarsh on Monday. Engineers worked through the night.",
            "Engineers worked through Monday night in Dunmarsh. The water company apologised. Residents were given bottled water. "
                + "The mayor will open a new library on Marsh Street next spring.");

        Assert.Empty(groups);
    }
}
