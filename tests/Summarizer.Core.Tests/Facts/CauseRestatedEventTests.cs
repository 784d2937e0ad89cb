using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A cause explains the event and does not restate it. The subject of a causal verb starts after the conjunction that
/// opens its clause ("donations have poured in since lightning set fire to the spire": the lightning set the fire, not
/// the donations), and two outlets telling one failure, one by a compound and one by its head ("the fore topmast
/// snapped" / "the mast broke"), tell one thing, not two rival causes.
/// </summary>
public sealed class CauseRestatedEventTests
{
    [Theory]
    [InlineData("Donations have poured in from across the village since lightning set fire to the spire of St Ethelburga's, with an appeal raising £18,000.", "lightning")]
    [InlineData("Firefighters say the hay store is safe although a spark from a grinder set fire to the barn roof.", "a spark from a grinder")]
    [InlineData("The market has stayed shut while a leaking pipe caused the ceiling to sag.", "a leaking pipe")]
    public void The_subject_of_a_causal_verb_starts_after_its_conjunction(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("A spark from a grinder set fire to the barn on Tuesday.", "A spark from a grinder")]
    [InlineData("The owner has since admitted a spark from his grinder set fire to the barn.", "The owner has since admitted a spark from his grinder")]
    public void A_subject_with_no_conjunction_before_it_is_read_whole(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_failure_told_by_a_compound_and_by_its_head_is_one_version()
    {
        var found = CauseFinder.Find(Sources(
            "Four people were hurt this afternoon when the fore topmast of a tall ship snapped and crashed onto her deck.",
            "Seven people were hurt. A spectator told the Ruckus the mast broke like a rifle crack."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_short_word_inside_a_longer_one_joins_no_causes()
    {
        var found = CauseFinder.Find(Sources(
            "Trains were halted on Monday. The operator blamed ice on the line.",
            "Trains were halted on Monday. The operator blamed a fault at the signal office."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
