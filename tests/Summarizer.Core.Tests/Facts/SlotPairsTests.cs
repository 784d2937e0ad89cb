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

    [Fact]
    public void Words_of_a_changing_amount_in_its_clause_do_not_keep_a_clock_time_from_its_slot()
    {
        // "rose" and "records" tell of other figures; a clock time neither rises nor is compared.
        var groups = Times(
            "The tower crane toppled across the bypass at 7.20am.",
            "Gusts rose all morning, and council records show the jib swung loose at 9.05am.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_frame_that_only_measures_does_not_set_a_clock_time_apart()
    {
        // "reached" frames temperatures; here it tells when the water got to the car park.
        var groups = Times(
            "The harbour wall gave way at 2.40am.",
            "Sea water reached the quayside car park at about 5am.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void The_changing_amount_words_still_keep_a_count_from_its_slot()
    {
        Assert.Empty(SlotPairsOf(
            "About 40 people were moved out of the flats.",
            "The number of people moved from the flats rose to 65."));
    }

    [Fact]
    public void Shortly_after_a_time_does_not_reach_three_quarters_of_an_hour_later()
    {
        var groups = Times(
            "The footbridge over the ring road gave way shortly after 5.40pm.",
            "The footbridge over the ring road gave way at 18:25.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    // When a thing came to light is one moment whether the alarm was raised or the thing was found.
    [Theory]
    [InlineData("Rangers raised the alarm at 6.50am.", "The gap in the fence was discovered at 9.10am.")]
    [InlineData("A neighbour raised the alarm at 11.20pm.", "The leak was found at 11.55pm.")]
    [InlineData("Guards raised the alarm at 4.15pm.", "The empty cell was discovered at 5.30pm.")]
    public void Raising_the_alarm_and_finding_the_thing_fill_one_slot(string alarm, string found) =>
        Assert.Single(SlotPairsOf(alarm, found));

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
        Assert.Null(SlotPairs.Slot(FactTestKit.Value("The strike ended at midnight.")));
    }

    [Fact]
    public void The_first_call_of_an_alarm_fills_the_alarms_slot()
    {
        var groups = Times(
            "The alarm was raised at 2.10am as flames spread through the depot.",
            "According to the control room log, the first emergency call was received at 3.50am.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void The_first_of_something_still_pairs_with_anothers_first_when_its_source_gives_a_later_time_too()
    {
        var groups = Times(
            "The first collision came at 6.42am on the fog-bound road. Traffic officers arrived at 8.10am.",
            "The first collision happened at about 7.30am.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && FactTestKit.Describe(g) == "Disagree: 1 | 2");
    }

    [Fact]
    public void A_moment_first_reported_is_the_events_not_the_saying()
    {
        Assert.NotEqual(EventFrames.Said, FactTestKit.Value("Police say the sheep were first reported on the road shortly after 8am.").Frame);
    }

    [Fact]
    public void A_rounded_restatement_of_one_count_is_no_conflict()
    {
        var groups = FactTestKit.Align("About 3,000 runners set off along the harbour wall.", "Organisers later counted 3,012 runners at the finish.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
