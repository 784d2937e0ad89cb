using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Clock times written in words ("nine o'clock on Monday morning", "half past two at night", "ten that evening") are
/// times when the sentence says which part of the day; without one they are no time (invented sentences).
/// </summary>
public sealed class TimesInWordsTests
{
    [Theory]
    [InlineData("The barge hit the weir at about eight o'clock on Sunday morning.", 480)]
    [InlineData("Smoke was first seen at half past three in the afternoon.", 930)]
    [InlineData("The generator failed shortly after ten that evening.", 1320)]
    [InlineData("Guards found the gate open at a quarter to six on the morning of the inspection.", 345)]
    [InlineData("The last bus left at 11 o'clock at night.", 1380)]
    [InlineData("The alarm sounded at two at night, neighbours said.", 120)]
    [InlineData("The ferry was refloated at 9.30 in the morning.", 570)]
    [InlineData("Power came back at 7:45 in the evening.", 1185)]
    [InlineData("The balloon touched down at twenty past eight in the morning.", 500)]
    [InlineData("The last ferry left at ten to nine that evening.", 1250)]
    [InlineData("Crews were called at twenty-five minutes past four on Sunday morning.", 265)]
    public void A_spoken_hour_with_its_part_of_the_day_is_a_time(string sentence, int minutes)
    {
        var time = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.Equal(minutes, time.Value.Stated);
    }

    [Theory]
    [InlineData("The vote was held at nine o'clock, the clerk said.")]
    [InlineData("Two of the nine staff left that morning.")]
    [InlineData("Half of the eleven cabins flooded.")]
    public void A_spoken_hour_with_no_part_of_the_day_or_a_count_is_no_time(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.TimeOfDay);
    }

    [Theory]
    [InlineData("The vote was held at nine o'clock, the clerk said.")]
    [InlineData("The lights went out at twenty past eight, the manager said.")]
    [InlineData("Water came through the ceiling a little after half past nine.")]
    public void A_clock_in_words_with_no_part_of_the_day_is_no_count_either(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind is ValueKind.Count or ValueKind.TimeOfDay);
    }

    [Fact]
    public void A_range_before_to_is_no_clock()
    {
        Assert.DoesNotContain(Read("Daily sailings will be cut from ten to nine in the morning timetable."), f => f.Value.Kind == ValueKind.TimeOfDay && f.Value.Stated == 530);
    }

    [Fact]
    public void A_time_in_words_meets_the_same_moment_written_in_figures_of_another_source()
    {
        var groups = Align(
            "The freighter rammed the swing bridge at 5.10am on Tuesday.",
            "The freighter rammed the swing bridge shortly before seven o'clock on Tuesday morning.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
    }

    [Fact]
    public void A_time_told_with_no_event_word_joins_the_same_time_another_source_frames()
    {
        var groups = Align(
            "The tanker Eskel Dawn struck the harbour wall at Brisk Point at 4.25am.",
            "High winds pushed the tanker Eskel Dawn against the harbour wall at Brisk Point at 04:25 on Friday.",
            "The tanker Eskel Dawn struck the harbour wall at Brisk Point shortly after six in the morning.");

        var moment = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal(AlignmentLabel.Disagree, moment.Label);
        Assert.Equal([1, 2], moment.Versions[0].Facts.Select(f => f.SourceId).Order());
    }

    [Fact]
    public void A_time_in_words_is_shown_with_its_clock_figure()
    {
        var groups = Align(
            "The freighter rammed the swing bridge at 5.10am.",
            "The freighter rammed the swing bridge at about half past six in the morning.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal("5.10am", shown.Claims[0].Text);
        Assert.Equal("about half past six in the morning (6.30am)", shown.Claims[1].Text);
    }

    [Fact]
    public void A_time_one_source_writes_in_words_and_another_in_figures_is_shown_in_figures()
    {
        var groups = Align(
            "The old brewery chimney was felled at nine o'clock on Sunday morning.",
            "Contractors felled the old brewery chimney at 9am on Sunday.",
            "The old brewery chimney was felled at 11.30am on Sunday.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        var agreed = Assert.Single(shown.Claims, c => c.Sources.Count == 2);
        Assert.Contains("9am", agreed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("o'clock", agreed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The generator failed a little after ten that evening.", 1335)]
    [InlineData("The generator failed not long before ten that evening.", 1290)]
    public void A_little_after_or_not_long_before_a_clock_is_a_hedge_of_it(string sentence, int inside)
    {
        var time = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.True(time.Value.Range.Overlaps(Interval.Point(inside)));
        Assert.False(time.Value.Range.Overlaps(Interval.Point(1320 + 45)));
        Assert.False(time.Value.Range.Overlaps(Interval.Point(1320 - 45)));
    }

    [Fact]
    public void A_time_hedged_as_a_little_after_is_shown_with_its_hedge()
    {
        var groups = Align(
            "Water began pouring through the library ceiling at about 7.15pm.",
            "Water began pouring through the library ceiling a little after eight o'clock that evening.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.StartsWith("a little after eight o'clock", shown.Claims[1].Text, StringComparison.OrdinalIgnoreCase);
    }
}
