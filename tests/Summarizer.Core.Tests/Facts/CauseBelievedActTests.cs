using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A plain act of striking or cutting a thing, offered as what someone believes happened ("police believe the gang cut
/// the telephone line", "staff now believe a hire boat struck the gate"), explains the event; told plainly or after
/// "said" ("police said a van struck the cyclist") it is as often the event itself.
/// </summary>
public sealed class CauseBelievedActTests
{
    [Theory]
    [InlineData("Trust staff now believe a hire boat struck the gate on Friday evening.", "a hire boat struck the gate on Friday evening")]
    [InlineData("Police believe the gang cut the telephone line that links it to the monitoring centre.", "the gang cut the telephone line that links it to the monitoring centre")]
    [InlineData("Engineers suspect that a dredger hit the cable last week.", "a dredger hit the cable last week")]
    public void Reads_a_believed_act_as_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Police said a van struck the cyclist at the junction.")]
    [InlineData("A van struck the cyclist at the junction on Monday.")]
    [InlineData("Police believe the cyclist was struck by a van.")]
    [InlineData("Witnesses believe they heard a bang before the car hit the wall.")]
    public void Told_acts_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void A_believed_strike_and_a_rotten_post_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The lock gate gave way on Saturday. Staff now believe a hire boat struck the gate on Friday evening.",
            "The lock gate gave way on Saturday. Engineers said early checks pointed to a rotten heel post."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
