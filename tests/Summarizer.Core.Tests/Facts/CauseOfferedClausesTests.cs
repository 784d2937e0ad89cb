using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Causes told with no word of cause, in clauses news offers as an account of what went wrong: an adverb of intent before
/// its participle ("treating the fire as deliberately started"), a part that "had broken" or a judgement that "had been
/// misjudged" in a reported clause, a breach told as a plain past passive under "according to" or a belief ("the net was
/// cut by a workboat's propeller"), and what "sent" a thing moving out of control ("a steering fault sent the boat
/// lurching onto the sand").
/// </summary>
public sealed class CauseOfferedClausesTests
{
    [Theory]
    [InlineData("Police said they were treating the fire as deliberately started and appealed for witnesses.", "deliberately started")]
    [InlineData("The blaze was deliberately set, the fire service said.", "deliberately set")]
    [InlineData("Staff found that a mooring line had broken during the storm, pulling the pen out of shape.", "a mooring line had broken during the storm")]
    [InlineData("The company said the tide had been misjudged, and the boat settled on the sand.", "the tide had been misjudged")]
    [InlineData("According to two of them, the net was cut by a workboat's propeller.", "cut by a workboat's propeller")]
    [InlineData("The trip ended when a steering fault sent the old boat lurching onto the sand.", "a steering fault")]
    public void Reads_a_cause_offered_without_a_word_of_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The charity was deliberately set up to help families.")]
    [InlineData("Police said the fire was not deliberately started.")]
    [InlineData("A broken valve was found on the site.")]
    [InlineData("The walker was cut by flying glass.")]
    [InlineData("The noise sent his animals scattering into the next glen.")]
    [InlineData("A crane driver cheated death when a container ship ploughed into his crane and sent it toppling.")]
    [InlineData("The terminal has been closed and ships due to call there are being held at anchor offshore.")]
    public void Look_alikes_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void Arson_and_an_electrical_fault_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The mast was destroyed by fire on Wednesday. Police said they were treating the fire as deliberately started.",
            "The mast was destroyed by fire on Wednesday. Its engineers had traced the blaze to an electrical fault in an equipment cabinet."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
