using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A person named as the subject of an absolute clause ("..., with Ana Vell taking second place") does the act of its
/// participle, as the subject of a clause of their own would.
/// </summary>
public sealed class AbsoluteClauseAgentTests
{
    private const string Opening = "The Harlow Vale fell race was run in thick mist on Sunday.";

    [Theory]
    [InlineData("The race was won by Ivo Brand, with Ana Vell taking second place.", "taking")]
    [InlineData("With club captain Ana Vell leading the search, the dog was found by noon.", "leading")]
    public void The_name_after_with_is_the_subject_of_the_participle(string sentence, string verb)
    {
        var words = new Words(sentence);
        var name = Enumerable.Range(0, words.Count).First(k => words[k] == "ana");

        var act = AgentClauses.ActOf(words, name, name, name + 1);

        Assert.NotNull(act);
        Assert.Equal(verb, words[act.Value.First]);
    }

    [Theory]
    [InlineData("The race was won by Ivo Brand, who ran with Ana Vell taking photographs.")]
    [InlineData("The race was won by Ivo Brand, with Ana Vell saying the course was too short.")]
    [InlineData("The race was won by Ivo Brand, with Ana Vell in second place.")]
    public void A_companion_a_speaker_or_a_verbless_with_does_no_act(string sentence)
    {
        // "with" inside a clause names a companion; a participle of saying reports words; no participle, no act.
        var words = new Words(sentence);
        var name = Enumerable.Range(0, words.Count).First(k => words[k] == "ana");

        Assert.Null(AgentClauses.ActOf(words, name, name, name + 1));
    }

    [Fact]
    public void Who_came_second_told_in_an_absolute_clause_is_a_rival_version()
    {
        var (told, held) = EventAgentFinder.FindBoth(Sources(
            $"{Opening} The race was won by Ivo Brand. Petra Vance finished in second place, a minute behind him.",
            $"{Opening} The race was won by Ivo Brand, with Owen Madoc taking second place.",
            Opening), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(told.Concat(held));
        Assert.Collection(disagreement.Claims.Select(c => c.Text),
            c => Assert.EndsWith("Petra Vance", c, StringComparison.Ordinal), c => Assert.EndsWith("Owen Madoc", c, StringComparison.Ordinal));
    }
}
