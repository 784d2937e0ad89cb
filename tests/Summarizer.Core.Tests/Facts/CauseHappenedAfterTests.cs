using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An event told only as having taken place, "after" a clause ("the loss happened after lashing rods failed", "the kill
/// came after slurry overflowed"), is given that clause as its cause: the main clause says nothing else, so the outlet
/// states the cause, where "closed after", "arrested after" tell an act of their own and leave the clause weak. A person
/// who "came after" something arrived; a span of time after "after" is no clause.
/// </summary>
public sealed class CauseHappenedAfterTests
{
    [Theory]
    [InlineData("The coastguard said the loss happened after lashing rods on a deck stack failed.", "lashing rods on a deck stack failed")]
    [InlineData("The error happened after a course marker was blown over in strong winds.", "a course marker was blown over in strong winds")]
    [InlineData("The agency says the kill came after slurry overflowed from the lagoon.", "slurry overflowed from the lagoon")]
    [InlineData("It occurred after a valve on the tank was left open.", "a valve on the tank was left open")]
    public void An_event_told_only_as_taking_place_states_what_it_came_after_as_its_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.True(span.Occurred);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The bakery was closed after a rat was spotted in the kitchen.")]
    [InlineData("Two men were arrested after the match was abandoned.")]
    [InlineData("Two officers came after a neighbour called the police.")]
    [InlineData("She came after her sister had left the house.")]
    public void An_act_or_a_person_arriving_leaves_the_clause_weak(string sentence)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.True(span.Weak);
        Assert.False(span.Occurred);
    }

    [Fact]
    public void What_an_event_happened_after_is_a_rival_version_though_outlets_name_the_event_otherwise()
    {
        var found = CauseFinder.Find(Sources(
            "The error happened after a course marker was blown over in strong winds.",
            "Runners said the mix-up was caused by a marshal who pointed the leaders down the wrong path."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a course marker was blown over in strong winds [1]", "a marshal who pointed the leaders down the wrong path [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_version_an_outlet_states_is_worded_by_it_not_by_the_clause_an_event_happened_after()
    {
        var found = CauseFinder.Find(Sources(
            "The centre blamed the collapse on a failed anchor bolt at the top of the panel.",
            "Staff say the collapse happened after rainwater from a leaking roof rotted the timber frame.",
            "The collapse was caused by water from a leaking roof that had rotted the timber frame."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("water from a leaking roof that had rotted the timber frame [2,3]",
            $"{disagreement.Claims[1].Text} [{string.Join(",", disagreement.Claims[1].Sources)}]");
    }
}
