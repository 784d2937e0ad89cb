using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A later report that tells where a figure moved to is an update of the earlier figure, not a conflict with it: a fall
/// told as a rise is ("have fallen to"), a market's close with its move ("closed 1.2 per cent higher"), and a figure its
/// own clause moves past the others ("doubled the reward to £20,000").
/// </summary>
public sealed class FiguresMovedOnTests
{
    [Theory]
    [InlineData("Calls to the helpline have dropped to 50 a day.")]
    [InlineData("Bookings have fallen to 300, the organisers said.")]
    [InlineData("Attendance has dropped to 40 a week.")]
    public void A_fall_is_worded_as_a_change_as_a_rise_is(string sentence) =>
        Assert.True(ReportWording.WordsAChange(new Words(sentence)));

    [Fact]
    public void A_fall_by_an_amount_over_a_period_is_no_change_to_a_figure() =>
        Assert.False(ReportWording.WordsAChange(new Words("Print sales have fallen by 41% over the last five years.")));

    [Theory]
    [InlineData("Shares in Brantel Foods closed 1.2 per cent higher as investors cheered the merger.", true)]
    [InlineData("The index ended 4.1% lower on Tuesday.", true)]
    [InlineData("Four of them were in the end treated for the cold.", false)]
    [InlineData("The museum closed 2 galleries for repairs.", false)]
    [InlineData("The strike ended after 3 days when both sides agreed to talks.", false)]
    public void A_figure_told_as_where_it_ended_up_is_read_as_final(string sentence, bool final) =>
        Assert.Equal(final, ReportWording.WordsAFinalFigure(new Words(sentence)));

    [Fact]
    public void A_close_with_its_move_updates_a_morning_figure_of_the_same_day()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "OSLOVIA, Tuesday 3 March 2026 - Shares in Brantel Foods rose 0.5% in morning trading after the merger news.")),
            FactExtractor.Extract(Article(2, "OSLOVIA, Tuesday 3 March 2026 - Shares in Brantel Foods closed 1.2 per cent higher as investors cheered the merger.")),
        ]);

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_date_in_a_sentence_with_a_close_is_not_read_as_moved()
    {
        var date = Assert.Single(Read("Shares closed 3% higher on Tuesday."), f => f.Value.Kind == ValueKind.Date);

        Assert.False(date.UpdateWording);
        Assert.False(date.NewerReportWording);
    }

    [Fact]
    public void A_figure_its_own_clause_moves_past_the_earlier_one_updates_it()
    {
        var groups = Align(
            "Police are offering a reward of £10,000 for information about the escaped prisoner.",
            "The escaped prisoner was caught last night, hours after police doubled the reward for information to £20,000.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Money))));
    }

    [Fact]
    public void A_figure_moved_the_other_way_from_the_earlier_one_is_still_a_conflict()
    {
        var groups = Align(
            "Police are offering a reward of £10,000 for information about the escaped prisoner.",
            "The escaped prisoner was caught last night, hours after police reduced the reward for information to £20,000.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Update);
    }
}
