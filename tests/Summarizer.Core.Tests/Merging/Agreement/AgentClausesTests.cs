using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>The act a named person is the doer of, read from where the name stands in its sentence.</summary>
public sealed class AgentClausesTests
{
    [Theory]
    [InlineData("Dev Marsh was the first to notice the damage, on Sunday.", 0, 0, 1, "notice")]
    [InlineData("Dr Ann Cole, a retired GP, was first to reach him and started chest compressions.", 0, 1, 2, "reach")]
    [InlineData("Dev Marsh was the first person to raise the alarm.", 0, 0, 1, "raise")]
    [InlineData("Student Ola Brennick was the first to pick out the parachute as the light was going.", 0, 1, 2, "pick")]
    public void A_doer_credited_as_the_first_to_do_an_act_does_the_verb_after_to(string sentence, int shownFirst, int first, int last, string verb)
    {
        // "X was the first to V" tells that X did V: the act is the infinitive's, not the copula's.
        var words = new Words(sentence);

        var act = AgentClauses.ActOf(words, shownFirst, first, last);
        Assert.NotNull(act);
        var clause = AgentClauses.ClauseOf(words, shownFirst, act.Value);
        Assert.NotNull(clause);
        Assert.Equal(verb, words[clause.Value.Head]);
    }

    [Theory]
    [InlineData("Dev Marsh was the first woman to captain the club.")]
    [InlineData("Dev Marsh was the first of the crew on deck.")]
    [InlineData("Dev Marsh was the first choice to lead the club.")]
    public void A_first_that_is_no_first_doer_of_an_act_tells_no_act(string sentence)
    {
        // Only "(the) first (one/person) to" before a verb credits the act; a first of a kind or a rank tells none.
        Assert.Null(AgentClauses.ActOf(new Words(sentence), 0, 0, 1));
    }

    [Fact]
    public void Picking_out_a_thing_is_spotting_it()
    {
        // "picked out the orange parachute" tells the same kind of act as "spotted the parachute".
        Assert.Equal(ActSenses.Of(Stemmer.Inflections.Stem("spotted")), ActSenses.OfPhrasal(Stemmer.Inflections.Stem("picked"), "out"));
        Assert.Null(ActSenses.OfPhrasal(Stemmer.Inflections.Stem("picked"), "up"));
    }
}
