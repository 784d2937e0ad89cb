using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date in the clause that attributes another clause's words dates the saying, not the happening: the verb of saying
/// has no object of its own, is not passive, and its date ends its clause (or is followed by "that").
/// </summary>
public sealed class AttributionDatesTests
{
    private static Fact Day(string sentence, string text) =>
        Read(sentence).First(f => f.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay && f.Text.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ferry sailings to Orran have resumed, the operator confirmed on Friday.", "Friday")]
    [InlineData("The bridge was struck by a lorry, the county council said in a statement on Monday evening.", "Monday")]
    [InlineData("The mill's owner confirmed on Thursday that 40 jobs would go.", "Thursday")]
    [InlineData("Two wardens were hurt in the fire, the prison service acknowledged on Sunday, adding that both were recovering.", "Sunday")]
    public void A_date_of_an_attribution_is_the_day_of_the_saying(string sentence, string day) =>
        Assert.Equal(EventFrames.Said, Day(sentence, day).Frame);

    [Theory]
    [InlineData("The first case of the virus was confirmed on Tuesday.", "Tuesday")] // passive: the act it names
    [InlineData("Councillors confirmed the closure of the library on Tuesday.", "Tuesday")] // its own object
    [InlineData("Tarn Rovers won 52% of the vote, the returning officer announced at 10am on Monday.", "10am")] // publishing is an act
    [InlineData("The operator confirmed on Friday the sale of its two oldest ferries.", "Friday")] // the object follows the date
    public void A_date_of_an_act_stays_the_acts(string sentence, string day) =>
        Assert.NotEqual(EventFrames.Said, Day(sentence, day).Frame);
}
