using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Each source's one value of a story's slot is one fact, whatever words each outlet tells it in.</summary>
public sealed class SlotPairsTests
{
    private static List<AlignedGroup> Times(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay)).ToList();

    [Fact]
    public void Three_outlets_one_clock_time_each_in_unrelated_words_are_one_fact()
    {
        var groups = Times(
            "The grain store at Pelham Wharf came down in a cloud of dust. Staff first raised the alarm at 3.10pm.",
            "Workers fled as the silo buckled. Witnesses put the moment at 4.45pm.",
            "Emergency services were summoned to the dockside at 4.45pm.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 2,3 | 1", FactTestKit.Describe(group));
    }

    [Fact]
    public void Clock_times_on_different_days_are_not_one_moment()
    {
        var groups = Times(
            "The pumping station failed at 9pm on Friday, flooding the lane.",
            "Residents on the estate heard the siren at 7am on Saturday.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_source_that_gives_two_times_fills_the_slot_with_neither()
    {
        const string Other = "Witnesses on the quay put the moment at 4.45pm.";

        Assert.Single(SlotPairsOf("Staff raised the alarm at 3.10pm.", Other));
        Assert.Empty(SlotPairsOf("Staff raised the alarm at 3.10pm. Crews left the wharf at 11pm.", Other));
    }

    private static List<(int A, int B)> SlotPairsOf(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.TimeOfDay).ToList();
        return SlotPairs.Find(facts, i => i, facts);
    }

    [Fact]
    public void A_start_and_an_end_each_said_once_are_not_paired()
    {
        var groups = Times(
            "The walkout began at midnight across the depots.",
            "Drivers returned to their cabs when the action ended at 4pm.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Only_a_clock_time_of_the_event_or_a_count_of_a_known_class_has_a_slot()
    {
        Assert.NotNull(SlotPairs.Slot(FactTestKit.Value("The tanker ran aground at 5.20am.")));
        Assert.Null(SlotPairs.Slot(FactTestKit.Value("Some 400 lanterns were lit along the quay.")));
        Assert.Null(SlotPairs.Slot(FactTestKit.Value("The strike began at midnight.")));
    }

    [Fact]
    public void A_rounded_restatement_of_one_count_is_no_conflict()
    {
        var groups = FactTestKit.Align("About 3,000 runners set off along the harbour wall.", "Organisers later counted 3,012 runners at the finish.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
