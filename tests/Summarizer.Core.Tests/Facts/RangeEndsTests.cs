using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "between 8am and 6pm", "from 6.30am until 6pm": the ends of a range are its start and its end, not two versions of one
/// moment, so one outlet's range is no disagreement with itself and starts are set against starts. Every sentence is invented.
/// </summary>
public sealed class RangeEndsTests
{
    [Theory]
    [InlineData("The lane is open only to buses between 8am and 6pm on weekdays.", "8am", "6pm")]
    [InlineData("The lane is open only to buses from 7.30am until 6pm on weekdays.", "7.30am", "6pm")]
    public void The_ends_of_a_range_are_its_start_and_its_end(string sentence, string start, string end)
    {
        var times = Read(sentence).Where(f => f.Value.Kind == ValueKind.TimeOfDay).ToList();
        Assert.Contains(times, f => f.Text.Contains(start, StringComparison.Ordinal) && (f.Frame == "start" || f.Phase == "start"));
        Assert.Contains(times, f => f.Text.Contains(end, StringComparison.Ordinal) && (f.Frame == "end" || f.Phase == "end"));
    }

    [Fact]
    public void A_range_is_no_disagreement_with_itself()
    {
        var groups = Align(
            "The lane is open only to buses between 8am and 6pm on weekdays.",
            "The bus lane, which opened last month, runs until 6pm on weekdays.");
        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
    }

    [Fact]
    public void A_lone_from_is_no_range() =>
        Assert.Contains(Read("The lane is open only to buses from 8am on weekdays."),
            f => f.Value.Kind == ValueKind.TimeOfDay && f.Frame != "start" && f.Phase != "start");
}
