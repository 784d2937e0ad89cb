using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet gives one early year since which the story's subject has been what it is, told by a perfect with "since"
/// and verbs of its own ("have sung together since 1874", "has carried cars since 1952"): the two years fill one slot
/// and conflict (SlotPairs.BeganIn; invented sentences).
/// </summary>
public sealed class SinceYearSlotTests
{
    [Theory]
    [InlineData("The Castlegate Singers have given a winter concert every year since 1874.",
        "The choir has sung in the cathedral each December since 1890.", "1874", "1890")]
    [InlineData("The Lindow ferry has carried cars across the estuary since 1952 and gets a larger boat in May.",
        "Crossings on the estuary route have run without a break since 1961; a new vessel arrives this spring.", "1952", "1961")]
    [InlineData("Pellow's bakery has baked bread in the old mill since 1979 and now adds a café.",
        "Loaves have come out of the mill's ovens since 1984, and tables for a café go in next.", "1979", "1984")]
    public void Years_a_lasting_state_began_meet_as_one_slot(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The ferry has carried cars across the estuary since 1952.", true)]
    [InlineData("The road has been shut since 3 March.", false)]
    [InlineData("The library has been closed since March.", false)]
    [InlineData("The ferry first sailed in 1952.", false)]
    public void Only_a_whole_year_after_since_is_read_as_when_the_state_began(string sentence, bool began) =>
        Assert.Equal(began, SlotPairs.BeganIn(Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date)));

    [Fact]
    public void An_outlet_that_gives_two_years_since_fills_the_slot_with_neither()
    {
        var conflicts = FactDisagreements.From(Align(
            "The Castlegate Singers have given a winter concert every year since 1874.",
            "The choir has sung in the cathedral each December since 1890. Its conductor has led it since 1988."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("1874", StringComparison.Ordinal)));
    }
}
