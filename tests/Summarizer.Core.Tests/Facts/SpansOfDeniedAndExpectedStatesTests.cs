using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A span of time is how long a state held or will hold: a negation before the span's own preposition denies the state,
/// not the span ("were without water for 19 hours", "was not found until six hours later"), and an expected span is the
/// event's own length while it lasts ("is expected to stay shut for ten days"), so both fill the story's duration slot.
/// </summary>
public sealed class SpansOfDeniedAndExpectedStatesTests
{
    private static List<AlignedGroup> Durations(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Duration)).ToList();

    [Theory]
    [InlineData("Villagers in Ashcombe were left without electricity for 30 hours after the storm.")]
    [InlineData("The missing climber was not located until nine hours after the alarm was raised.")]
    [InlineData("Some tenants on the estate had no heating for almost three days.")]
    public void A_span_of_a_denied_state_is_asserted(string sentence)
    {
        var span = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Duration);
        Assert.Equal(FactMood.Asserted, span.Mood);
    }

    [Fact]
    public void Spans_of_a_denied_state_meet_as_one_figure()
    {
        var groups = Durations(
            "A trunk main burst under Kelham High Street on Monday. Residents of Kelham were without water for 19 hours.",
            "Families in Kelham queued for bottled water. Some homes had no supply for almost two days after the pipe failed.");

        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(Assert.Single(groups)));
    }

    [Theory]
    [InlineData(
        "The Harlow Road pool closed on Monday after a roof panel fell. It is expected to stay shut for about ten days.",
        "Swimmers in Harlow were turned away. The pool will be closed for at least four weeks while engineers inspect the roof.")]
    [InlineData(
        "A lorry struck the Corlan Road bridge on Tuesday. Engineers have planned a closure of 12 days to repair the parapet.",
        "Drivers in Corlan face detours. The bridge will be shut for five weeks while the parapet is rebuilt.")]
    [InlineData(
        "A lorry struck the Wyvern bridge on the A40 on Friday. The road is expected to remain closed for 48 hours while the bridge is checked.",
        "Drivers near Wyvern face long diversions, with the A40 shut for nine days.")]
    public void An_expected_span_and_a_told_one_are_one_figure(string first, string second)
    {
        var groups = Durations(first, second);

        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(Assert.Single(groups)));
    }
}
