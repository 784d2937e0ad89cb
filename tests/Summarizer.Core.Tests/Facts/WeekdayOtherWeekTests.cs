using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A weekday said alone is placed by tense, so it may be a week off in the other tense's direction, never in its own:
/// "on Thursday" read as the last Thursday may be the coming one, not the Thursday before it (invented sentences).
/// </summary>
public sealed class WeekdayOtherWeekTests
{
    private static readonly DateOnly MondayTheNinth = new(2026, 3, 9);

    private static FactValue Date(string sentence) =>
        Assert.Single(Read(sentence, MondayTheNinth), f => f.Value.Kind == ValueKind.Date).Value;

    [Fact]
    public void A_past_weekday_and_a_written_date_a_week_before_it_disagree()
    {
        var weekday = Date("The auditors found the missing ledgers on Thursday.");
        var weekBefore = Date("The auditors found the missing ledgers on 26 February.");

        Assert.False(weekday.Compatible(weekBefore));
        Assert.False(weekBefore.Compatible(weekday));
    }

    [Theory]
    [InlineData("The auditors found the missing ledgers on 5 March.")]
    [InlineData("The auditors will publish the missing ledgers on 12 March.")]
    public void A_past_weekday_meets_its_own_date_and_the_one_a_tense_away(string sentence)
    {
        var weekday = Date("The auditors found the missing ledgers on Thursday.");

        Assert.True(weekday.Compatible(Date(sentence)));
    }

    [Fact]
    public void A_coming_weekday_and_a_written_date_a_week_after_it_disagree()
    {
        var weekday = Date("The depot will reopen on Wednesday.");
        var weekAfter = Date("The depot will reopen on 18 March.");

        Assert.False(weekday.Compatible(weekAfter));
        Assert.True(weekday.Compatible(Date("The depot reopened on 4 March.")));
    }
}
