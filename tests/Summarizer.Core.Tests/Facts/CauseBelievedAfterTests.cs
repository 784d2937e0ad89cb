using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A clause someone believes, with its own verb, that "after" follows ("its keeper believes the goat escaped through the fence
/// after a storm loosened the wire") tells how the event came about in that person's view: what it came after is the outlet's
/// version of the cause, however another outlet names the event, as a "because" inside a belief already is. An "after"
/// inside a noun phrase or after a belief word used as an adjective is left weak.
/// </summary>
public sealed class CauseBelievedAfterTests
{
    [Theory]
    [InlineData("Its keeper believes the goat escaped through the fence after a storm loosened the wire.", "a storm loosened the wire")]
    [InlineData("The otters are thought to have returned after the weir was removed.", "the weir was removed")]
    public void A_believed_clause_that_after_follows_gives_the_views_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.True(span.Occurred);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Twenty pupils were sick with suspected norovirus after a school trip to the coast.")]
    [InlineData("Surveyors believed subsidence after a dry summer had cracked the wall.")]
    public void A_belief_word_without_a_believed_clause_before_after_leaves_it_weak(string sentence)
    {
        var words = new Words(sentence);

        Assert.All(CauseReader.ReadWeak(words, CauseReader.Read(words)), span => Assert.False(span.Occurred));
    }

    [Fact]
    public void A_believed_after_clause_is_a_rival_of_a_cause_another_outlet_states_in_other_words()
    {
        var found = CauseFinder.Find(Sources(
            "Its keeper believes the goat escaped through the fence after a storm loosened the wire.",
            "The breakout was caused by a broken padlock, the farm said."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a storm loosened the wire [1]", "a broken padlock [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }
}
