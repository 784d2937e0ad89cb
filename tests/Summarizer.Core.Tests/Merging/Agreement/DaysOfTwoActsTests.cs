using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Two days of one story that are plainly the days of two past acts are no conflict and no update of one date: when the
/// sources of one version also date something on the other's day, or when the other's day came only after they had
/// reported their act done (invented sentences).
/// </summary>
public sealed class DaysOfTwoActsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Outlets_that_date_both_acts_do_not_dispute_the_other_outlet_s_day()
    {
        var story = new Story();
        var told = "Thieves stripped lead from the roof of the church on the night of Friday 27 November. The churchwarden discovered the damage on Saturday.";
        var first = story.Day(1, told, "Friday 27 November", Monday);
        var second = story.Day(2, told, "Friday 27 November", Monday);
        var other = story.Day(3, "Thieves stripped the lead from the church roof on Saturday 28 November.", "Saturday", Monday);

        var kept = story.Keep(Group(AlignmentLabel.Disagree, [first, second], [other]));

        Assert.NotNull(kept);
        Assert.Equal(AlignmentLabel.Agree, kept.Label);
        Assert.Equal([1, 2], Assert.Single(kept.Versions).Sources);
    }

    [Fact]
    public void A_day_after_the_other_outlets_reported_their_act_done_is_a_later_act()
    {
        var story = new Story();
        var closed = story.Day(1, "The chain closed 14 gyms on Monday night with the loss of 450 jobs.", "Monday", Monday.AddDays(1));
        var more = story.Day(2, "The number of gyms closed has risen to 19 after five more shut their doors on Thursday.", "Thursday", Monday.AddDays(4));

        Assert.Equal(DateTense.Past, closed.Tense);
        Assert.Null(story.Keep(Group(AlignmentLabel.Update, [closed], [more])));
        Assert.Null(story.Keep(Group(AlignmentLabel.Disagree, [closed], [more])));
    }

    [Fact]
    public void An_act_done_on_its_report_s_own_day_is_not_redated_by_a_later_day()
    {
        var story = new Story();
        var friday = new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);
        var stolen = story.Day(1, "The steam engine was stolen from the park's shed on Friday morning, police said.", "Friday", friday);
        var found = story.Day(2, "The stolen steam engine was found in a farmer's field on November 30.", "November 30", friday.AddDays(4));

        Assert.True(stolen.OnPublicationDay);
        Assert.Null(story.Keep(Group(AlignmentLabel.Disagree, [stolen], [found])));
    }

    [Fact]
    public void Two_days_of_one_act_both_gone_before_either_report_stay_a_conflict()
    {
        var story = new Story();
        var first = story.Day(1, "The chain closed 14 gyms on Monday night with the loss of 450 jobs.", "Monday", Monday.AddDays(1));
        var second = story.Day(2, "The chain shut 14 of its gyms on Sunday night, leaving 450 staff out of work.", "Sunday", Monday.AddDays(2));
        var group = Group(AlignmentLabel.Disagree, [first], [second]);

        Assert.Same(group, story.Keep(group));
    }

    [Fact]
    public void The_day_a_statement_was_made_is_no_act_of_its_own()
    {
        var story = new Story();
        var first = story.Day(1, "The chain closed 14 gyms on Friday night. The administrators said on Saturday that staff would be paid.", "Friday", Monday);
        var second = story.Day(2, "The chain shut 14 of its gyms on Saturday, leaving 450 staff out of work.", "Saturday", Monday);
        var group = Group(AlignmentLabel.Disagree, [first], [second]);

        Assert.Same(group, story.Keep(group));
    }

    [Fact]
    public void A_later_day_told_as_a_plan_is_left_to_the_plan_and_done_test()
    {
        var story = new Story();
        var closed = story.Day(1, "The chain closed 14 gyms on Monday night with the loss of 450 jobs.", "Monday", Monday.AddDays(1));
        var planned = story.Day(2, "The chain closed 14 gyms and will shut five more on Friday.", "Friday", Monday.AddDays(2));
        var group = Group(AlignmentLabel.Disagree, [closed], [planned]);

        Assert.Equal(DateTense.ToCome, planned.Tense);
        Assert.Same(group, story.Keep(group));
    }

    private static AlignedGroup Group(AlignmentLabel label, Fact[] first, Fact[] second) =>
        new(label, "date", [new FactVersion(first), new FactVersion(second, Later: label == AlignmentLabel.Update)]);

    // The facts of each source's text, read once, with the source's report day.
    private sealed class Story
    {
        private readonly List<Fact> _facts = [];
        private readonly Dictionary<int, DateOnly?> _reportDays = [];

        public Fact Day(int source, string text, string day, DateTimeOffset published)
        {
            var read = FactExtractor.Extract(Article(source, text, published));
            _facts.AddRange(read.Facts);
            _reportDays[source] = read.Anchor;
            return read.Facts.First(f => f.Value.Kind == ValueKind.Date && f.Text.Contains(day, StringComparison.Ordinal));
        }

        public AlignedGroup? Keep(AlignedGroup group) => DaysOfTwoActs.Keep(group, FactDays.BySource(_facts), _reportDays);
    }
}
