using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date is dated by an irregular past form of its own clause as by an "-ed" one ("was built in 1857", "was first seen
/// on Monday"); a participle in a modal verb group tells no past event, and a clock time keeps to "-ed" verbs
/// (invented sentences).
/// </summary>
public sealed class DatedByIrregularVerbsTests
{
    [Fact]
    public void An_irregular_participle_dates_its_clause()
    {
        var date = Value("The Corran Ness beacon was first seen by walkers on Monday.");

        Assert.Null(date.Frame);
        Assert.Equal("seen", date.Verb);
    }

    [Fact]
    public void A_year_told_by_an_irregular_past_keeps_its_verb()
    {
        var date = Value("The old Tarrow chapel was built in 1842.");

        Assert.Equal("built", date.Verb);
    }

    [Fact]
    public void A_participle_after_a_modal_is_no_past_event()
    {
        var date = Value("The spare trophy will be given to the club on 9 May.");

        Assert.Equal("", date.Verb);
    }

    [Fact]
    public void A_clock_time_takes_no_irregular_verb()
    {
        var time = Value("The relief coach left the depot at 18:20.");

        Assert.Equal("", time.Verb);
    }

    [Fact]
    public void One_irregular_verb_of_one_thing_dated_differently_by_two_sources_is_a_conflict()
    {
        var groups = Align(
            "The Garra Point lighthouse, which the trust wants to sell, was built in 1857 by the harbour board.",
            "Trust papers say the Garra Point lighthouse was built in 1863, though it was altered later.");

        var conflict = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal([1], conflict.Claims[0].Sources);
        Assert.Equal([2], conflict.Claims[1].Sources);
    }

    [Fact]
    public void A_day_told_only_by_an_irregular_verb_fills_no_happening_slot()
    {
        var date = Value("The walkers were brought out of the gorge on Thursday.");

        Assert.Equal("brought", date.Verb);
        Assert.Null(SlotPairs.Slot(date));
    }
}
