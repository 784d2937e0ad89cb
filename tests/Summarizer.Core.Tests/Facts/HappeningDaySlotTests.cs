using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet gives one early day of the story's happening, one with an event word of the happening, the other only
/// with its clause's past verb, in sentences with no rare word in common: the two days fill one slot and conflict
/// (SlotPairs, a happening's day; invented sentences).
/// </summary>
public sealed class HappeningDaySlotTests
{
    [Theory]
    [InlineData("The leak at the Corley chemical works began on 3 May.", "Radio Kestle understands that the acid escaped on 2 May.", "3 May", "2 May")]
    [InlineData("The alarm at the Ardle mill was raised on 12 April.", "A neighbour phoned the brigade about smoke on 13 April.", "12 April", "13 April")]
    [InlineData("The silver hoard was found on 9 June.", "Walkers stumbled on the buried coins on 11 June.", "9 June", "11 June")]
    public void A_day_told_by_its_verb_meets_the_framed_day_of_another_outlet(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_that_dates_two_happenings_by_their_verbs_fills_the_slot_with_neither()
    {
        var conflicts = FactDisagreements.From(Align(
            "The leak at the Corley chemical works began on 3 May.",
            "Radio Kestle understands that the acid escaped on 2 May. Engineers repaired the valve on 4 May."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("May", StringComparison.Ordinal)));
    }
}
