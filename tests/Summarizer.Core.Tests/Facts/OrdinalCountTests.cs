using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>"A third man has been arrested": an ordinal that counts what an event happened to is a count that has grown.</summary>
public sealed class OrdinalCountTests
{
    [Fact]
    public void An_ordinal_of_people_an_event_happened_to_is_a_changed_count()
    {
        var fact = Assert.Single(Read("A fourth climber has died on the Kelso ridge, mountain rescuers said."), f => f.Value.Kind == ValueKind.Count);

        Assert.Equal(4, fact.Value.Range.Low);
        Assert.Equal("deaths", fact.Frame);
        Assert.True(fact.UpdateWording);
    }

    [Theory]
    [InlineData("Search teams returned to the Kelso ridge for a third day on Monday.")]
    [InlineData("It was the second time the ferry had been cancelled this month.")]
    public void An_ordinal_of_days_or_times_is_no_count(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Count);

    [Fact]
    public void A_later_ordinal_updates_a_count_its_own_source_repeats_as_history()
    {
        var groups = Align(
            "Two climbers died on the Kelso ridge on Saturday, mountain rescuers said.",
            "A third climber has died on the Kelso ridge, mountain rescuers said. The two climbers who died on Saturday were named by police.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups, g => g.Versions[0].First.Value.Kind == ValueKind.Count)));
    }

    [Fact]
    public void An_ordinal_count_is_shown_with_the_count_it_gives()
    {
        var groups = Align(
            "Two climbers died on the Kelso ridge on Saturday, mountain rescuers said.",
            "A third climber has died on the Kelso ridge, mountain rescuers said.");

        var shown = Assert.Single(FactDisagreements.From(groups), d => d.Item.Claims.Any(c => c.Text.Contains("third", StringComparison.Ordinal))).Item;
        Assert.Contains(shown.Claims, c => c.Text == "A third climber (3 in all)");
        Assert.Contains(shown.Claims, c => c.Text == "Two climbers");
    }

    [Fact]
    public void A_cardinal_count_is_shown_as_written()
    {
        var groups = Align(
            "Two climbers died on the Kelso ridge on Saturday, mountain rescuers said.",
            "Three climbers died on the Kelso ridge on Saturday, mountain rescuers said.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.DoesNotContain(shown.Claims, c => c.Text.Contains("in all", StringComparison.Ordinal));
    }
}
