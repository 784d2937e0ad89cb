using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// News tells some acts as nouns and names their doer as where the act came from or whose it was: "a motion from
/// Councillor Ed Hale", "after a complaint from the visitors' coach, Ana Vell", "on the orders of surveyor Ed Hale".
/// That person did the noun's act as the agent of a passive does its verb's, so another outlet crediting someone else
/// with it gives a second version of who did it.
/// </summary>
public sealed class NounAgentsTests
{
    private const string Port = "A cargo ship dragged her anchor across the island's power cable on Thursday night.";

    private const string Council = "Councillors on the health committee voted on Thursday to shut the canteen at Dunmore town hall.";

    [Theory]
    [InlineData("The vote followed a motion from Councillor Neil Brightmore, who said the canteen had lost money for years.", "Neil Brightmore")]
    [InlineData("The canteen will shut after the committee backed a proposal from Councillor Neil Brightmore, the group's leader, a spokesman said.", "Neil Brightmore")]
    public void A_motion_from_a_person_is_their_proposal(string second, string doer)
    {
        // Paired on the doers' own clauses, the noun heading one as the verb heads the other: a weaker pairing, listed
        // after role holders (<see cref="EventAgentFinder.FindHeld"/>).
        var (told, held) = EventAgentFinder.FindBoth(Sources(
            $"{Council} The motion to shut the canteen was tabled by Councillor Farida Osei, who chairs the committee.",
            $"{Council} {second}",
            Council), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(told.Concat(held));
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith("Farida Osei", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith(doer, c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_given_as_whose_it_was_is_their_order()
    {
        var found = EventAgentFinder.Find(Sources(
            $"{Port} Harbour master Farida Osei ordered the ship held in the sound, the island's councillor, Tom Reed, said.",
            $"{Port} The ship has been held in the sound on the orders of coastguard surveyor Neil Brightmore, port spokesman Ivo Lund said.",
            Port), minVariantLength: 6);

        // The spokesman named after the comma is no one whose orders they were: the apposition of a name is a role noun's.
        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith("Farida Osei", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith("Neil Brightmore", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The vote followed a motion from Councillor Neil Brightmore.", "motion")]
    [InlineData("The case was brought after a complaint from the visiting coach, Neil Brightmore, on Monday.", "complaint")]
    [InlineData("The ship was held on the orders of coastguard surveyor Neil Brightmore.", "orders")]
    [InlineData("She stood down at the request of Neil Brightmore.", "request")]
    public void The_noun_of_the_act_ends_the_doers_clause(string sentence, string noun)
    {
        var words = new Words(sentence);
        var shownFirst = First(words, "neil");

        var act = NounAgents.ActOf(words, shownFirst);

        Assert.NotNull(act);
        Assert.Equal(noun, words[act.Value.Last]);
        Assert.Equal(act, AgentClauses.ActOf(words, shownFirst, shownFirst, shownFirst + 1));
    }

    [Theory]
    [InlineData("The vote followed a report from Neil Brightmore.")]
    [InlineData("The lifeboat was under the command of Neil Brightmore.")]
    [InlineData("The motion was backed by the head of planning from Neil Brightmore's office.")]
    [InlineData("A letter from Neil Brightmore told parents of the change.")]
    [InlineData("The ship was held on the orders of Ed Hale, spokesman Neil Brightmore said.")]
    public void Nouns_that_name_no_act_of_the_person_give_no_doer(string sentence)
    {
        var words = new Words(sentence);

        Assert.Null(NounAgents.ActOf(words, First(words, "neil")));
    }

    private static int First(Words words, string word) => Enumerable.Range(0, words.Count).First(k => words[k] == word);
}
