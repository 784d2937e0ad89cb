using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A pseudo-cleft that opens with what was done to a thing ("What stopped the leading mower, the marshals said, was a bent
/// cutting blade") names the cause after its copula; a person or a feeling befallen ("What struck me"), a clause with a
/// subject of its own ("What we found") and "What happened" name none.
/// </summary>
public sealed class CauseWhatDidItTests
{
    [Theory]
    [InlineData("What stopped the leading mower, the marshals said, was a bent cutting blade.", "a bent cutting blade")]
    [InlineData("What flooded the cellar was a blocked storm drain under the lane.", "a blocked storm drain under the lane")]
    [InlineData("What brought the marquee down, according to the organisers, was a sudden squall.", "a sudden squall")]
    public void Reads_what_follows_the_copula_as_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }

    [Theory]
    [InlineData("What struck me most was the silence in the hall.")] // a person befallen: a speaker's view
    [InlineData("What changed my mind was the letter from the bishop.")] // a feeling
    [InlineData("What caught Ann's eye was a loose slate.")] // a named person's notice
    [InlineData("What happened next was a surprise to everyone.")] // no act
    [InlineData("What we found was a cracked beam.")] // a clause with its own subject
    public void Other_wh_clauses_name_no_cause(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }

    [Fact]
    public void A_cleft_cause_is_a_rival_of_a_blamed_one()
    {
        var found = CauseFinder.Find(Sources(
            "The lawnmower race was halted for an hour. What stopped the leading mower, the marshals said, was a bent cutting blade.",
            "The lawnmower race was halted for an hour. The organisers blamed a blocked carburettor."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
