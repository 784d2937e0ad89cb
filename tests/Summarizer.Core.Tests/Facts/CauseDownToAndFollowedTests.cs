using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two plain ways news English gives a cause: "down to" after a copula, as "due to" ("the delay was down to a staff
/// shortage"), and an event of harm that "followed" something ("the outage followed a lightning strike"). A fall to a
/// figure ("numbers were down to 40") and a person or crew that followed something are no cause.
/// </summary>
public sealed class CauseDownToAndFollowedTests
{
    [Theory]
    [InlineData("Managers said the delay was down to a shortage of drivers.", "a shortage of drivers")]
    [InlineData("The closure is largely down to the cost of heating the pool.", "the cost of heating the pool")]
    [InlineData("The operator said the outage followed a lightning strike on the mast.", "a lightning strike on the mast")]
    [InlineData("The blackout followed a fire at the substation, engineers said.", "a fire at the substation")]
    public void Reads_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.StartsWith(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Membership was down to 40 by the end of the year.")]
    [InlineData("The squad was down to its last ten fit players.")]
    [InlineData("The crew followed the checklist before take-off.")]
    [InlineData("The walkers followed a path along the cliff.")]
    [InlineData("It is down to the council to mend the road.")]
    public void Look_alikes_give_no_cause(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }

    [Fact]
    public void A_cause_told_with_followed_is_set_against_a_blamed_cause()
    {
        var found = CauseFinder.Find(Sources(
            "The lights went out at six. The council blamed a faulty software patch.",
            "The lights went out at six. The contractor said the failure followed a power surge at the depot."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a faulty software patch", "a power surge at the depot"], disagreement.Claims.Select(c => c.Text));
    }
}
