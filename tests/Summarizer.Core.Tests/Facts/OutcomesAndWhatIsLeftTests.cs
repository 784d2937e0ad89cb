using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two ways a later report restates a moving count: as the outcome of something that ran its course ("paramedics ended
/// up treating five riders" after three treated "by late evening"), and as what a state still holds at the hour of the
/// report, fewer than it once held ("two of the neighbouring homes remain empty" after six evacuated). Each is the count
/// moved on (an update), not a conflict with the earlier report. A count told as it stood "by last night" is a tally at
/// that hour, as one "so far" is.
/// </summary>
public sealed class OutcomesAndWhatIsLeftTests
{
    [Fact]
    public void A_count_that_ended_up_so_is_worded_to_change() =>
        Assert.True(Value("Paramedics ended up treating five riders for cold and shock.").UpdateWording);

    [Fact]
    public void An_outcome_in_another_clause_words_no_change_of_the_figure() =>
        Assert.False(Assert.Single(Read("About 40 people were on the pier when it was hit, and the boat ended up on the rocks."),
            f => f.Value.Kind == ValueKind.Count).UpdateWording);

    [Fact]
    public void A_length_that_ended_up_so_is_where_a_thing_came_to_rest() =>
        Assert.False(Assert.Single(Read("The car ended up 20 metres down the bank."), f => f.Value.Kind == ValueKind.Quantity).UpdateWording);

    [Fact]
    public void A_later_outcome_updates_a_count_made_while_things_still_ran()
    {
        var group = CountGroup(
            "Paramedics had treated three riders for cold and shock by late evening.",
            "Paramedics ended up treating five riders for cold and shock after they were brought down.");

        Assert.Equal("Update: 1 | later 2", Describe(group));
    }

    [Fact]
    public void Two_counts_told_without_an_outcome_still_conflict()
    {
        var group = CountGroup(
            "Paramedics treated three riders for cold and shock.",
            "Paramedics treated five riders for cold and shock after they were brought down.");

        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("By last night, 19 people had needed hospital treatment.", true)]
    [InlineData("A petition had gathered about 900 signatures by Wednesday afternoon.", true)]
    [InlineData("Paramedics had treated three riders for cold and shock by late evening.", true)]
    [InlineData("Nineteen people needed hospital treatment after the leak.", false)]
    [InlineData("The victim was found by a dog walker near 12 parked cars.", false)]
    public void A_count_told_as_it_stood_by_an_hour_is_a_running_total(string sentence, bool running) =>
        Assert.Equal(running, ReportWording.WordsARunningTotal(new Words(sentence)));

    [Fact]
    public void A_later_tally_by_an_hour_updates_an_earlier_count()
    {
        var group = CountGroup(
            "Seven people needed hospital treatment after chlorine gas leaked at the pool.",
            "By last night, 19 people had needed hospital treatment after chlorine gas leaked at the pool.");

        Assert.Equal("Update: 1 | later 2", Describe(group));
    }

    [Fact]
    public void A_later_tally_by_an_hour_makes_an_earlier_floor_exact_without_moving_past_it()
    {
        var group = CountGroup(
            "A helpline set up on Friday has already taken more than 100 calls from worried residents.",
            "The helpline had received 126 calls from worried residents by Wednesday evening.");

        Assert.NotEqual(AlignmentLabel.Update, group.Label);
    }

    [Theory]
    [InlineData("The helpline had received 126 calls from worried residents by Wednesday evening.", true)]
    [InlineData("The appeal has so far raised £95,000.", true)]
    [InlineData("Calls to the helpline have risen to 126 by Wednesday evening.", false)]
    [InlineData("Paramedics ended up treating five riders by late evening.", false)]
    public void Only_a_tally_at_an_hour_is_read_as_tally_only(string sentence, bool tally) =>
        Assert.Equal(tally, Assert.Single(Read(sentence), f => f.Value.Kind is ValueKind.Count or ValueKind.Money).TallyOnly);

    [Theory]
    [InlineData("Two of the neighbouring homes remain empty while their roofs are checked.", true)]
    [InlineData("Three roads now stay closed after the flood.", true)]
    [InlineData("About 700 homes are without power under a rota of planned cuts.", true)]
    [InlineData("All 1,900 homes on the island lost power shortly before midnight.", false)]
    [InlineData("Two of the neighbouring homes remained empty for a week.", false)]
    [InlineData("Six neighbouring homes were evacuated while engineers checked the street.", false)]
    public void A_count_a_state_still_holds_is_read_as_held_now(string sentence, bool now) =>
        Assert.Equal(now, Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Count).Signature.HeldNow);

    [Fact]
    public void Fewer_left_in_a_state_in_a_later_report_update_the_count_it_once_held()
    {
        var group = CountGroup(
            "Six neighbouring homes were evacuated while engineers checked the street for damage.",
            "Two of the neighbouring homes remain empty while their roofs are checked; the other families have gone back.");

        Assert.Equal("Update: 1 | later 2", Describe(group));
    }

    [Fact]
    public void Fewer_homes_without_supply_in_a_later_report_update_the_count_cut_off()
    {
        var group = CountGroup(
            "All 1,900 homes on the island lost power shortly before midnight when the cable failed.",
            "About 700 homes are without power on the island while the cable is repaired.");

        Assert.Equal("Update: 1 | later 2", Describe(group));
    }

    [Fact]
    public void More_left_in_a_state_than_it_once_held_is_still_a_conflict()
    {
        var group = CountGroup(
            "Two neighbouring homes were evacuated while engineers checked the street for damage.",
            "Six of the neighbouring homes remain empty while their roofs are checked.");

        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
