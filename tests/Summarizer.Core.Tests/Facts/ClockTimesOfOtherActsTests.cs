using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An outlet's clock times of different acts each stay with their own act: a time of the story's happening is not kept
/// out of its slot by the time of an aftermath told in the same story.
/// </summary>
public sealed class ClockTimesOfOtherActsTests
{
    private static List<(Fact A, Fact B)> TimePairs(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.TimeOfDay && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts).Select(p => (facts[p.A], facts[p.B])).ToList();
    }

    [Fact]
    public void A_framed_moment_is_not_kept_out_by_a_later_act_told_only_by_its_verb()
    {
        var pairs = TimePairs(
            "The warehouse fire broke out at about 2am. Engineers inspected the empty building at 9.30am.",
            "Witnesses said the blaze started at around 4.30am.");

        var (a, b) = Assert.Single(pairs);
        Assert.Equal(["about 2am", "around 4.30am"], new[] { a.Text, b.Text }.Order());
    }

    [Fact]
    public void A_moment_told_by_its_verb_is_not_kept_out_by_an_end_framed_time()
    {
        var pairs = TimePairs(
            "Firefighters were summoned to the farm at about 1.30am. The lane stayed closed until 6am.",
            "Crews were summoned to the barn at 2.15am.");

        var (a, b) = Assert.Single(pairs);
        Assert.Equal(["2.15am", "about 1.30am"], new[] { a.Text, b.Text }.Order());
    }

    [Fact]
    public void A_time_told_only_by_its_verb_still_competes_with_the_framed_moment_of_the_happening()
    {
        // "reopened at 4am" is no event word's moment: the 7.30am start alone fills the slot.
        var pairs = TimePairs(
            "The bypass reopened at 4am on Friday. The first crash happened at about half past seven, police said.",
            "Drivers said the first lorry jack-knifed at 06:55.");

        Assert.All(pairs, p => Assert.DoesNotContain("4am", new[] { p.A.Text, p.B.Text }));
    }

    [Fact]
    public void Two_times_told_only_by_verbs_still_fill_the_slot_with_neither()
    {
        var pairs = TimePairs(
            "Engineers cleared the street at 7am. The scaffold folded outwards at 11.55am.",
            "Shoppers fled when the scaffold toppled at about 10.15am.");

        Assert.DoesNotContain(pairs, p => p.A.SourceId == 1 || p.B.SourceId == 1);
    }

    [Fact]
    public void A_reopening_time_is_its_own_act_and_keeps_no_verb_told_moment_out()
    {
        // "reopened" tells the far end of a closure (EventFrames.Resume), not a rival moment of the happening.
        var pairs = TimePairs(
            "Engineers reopened the street at 7am. The scaffold folded outwards at 11.55am.",
            "Shoppers fled when the scaffold toppled at about 10.15am.");

        var pair = Assert.Single(pairs);
        Assert.Equal(["11.55am", "about 10.15am"], new[] { pair.A.Text, pair.B.Text }.Order(StringComparer.Ordinal));
    }
}
