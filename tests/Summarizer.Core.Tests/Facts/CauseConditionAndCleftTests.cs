using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two more ways news words a cause: a definite object of "blamed" that names a condition ("the company blamed the cost of
/// gas"), where a person or a body so named ("blamed the owners of the site") is whom the blame falls on; and a pseudo-cleft
/// ("the loss of its largest customer, rather than energy bills, is what pushed the pottery over the edge"), whose subject
/// is the cause and whose aside is the rival it is preferred to.
/// </summary>
public sealed class CauseConditionAndCleftTests
{
    [Theory]
    [InlineData("The company blamed the cost of gas to fire its kilns, which it said had more than tripled.", "the cost of gas to fire its kilns")]
    [InlineData("The operator blamed the loss of a cleaning contract.", "the loss of a cleaning contract")]
    [InlineData("The loss of its largest customer, rather than energy bills, is what pushed the pottery over the edge, according to two former managers.", "The loss of its largest customer")]
    [InlineData("Engineers say a cracked weld was what caused the leak.", "a cracked weld")]
    public void Reads_a_condition_blamed_and_the_subject_of_a_pseudo_cleft(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Residents blamed the owners of the site.")]
    [InlineData("The union blamed the leader of Kilnbury Council.")]
    [InlineData("Shareholders blamed the board of the trust.")]
    [InlineData("That is what caused the delay.")]
    [InlineData("A short delay was what happened next.")]
    public void People_blamed_and_pointers_back_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void A_blamed_condition_and_a_cleft_cause_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The pottery will close in March. The company blamed the cost of gas to fire its kilns.",
            "The pottery will close in March. The loss of its largest customer, rather than energy bills, is what pushed the pottery over the edge."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
