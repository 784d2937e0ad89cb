using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using Summarizer.Text;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// News tells a formal opening as "cut the ribbon" as often as "was officially opened by": the idiom is the act of
/// opening, so two people credited with it in the two wordings are two versions of who opened the place. A passive's
/// verb is its participle even with an adverb before it ("was officially opened").
/// </summary>
public sealed class ActIdiomsTests
{
    private const string Opening = "The new Corsley Parkway station opened to passengers on Monday after two years of building work.";

    [Fact]
    public void Cutting_the_ribbon_is_opening_the_place()
    {
        var (told, held) = EventAgentFinder.FindBoth(Sources(
            $"{Opening} It was officially opened by regional transport commissioner Farida Osei, the rail company said.",
            $"{Opening} Council leader Neil Brightmore cut the ribbon, a rail company spokesman, Ivo Lund, said.",
            Opening), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(told.Concat(held));
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith("Farida Osei", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith("Neil Brightmore", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cut", "the", "ribbon", true)]
    [InlineData("cuts", "a", "ribbon", true)]
    [InlineData("cut", "the", "cable", false)]
    [InlineData("tied", "the", "ribbon", false)]
    public void Only_the_ribbon_cut_names_an_opening(string verb, string determiner, string noun, bool opening)
    {
        var idiom = ActSenses.OfIdiom(Stemmer.Inflections.Stem(verb), determiner, noun);

        Assert.Equal(opening ? Stemmer.Inflections.Stem("opened") : null, idiom);
    }

    [Theory]
    [InlineData("The station was officially opened by Farida Osei.", "opened")]
    [InlineData("The cases were first linked by Farida Osei.", "linked")]
    [InlineData("The plan was tabled by Farida Osei.", "tabled")]
    public void A_passives_verb_is_its_participle_past_an_adverb(string sentence, string verb)
    {
        var words = new Words(sentence);
        var name = Enumerable.Range(0, words.Count).First(k => words[k] == "farida");
        var act = AgentClauses.ActOf(words, name, name, name + 1);

        Assert.NotNull(act);
        var clause = AgentClauses.ClauseOf(words, name, act.Value);
        Assert.NotNull(clause);
        Assert.Equal(verb, words[clause.Value.Head]);
    }
}
