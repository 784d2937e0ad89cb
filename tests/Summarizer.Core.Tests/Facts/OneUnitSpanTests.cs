using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A span of one unit is written with the article ("for a fortnight", "for more than an hour", "for an hour and a
/// half"), not a figure: where the words before it say how long something lasts, it is a duration like "two weeks", so
/// it agrees with the same length in other units and disagrees with another length. Elsewhere "a day" is a rate or a
/// noun of its own and is no span.
/// </summary>
public sealed class OneUnitSpanTests
{
    [Theory]
    [InlineData("The rink will be closed for a fortnight after the barrier fell.", 14 * 86400.0, 14 * 86400.0)]
    [InlineData("The launch was held for more than an hour.", 3600.0, double.PositiveInfinity)]
    [InlineData("Guests were left waiting for an hour and a half at the theatre.", 5400.0, 5400.0)]
    [InlineData("The square will be fenced off for up to a week.", double.NegativeInfinity, 7 * 86400.0)]
    [InlineData("Passengers were kept on the train for half an hour.", 1800.0, 1800.0)]
    [InlineData("The council hopes to reopen the road within a week.", double.NegativeInfinity, 7 * 86400.0)]
    public void A_span_of_one_unit_is_a_duration(string sentence, double low, double high)
    {
        var span = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Duration);

        Assert.Equal(low, span.Value.Range.Low, 1);
        Assert.Equal(high, span.Value.Range.High, 1);
    }

    [Theory]
    [InlineData("The strike costs the council £30,000 a day.")]
    [InlineData("Residents counted up to 40 lorries a day during the summer.")]
    [InlineData("The crowd settled in for a day of waiting on the headland.")]
    [InlineData("Staff were given a week's notice of the closure.")]
    [InlineData("The rocket was scrubbed for a second time on Tuesday.")]
    [InlineData("We drove an hour for a swim.")]
    public void An_article_and_a_unit_elsewhere_is_no_span(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Duration);
    }

    [Theory]
    [InlineData("The Icedome is expected to stay closed for two weeks.", "The Icedome will be closed for a fortnight.")]
    [InlineData("The bypass was shut for 60 minutes.", "The bypass was shut for an hour.")]
    public void One_length_in_other_units_agrees(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Agree && g.Facts.All(f => f.Value.Kind == ValueKind.Duration) && g.Sources.Count == 2);
        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Theory]
    [InlineData("The beach is expected to stay shut for at least a fortnight.", "The beach is expected to stay shut for seven to ten days.")]
    [InlineData("The audience was kept waiting for 45 minutes before curtain-up.", "The audience was kept waiting for an hour and a half before curtain-up.")]
    public void Another_length_disagrees(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Duration));
    }

    [Theory]
    [InlineData("Journeys across the river could take up to 30 minutes longer at peak times.")]
    [InlineData("The crossing will take an hour longer while the bridge is shut.")]
    [InlineData("The new timetable makes the trip 20 minutes shorter.")]
    public void The_difference_between_two_spans_is_no_length(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Duration);
    }
}
