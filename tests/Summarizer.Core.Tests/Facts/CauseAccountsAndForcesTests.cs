using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Four ways news offers a cause that no cue word marks: an account opened by a noun of one ("early indications were
/// that a fault had cut the supply"), a thing believed left in a state ("officers believed a gate had been left open"),
/// a collapse told as happening while a force raged ("came down as gusts tore across the valley"), and a failure told
/// with a negated past modal after "because" ("failed because a worn brake could not hold the stairs").
/// </summary>
public sealed class CauseAccountsAndForcesTests
{
    // The two account rows are guards: they pass on the code before AccountThat too (run so in session 53); the finder
    // test below is what shows the account reading at work.
    [Theory]
    [InlineData("Early indications were that a burst hose had cut the supply, the company said.", "a burst hose had cut the supply")]
    [InlineData("The working theory is that a delivery lorry struck the barrier on Monday.", "a delivery lorry struck the barrier on Monday")]
    [InlineData("Police believed a yard gate had been left open overnight.", "a yard gate had been left open")]
    [InlineData("Staff think the bath tap had been left running.", "the bath tap had been left running")]
    [InlineData("The marquee came down shortly before noon as strong winds tore across the showground.", "strong winds tore across the showground")]
    [InlineData("The sea wall collapsed as huge waves battered the promenade.", "huge waves battered the promenade")]
    public void Reads_the_offered_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("A fallen oak that flattened a stretch of fencing, rather than an open gate, let the sheep onto the road.", "A fallen oak that flattened a stretch of fencing", "A fallen oak")]
    public void Reads_a_cause_set_against_one_rather_than(string sentence, string cause, string core)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
        Assert.Equal(core, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End]);
    }

    [Theory]
    [InlineData("Faulty wiring blamed for village hall fire", "Faulty wiring")]
    [InlineData("Worn bearing suspected in ferris wheel stoppage", "Worn bearing")]
    public void Reads_a_headline_cause_without_its_auxiliary(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Villagers said the council was slow and blamed for the delay the contractor.")]
    [InlineData("A man suspected of theft was arrested.")]
    public void Reads_no_headline_cause_in_a_clause(string sentence)
    {
        var words = new Words(sentence);

        Assert.DoesNotContain(CauseReader.Read(words), c => c.First == 0);
    }

    [Theory]
    [InlineData("The crowd came down to the harbour as the boats swept in.")] // "came down" to a place, and people move
    [InlineData("The marquee stayed up as strong winds tore across the showground.")] // no collapse told
    [InlineData("The gate had been left open, the owner said.")] // told plainly, not offered
    [InlineData("Signs are that the town will grow.")]
    [InlineData("The roof collapsed as firefighters arrived.")]
    public void Reads_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Theory]
    [InlineData("The lift failed because a worn cable could not hold the car.", "a worn cable could not hold the car")]
    // This "did not" row passes on the code before the negated-modal reading too (a guard); the "could not" row proves it.
    [InlineData("The pumps stopped because the backup generator did not start.", "the backup generator did not start")]
    public void Reads_a_failure_to_work_after_because_as_a_weak_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.True(span.Weak);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void An_offered_account_and_another_outlets_cause_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The factory lost power on Monday. Early indications were that a falling tree had cut the line, the firm said.",
            "The factory lost power on Monday. The outage began when a contractor's excavator struck an underground cable."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_raging_force_and_a_blamed_defect_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The marquee came down shortly before noon as strong winds tore across the showground.",
            "The marquee came down on Saturday. The organisers blamed rotten anchor pegs."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
