using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Idioms of cause news English uses besides the causal verbs: blame laid or pinned on a thing, a finding traced "to" a
/// cause in the present tense, and a change "driven by" what brought it about. Each is the outlet's version of the cause;
/// their look-alikes (a notice pinned "on Monday", a vehicle driven by a person) are not.
/// </summary>
public sealed class CauseIdiomTests
{
    [Theory]
    [InlineData("The chairman laid much of the blame on rising insurance premiums, which had tripled.", "rising insurance premiums")]
    [InlineData("The operator put the blame on a worn brake cable.", "a worn brake cable")]
    [InlineData("The airline pinned the delays on a fault in its baggage system.", "a fault in its baggage system")]
    [InlineData("Inspectors trace the leak to a cracked valve housing.", "a cracked valve housing")]
    [InlineData("The head said the switch to a single campus was driven by rising heating costs.", "rising heating costs")]
    public void Reads_the_cause_an_idiom_gives(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.StartsWith(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staff pinned the notice on Monday morning.")]
    [InlineData("The stolen van was driven by a 45-year-old man from the town.")]
    [InlineData("The tractor was driven by farm workers who had been on shift since dawn.")]
    public void Look_alikes_of_the_idioms_give_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void An_idiom_gives_a_rival_version_to_another_outlets_stated_cause()
    {
        var found = CauseFinder.Find(Sources(
            "The council blamed a faulty boiler control for the pool closure.",
            "The operator pinned the failure on a split gas pipe under the plant room."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a faulty boiler control [1]", "a split gas pipe under the plant room [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void An_idiom_joins_the_version_another_outlet_words_otherwise()
    {
        var found = CauseFinder.Find(Sources(
            "Officers trace the shortage to a conveyor breakdown at the quarry.",
            "The council said the shortage was caused by a conveyor breakdown at the quarry.",
            "The council said the shortage was caused by a ship held up by storms."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1, 2], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
