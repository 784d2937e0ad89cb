using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet writes out the day of the story's one act with the day of the month, told with verbs and nouns of its
/// own or with none: the two days fill one slot and conflict when their clauses share a word of the act, and neither
/// outlet gives the other's day elsewhere (SlotPairs.DatedDaySlot; invented sentences).
/// </summary>
public sealed class DatedDaySlotTests
{
    [Theory]
    [InlineData("Two mobility scooters came together outside the post office in the village carnival on Saturday 7 March.",
        "The collision of the two scooters, during the carnival parade outside the post office on 6 March, left one rider bruised.",
        "7 March", "6 March")]
    public void Written_out_days_of_one_act_in_other_words_meet_as_one_slot(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The kite struck the tower on Sunday 1 March.", true)]
    [InlineData("The kite struck the tower on Sunday.", false)]
    [InlineData("The new tower will open on Sunday 22 March.", false)]
    [InlineData("The tower has stood on the sands since 1931.", false)]
    public void Only_a_past_day_written_with_its_day_of_the_month_fills_the_slot(string sentence, bool fills) =>
        Assert.Equal(fills, SlotPairs.DatedDaySlot(Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date)) is not null);

    [Fact]
    public void Years_a_thing_was_made_in_other_wording_meet_as_one_slot()
    {
        var conflicts = FactDisagreements.From(Align(
            "The pump house by the weir, put up in 1887, drew water for the town for ninety years.",
            "Volunteers say the pump house was built in 1891 by an engineering firm from the coast.")).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains("1887", StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains("1891", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The pump house was built in 1891.", true)]
    [InlineData("The pump house has drawn water since 1891.", false)]
    public void A_whole_year_fills_the_slot_unless_it_tells_since_when(string sentence, bool fills) =>
        Assert.Equal(fills, SlotPairs.DatedDaySlot(Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date)) is not null);

    [Fact]
    public void Days_whose_clauses_share_no_word_of_an_act_stay_apart()
    {
        var conflicts = FactDisagreements.From(Align(
            "The harbour crane got a new coat of paint from volunteers on Saturday 28 February.",
            "A brass band met passengers off the ferry on Saturday 7 March."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("28 February", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_that_writes_out_two_past_days_fills_the_slot_with_neither()
    {
        var conflicts = FactDisagreements.From(Align(
            "The topiary peacock by the church gate blew over in the wind on Sunday 1 March.",
            "The topiary peacock toppled by the gate on Monday 2 March. Gardeners stood the peacock up again on Friday 6 March."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("1 March", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_that_gives_the_other_day_elsewhere_tells_another_act_on_it()
    {
        var conflicts = FactDisagreements.From(Align(
            "The topiary peacock by the church gate blew over in the wind on Sunday 1 March.",
            "The topiary peacock toppled by the gate on Monday 2 March. The verger had clipped the peacock at 6pm on Sunday 1 March."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("2 March", StringComparison.Ordinal))
            && d.Item.Claims.Any(c => c.Text.Contains("1 March", StringComparison.Ordinal) && !c.Text.Contains("6pm", StringComparison.Ordinal)));
    }
}
