using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The moment something that had stopped started again (reopened, resumed, restarted) is its own frame: never a rival of
/// the day or time it closed or stopped, while two outlets' reopening days still meet (invented sentences).
/// </summary>
public sealed class ResumedActsTests
{
    [Theory]
    [InlineData("The shop stayed closed all day and is expected to reopen on Thursday.")]
    [InlineData("Services resumed on Wednesday after engineers replaced the pump.")]
    [InlineData("The railway hopes to restart the trains on Saturday 12 December.")]
    [InlineData("The reopening of the school on Wednesday ended a closure of nine days.")]
    public void A_day_of_starting_again_takes_the_resume_frame(string sentence)
    {
        var date = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date);

        Assert.Equal(EventFrames.Resume, date.Frame);
        Assert.True(EventFrames.IsTimeline(date.Frame!));
    }

    [Fact]
    public void A_reopening_day_is_no_rival_of_the_closing_day()
    {
        var groups = Align(
            "Abbeygate Street will stay shut to traffic until Wednesday while the scaffolding is taken down.",
            "Pardoe's stayed closed all day and is expected to reopen on Thursday.");

        Assert.Empty(FactDisagreements.From(groups));
    }

    [Fact]
    public void Two_outlets_reopening_days_still_disagree()
    {
        var groups = Align(
            "Gorsemoor Primary School reopened on Wednesday 25 November after a new boiler was fitted.",
            "Gorsemoor Primary School reopened on Monday 23 November after a new boiler was fitted, the trust said.");

        var conflict = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(2, conflict.Claims.Count);
    }

    [Fact]
    public void A_reopening_time_keeps_out_of_the_slot_of_the_happening_moment()
    {
        var groups = Align(
            "The water main burst at 4.10am on Friday, flooding Mill Row.",
            "The main burst at 4.40am on Friday. Mill Row reopened at 11.30am on Friday.");

        var conflict = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.DoesNotContain(conflict.Claims, c => c.Text.Contains("11.30", StringComparison.Ordinal));
    }
}
