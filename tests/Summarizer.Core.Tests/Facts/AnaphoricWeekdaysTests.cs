using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A weekday after a demonstrative ("that Monday", "on that Monday") points back to a day the
/// story has set, not to the weekday nearest the report: its week is unknown, so it meets any such weekday and fills no
/// slot (invented sentences; reports dated Thursday 26 November 2026).
/// </summary>
public sealed class AnaphoricWeekdaysTests
{
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    private static FactValue Date(string sentence) =>
        Assert.Single(Read(sentence, Thursday), f => f.Value.Kind == ValueKind.Date).Value;

    [Theory]
    [InlineData("When staff arrived that Monday, classrooms were at 13C and falling.")]
    [InlineData("Staff arrived that Monday morning to find the classrooms at 13C.")]
    [InlineData("On that Monday the classrooms were at 13C.")]
    public void A_weekday_pointing_back_has_no_week(string sentence)
    {
        var value = Date(sentence);

        Assert.False(value.Range.IsPoint);
        Assert.True(value.Compatible(Date("The school closed on Monday 16 November.")));
    }

    [Theory]
    [InlineData("The school closed on Monday.")]
    [InlineData("The headteacher said that Monday's closure could not be avoided.")]
    [InlineData("The league ruled that Tuesday's match must be replayed.")]
    public void A_weekday_of_the_report_s_week_keeps_its_day(string sentence)
    {
        Assert.True(Date(sentence).Range.IsPoint);
    }
}
