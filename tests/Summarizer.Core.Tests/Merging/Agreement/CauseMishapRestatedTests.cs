using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A mishap an event came "after" ("operations were called off after a power failure") is the story's incident itself where
/// an outlet that states another cause names that mishap ("the review into the power failure", beside "the blackout began
/// when a digger cut a cable"): that outlet tells what caused the mishap, so the mishap is no rival version of its cause.
/// </summary>
public sealed class CauseMishapRestatedTests
{
    [Fact]
    public void A_mishap_the_explaining_outlet_names_is_no_rival_of_its_cause()
    {
        var found = CauseFinder.Find(Sources(
            "Fifty-two operations were called off at the hospital today after a power failure.",
            "The blackout began when a contractor's digger cut an underground cable. The review into the power failure is being led by an engineer."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_mishap_named_in_the_cause_sentence_of_the_explaining_outlet_is_no_rival()
    {
        var found = CauseFinder.Find(Sources(
            "Trains were halted at the station this morning after a signal failure.",
            "The signal failure was caused by thieves who stole copper cable from beside the line."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_mishap_the_other_outlet_never_names_is_still_a_rival()
    {
        var found = CauseFinder.Find(Sources(
            "Fifty-two operations were called off at the hospital today after a power failure.",
            "The blackout began when a contractor's digger cut an underground cable. The review is being led by an engineer."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_word_of_the_mishap_without_its_failure_does_not_name_it()
    {
        var found = CauseFinder.Find(Sources(
            "Fifty-two operations were called off at the hospital today after a power failure.",
            "The blackout began when a contractor's digger cut an underground cable. Power was lost at 07:40."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
