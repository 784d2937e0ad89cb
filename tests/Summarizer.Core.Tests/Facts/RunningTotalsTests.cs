using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A running total told "so far", "to date" or "thus far" is the figure at the hour of its report: a later report's
/// new total is the count moved on (an update), not a conflict with the earlier one.
/// </summary>
public sealed class RunningTotalsTests
{
    [Theory]
    [InlineData("The appeal has so far raised £95,000, much of it in small gifts.")]
    [InlineData("The fund has raised £12,000 to date.")]
    [InlineData("Volunteers have thus far collected 300 signatures.")]
    public void A_running_total_is_worded_as_a_figure_that_moves(string sentence) =>
        Assert.True(ReportWording.WordsARunningTotal(new Words(sentence)));

    [Fact]
    public void A_total_so_far_is_read_as_worded_to_change() =>
        Assert.True(Value("The appeal has so far raised £95,000, much of it in small gifts.").UpdateWording);

    [Fact]
    public void An_age_so_far_is_no_running_total() =>
        Assert.False(Assert.Single(Read("The youngest person treated so far is a five-year-old girl."), f => f.Value.Kind == ValueKind.Age).UpdateWording);

    [Fact]
    public void A_later_total_so_far_updates_an_earlier_one()
    {
        var groups = Align(
            "An appeal launched after the chapter meeting has already raised £40,000 for the bell.",
            "The appeal for the bell has so far raised £95,000, much of it in small gifts.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Money))));
    }

    [Fact]
    public void Two_totals_without_wording_of_a_running_count_still_conflict()
    {
        var groups = Align(
            "An appeal launched after the chapter meeting raised £40,000 for the bell.",
            "The appeal for the bell raised £95,000, much of it in small gifts.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Update);
    }
}
