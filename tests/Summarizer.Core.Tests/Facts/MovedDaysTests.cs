using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A planned day moved to another ("put back to", "postponed until", "a month later than planned") is the newer report
/// of when the act is due: an update, not a rival day (invented sentences).
/// </summary>
public sealed class MovedDaysTests
{
    [Theory]
    [InlineData("The opening of the footbridge has been put back to 14 June.")]
    [InlineData("The sale of the depot was postponed until 3 July.")]
    [InlineData("The vote was brought forward to 9 April.")]
    [InlineData("The new toll will not be charged until 1 September, two months later than councillors agreed.")]
    public void A_day_a_plan_was_moved_to_is_worded_as_a_change(string sentence)
    {
        Assert.True(DateOf(sentence).UpdateWording);
    }

    [Theory]
    [InlineData("The new toll will be charged from 1 September.")]
    [InlineData("The footbridge is due to open on 14 June, the council said.")]
    public void A_day_merely_planned_is_no_change(string sentence)
    {
        Assert.False(DateOf(sentence).UpdateWording);
    }

    [Fact]
    public void A_later_report_of_a_moved_start_is_an_update_not_a_conflict()
    {
        var groups = Align(
            "Visitors to Brellan will pay a new parking charge from 1 March 2027.",
            "The new parking charge in Brellan will not start until 1 May 2027, two months later than councillors agreed.");

        var update = Assert.Single(FactDisagreements.From(groups), d => d.Item.Kind == DisagreementKind.Update).Item;
        Assert.Equal([2], update.Claims[^1].Sources);
    }

    private static Fact DateOf(string sentence) => Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date);
}
