using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A cause told only in a clause after "after" or "because" ("the bakery was closed after a rat was spotted") is read as a
/// weak cause, attached to the clause it explains, and is a source's version only where another outlet states a cause of
/// the same effect; a weak clause explaining something else is neither a conflict nor an agreement.
/// </summary>
public sealed class CauseWeakClauseTests
{
    [Theory]
    [InlineData("The ferry service was suspended after a gangway collapsed at the pier.", "a gangway collapsed at the pier")]
    [InlineData("The match was abandoned after two days of torrential rain.", "two days of torrential rain")]
    [InlineData("The shop stayed dark because the landlord switched off the power supply.", "the landlord switched off the power supply")]
    public void Reads_a_clause_after_after_or_because_as_a_weak_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
        var span = Assert.Single(CauseReader.ReadWeak(words, []));
        Assert.True(span.Weak);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The bridge reopened shortly after the inspectors had finished.")]
    [InlineData("Queues form on the bypass after every spell of snow.")]
    [InlineData("The road reopened after two hours.")]
    public void Time_and_habit_after_after_are_no_cause(string sentence)
    {
        var words = new Words(sentence);
        Assert.Empty(CauseReader.ReadWeak(words, CauseReader.Read(words)));
    }

    [Fact]
    public void A_weak_clause_is_a_rival_version_where_another_outlet_explains_the_same_effect()
    {
        var found = CauseFinder.Find(Sources(
            "The bakery was closed after a rat was spotted in the kitchen.",
            "The bakery was closed because of a broken freezer."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a rat was spotted in the kitchen [1]", "a broken freezer [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_weak_clause_explaining_another_effect_is_no_version()
    {
        var found = CauseFinder.Find(Sources(
            "Traffic was diverted after a crowd gathered at the gates.",
            "The fire at the depot was caused by a faulty heater."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_version_a_weak_clause_joins_is_worded_by_the_outlet_that_states_it()
    {
        var found = CauseFinder.Find(Sources(
            "The wall fell after water from a leaking gutter rotted the frame.",
            "The wall fell because of water from a leaking gutter that had rotted its frame.",
            "The wall fell because of a failed anchor bolt."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("water from a leaking gutter that had rotted its frame [1,2]",
            $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }
}
