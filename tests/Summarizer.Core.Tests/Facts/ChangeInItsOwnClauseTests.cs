using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A word of change ("now", "has risen to", "has since") lets two figures many times apart be one figure that moved on,
/// but only the figure in whose clause it stands: a span or a sum set beside it in a clause of its own ("..., two days
/// after the vote") did not change, and stays as far from another outlet's figure as it is.
/// </summary>
public sealed class ChangeInItsOwnClauseTests
{
    [Theory]
    [InlineData("The appeal has now raised £12,000, three weeks after the flood.", "three weeks")]
    [InlineData("The death toll has risen to 31, four days after the earthquake struck.", "four days")]
    [InlineData("Ferries are now running again, five days after the storm cut the island off.", "five days")]
    public void A_figure_in_another_clause_than_the_change_word_is_not_worded_as_changed(string sentence, string text)
    {
        var fact = Assert.Single(FactTestKit.Read(sentence), f => f.Text == text);

        Assert.True(fact.UpdateWording); // the sentence still reports a change
        Assert.False(fact.ChangeWordedOfIt);
    }

    [Theory]
    [InlineData("The appeal has now raised £12,000, three weeks after the flood.", "£12,000")]
    [InlineData("The number of complaints has risen to 340, a month since the road closed.", "340")]
    [InlineData("Officials said the search had now lasted 30 hours.", "30 hours")]
    public void The_figure_in_the_clause_of_the_change_word_is_worded_as_changed(string sentence, string text)
    {
        var fact = Assert.Single(FactTestKit.Read(sentence), f => f.Text.Contains(text, StringComparison.Ordinal));

        Assert.True(fact.ChangeWordedOfIt);
    }

    [Fact]
    public void A_span_beside_another_figures_change_does_not_meet_a_span_many_times_shorter()
    {
        var groups = FactTestKit.Align(
            "Visitors to Fenwick hospital will pay £3 to park for up to three hours under the new parking scheme.",
            "A petition against the Fenwick hospital parking scheme has now passed 4,000 names, three weeks after the board backed it.");

        Assert.DoesNotContain(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Duration));
    }
}
