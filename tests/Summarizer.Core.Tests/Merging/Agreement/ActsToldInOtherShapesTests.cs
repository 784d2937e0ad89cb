using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using Summarizer.Text;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Who did the story's act, told in shapes the clause reading missed: an idiom in the passive ("the ribbon was cut
/// by"), an act joined before a quotation ("cut the ribbon and called it "a fine day""), a reduced
/// relative with a phrasal participle ("under a plan drawn up by"), and the noun of an act as the subject of "came
/// from" ("The winning bid came from").
/// </summary>
public sealed class ActsToldInOtherShapesTests
{
    private const string Opening = "The new Harlow Vale library opened to readers on Saturday after a year of building work.";

    private static IReadOnlyList<string> Pair(params string[] texts)
    {
        var (told, held) = EventAgentFinder.FindBoth(Sources(texts), minVariantLength: 6);
        var (_, _, disagreement) = Assert.Single(told.Concat(held));
        return [.. disagreement.Claims.Select(c => c.Text)];
    }

    [Fact]
    public void A_ribbon_cut_in_the_passive_is_the_opening()
    {
        var claims = Pair(
            $"{Opening} It was formally opened by the author Petra Vance, the council said.",
            $"{Opening} The ribbon was cut by Sir Idris Pell, who chairs the library trust, a council spokesman, Ivo Lund, said.",
            Opening);

        Assert.Collection(claims, c => Assert.EndsWith("Petra Vance", c, StringComparison.Ordinal), c => Assert.EndsWith("Idris Pell", c, StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_told_before_a_quotation_is_still_the_reporters_account()
    {
        var claims = Pair(
            $"{Opening} It was formally opened by the author Petra Vance, the council said.",
            $"{Opening} The town's mayor, Councillor Owen Madoc, cut the ribbon and called it \"a fine day\".",
            Opening);

        Assert.Collection(claims, c => Assert.EndsWith("Petra Vance", c, StringComparison.Ordinal), c => Assert.EndsWith("Owen Madoc", c, StringComparison.Ordinal));
    }

    [Fact]
    public void What_two_people_called_the_story_in_quotes_is_no_act()
    {
        var (told, held) = EventAgentFinder.FindBoth(Sources(
            $"{Opening} Local MP Ada Finch called the delay \"a disgrace\" and asked why it took so long.",
            $"{Opening} The arts minister, Ivo Brand, called the delay \"regrettable\" and said lessons had been learned.",
            Opening), minVariantLength: 6);

        Assert.Empty(told.Concat(held));
    }

    [Fact]
    public void A_name_inside_a_quotation_does_no_act()
    {
        var (told, held) = EventAgentFinder.FindBoth(Sources(
            $"{Opening} It was formally opened by the author Petra Vance, the council said.",
            $"{Opening} A reader, Jan Obi, said: \"I wish Owen Madoc had cut the ribbon, but it was a fine day.\"",
            Opening), minVariantLength: 6);

        Assert.Empty(told.Concat(held));
    }

    [Fact]
    public void A_plan_drawn_up_by_someone_was_put_forward_by_them()
    {
        var claims = Pair(
            "The Mill Lane pool will close in April. The closure plan, put forward by cabinet member Cllr Rhoda Venn, will save £80,000 a year.",
            "The Mill Lane pool will close in April under a plan drawn up by council leader Cllr Amos Kettering.");

        Assert.Collection(claims, c => Assert.EndsWith("Rhoda Venn", c, StringComparison.Ordinal), c => Assert.EndsWith("Amos Kettering", c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The pool will close under a plan drawn up by Farida Osei.", "drawn")]
    [InlineData("The proposal, put forward by Farida Osei, will save money.", "put")]
    [InlineData("The pool will close under a plan approved by Farida Osei.", "approved")]
    [InlineData("The pool was closed on Monday by Farida Osei.", "closed")]
    public void The_agents_verb_is_the_participle_next_to_by_when_it_follows_a_noun(string sentence, string verb)
    {
        var words = new Words(sentence);
        var name = Enumerable.Range(0, words.Count).First(k => words[k] == "farida");
        var act = AgentClauses.ActOf(words, name, name, name + 1);

        Assert.NotNull(act);
        var clause = AgentClauses.ClauseOf(words, name, act.Value);
        Assert.NotNull(clause);
        Assert.Equal(verb, words[clause.Value.Head]);
    }

    [Fact]
    public void A_winning_bid_that_came_from_someone_is_their_purchase()
    {
        var claims = Pair(
            "A Texel ram sold for a record 30,000 guineas at Fellbeck mart. The ram was bought by Ewan Tarrant after a long contest.",
            "A Texel ram sold for a record 30,000 guineas at Fellbeck mart. The winning bid came from Welsh farmer Idris Bowen, who said he was delighted.");

        Assert.Collection(claims, c => Assert.EndsWith("Ewan Tarrant", c, StringComparison.Ordinal), c => Assert.EndsWith("Idris Bowen", c, StringComparison.Ordinal));
    }
}
