using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// In a clause set ahead ("will", "is due to", "are to"), "last" names the final occurrence of the plan, not an earlier
/// one: the day is the plan's own day, as "final" would tell it (TimedDays.Occurrence; invented sentences).
/// </summary>
public sealed class FinalOccurrenceOfAPlanTests
{
    [Theory]
    [InlineData("The last ferry of the season will sail on 30 October.", "30 October")]
    [InlineData("Her last concert at the hall is due to take place on Saturday 14 November.", "Saturday 14 November")]
    [InlineData("The bakery's last loaves are to be sold on 2 May.", "2 May")]
    public void Last_in_a_clause_set_ahead_is_no_earlier_occurrence(string sentence, string day) =>
        Assert.Equal("", Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Occurrence);

    [Theory]
    [InlineData("The union's last offer was rejected on 3 March.", "3 March")]
    [InlineData("The council's last meeting on 12 May approved the plan.", "12 May")]
    public void Last_in_a_past_clause_is_still_an_earlier_occurrence(string sentence, string day) =>
        Assert.Equal("previous", Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Occurrence);
}
