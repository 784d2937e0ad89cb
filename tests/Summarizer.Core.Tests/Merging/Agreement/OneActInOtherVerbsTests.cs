using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Outlets tell one act in verbs of one kind that are not the same word: linking cases ("linked" / "connected"), bringing
/// a proposal before a body ("tabled" / "presented" / "a motion"), halting a service ("halted" / "ordered the pause"),
/// passing sentence ("sentenced" / "jailed").
/// Two people credited with such an act in different outlets are two versions of who did it.
/// </summary>
public sealed class OneActInOtherVerbsTests
{
    private const string Clinic = "Four workers at the Dunmore packing plant have fallen ill with tuberculosis since August.";

    [Theory]
    [InlineData("The four cases were linked by Dr Farida Osei of the county health team.", "It was a local GP, Dr Neil Brightmore, who first connected the four cases.")]
    [InlineData("The four cases were first connected by Dr Farida Osei of the county health team.", "Dr Neil Brightmore, a local GP, linked the four cases.")]
    [InlineData("The plan to shut the canteen was tabled by Councillor Farida Osei at the health committee.", "The plan to shut the canteen was presented to the health committee by Councillor Neil Brightmore.")]
    [InlineData("The plan to shut the canteen was put forward by Councillor Farida Osei at the health committee.", "Councillor Neil Brightmore tabled the plan to shut the canteen at the health committee.")]
    [InlineData("Screening at the plant was halted by Dr Farida Osei, the trust's director of public health.", "Dr Neil Brightmore, the trust's medical director, ordered the pause in screening at the plant.")]
    // The row below is a guard: it passes on the code before "identify" and "trace" joined the finding sense (run there
    // at the session-60 reread, where the two sense rows of the theory further down fail).
    [InlineData("The stolen tractor was identified by a neighbour, Farida Osei, from a photograph.", "The stolen tractor was traced by the county's rural crime officer, Neil Brightmore.")]
    public void People_credited_with_one_act_in_verbs_of_one_kind_disagree(string first, string second)
        => AssertOseiAgainstBrightmore(Clinic, first, second);

    private const string Forgery = "A printer who forged residents' parking permits for four streets in Quillhaven has been given a prison term.";

    [Theory]
    [InlineData("The printer was sentenced by Judge Farida Osei.", "Recorder Neil Brightmore jailed the printer.")]
    [InlineData("Judge Farida Osei jailed the printer.", "The printer was sentenced by Recorder Neil Brightmore.")]
    // "Sentenced" and "jailed" tell one act of the court: two outlets naming different judges for it disagree on who passed sentence.
    public void People_credited_with_passing_sentence_in_other_verbs_disagree(string first, string second)
        => AssertOseiAgainstBrightmore(Forgery, first, second);

    // Two outlets sharing a background sentence, each adding its own doer of the act, make one disagreement: Osei against Brightmore.
    private static void AssertOseiAgainstBrightmore(string background, string first, string second)
    {
        var found = EventAgentFinder.Find(Sources($"{background} {first}", $"{background} {second}", background), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith("Farida Osei", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith("Neil Brightmore", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("linked", "connected")]
    [InlineData("tabled", "motion")]
    [InlineData("proposal", "presented")]
    [InlineData("halted", "pause")]
    [InlineData("identified", "traced")]
    [InlineData("uncovered", "discovered")]
    [InlineData("sentenced", "jailed")]
    public void Verbs_of_one_kind_of_act_share_a_sense(string first, string second)
    {
        var sense = ActSenses.Of(Summarizer.Text.Stemmer.Inflections.Stem(first));

        Assert.NotNull(sense);
        Assert.Equal(sense, ActSenses.Of(Summarizer.Text.Stemmer.Inflections.Stem(second)));
    }

    [Theory]
    [InlineData("put")]
    [InlineData("brought")]
    public void Putting_or_bringing_forward_is_proposing(string verb)
    {
        // "The motion was put forward by ...": the verb and its particle name the act together.
        Assert.NotNull(ActSenses.Of(Summarizer.Text.Stemmer.Inflections.Stem("tabled")));
        Assert.Equal(ActSenses.Of(Summarizer.Text.Stemmer.Inflections.Stem("tabled")), ActSenses.OfPhrasal(Summarizer.Text.Stemmer.Inflections.Stem(verb), "forward"));
        Assert.Null(ActSenses.OfPhrasal(Summarizer.Text.Stemmer.Inflections.Stem(verb), "out"));
    }

    [Fact]
    public void Different_acts_in_one_story_keep_apart()
    {
        // Linking the cases and halting the screening are two acts, done by two people: no conflict.
        var found = EventAgentFinder.Find(Sources(
            $"{Clinic} The four cases were linked by Dr Farida Osei of the county health team.",
            $"{Clinic} Screening at the plant was halted by Dr Neil Brightmore, the trust's medical director.",
            Clinic), minVariantLength: 6);

        Assert.Empty(found);
    }
}
