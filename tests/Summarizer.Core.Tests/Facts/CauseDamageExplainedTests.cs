using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An active verb of damage done to a named thing is an outlet's explanation, and its subject the cause, when the clause
/// tells what had happened before the event ("had soaked the ceiling") or what someone reports or believes ("told the
/// paper that a crane damaged a cable"); told plainly it reports what the event did.
/// </summary>
public sealed class CauseDamageExplainedTests
{
    [Theory]
    [InlineData("Engineers said a blocked drain had flooded the basement before the wall gave way.", "a blocked drain")]
    [InlineData("Divers believe a strong tide swept the dinghy onto the rocks below the quay.", "a strong tide")]
    [InlineData("Two engineers told the Herald that a lightning strike tripped the plant's main breaker.", "a lightning strike")]
    [InlineData("Early checks were that a dripping pipe in the loft had soaked the plasterboard until it sagged.", "a dripping pipe in the loft")]
    public void Reads_the_subject_of_damage_offered_as_an_explanation(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End]);
    }

    // Wear and breakage of a wall or casing are damage too.
    [Theory]
    [InlineData("Surveyors said damp had corroded the steel frame of the stand.", "damp")]
    [InlineData("A loose boulder had holed the keel before the yacht capsized.", "A loose boulder")]
    [InlineData("Engineers think frost heave cracked the culvert's roof last winter.", "frost heave")]
    public void Reads_the_subject_of_wear_or_breakage_offered_as_an_explanation(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End]);
    }

    [Theory]
    [InlineData("The storm flooded the high street on Sunday night.")]
    [InlineData("Inspectors had found weakened bolts on the frame.")]
    [InlineData("The mayor said the roof had been damaged in the storm.")]
    [InlineData("Residents said the river swept through the lower town.")]
    public void Damage_told_plainly_or_done_to_the_subject_names_no_cause(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void A_reported_damage_and_a_stated_cause_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The gallery ceiling collapse was blamed on rotten joists above the stage.",
            "Staff said a leaking tank had soaked the gallery ceiling before it fell."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
