using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The agent of a passive of contact or damage is the cause when the clause tells what had happened before the event ("had
/// been hit by") or offers it as a guess ("may have been holed by"), shown with its participle; told plainly ("were struck
/// by cars") it reports what the event did.
/// </summary>
public sealed class CausePriorContactTests
{
    [Theory]
    [InlineData("Engineers said the water main had been struck by a piling rig used on the new flats.", "struck by a piling rig used on the new flats", "a piling rig used on the new flats")]
    [InlineData("The ferry's hull may have been punctured by a half-sunk shipping container", "punctured by a half-sunk shipping container", "a half-sunk shipping container")]
    [InlineData("Rangers found the fox's leg had been gashed by a rusty wire snare.", "gashed by a rusty wire snare", "a rusty wire snare")]
    public void Reads_the_agent_of_a_prior_contact_with_its_participle(string sentence, string shown, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(shown, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
        Assert.Equal(cause, sentence[words.Tokens[span.CoreFirst!.Value].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Three sheep were struck by cars on the bypass.")]
    [InlineData("The cable had been damaged in the storm.")]
    [InlineData("Nobody believes the barrier had not been hit by a lorry.")]
    public void A_contact_told_plainly_or_denied_names_no_cause(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void A_prior_contact_and_a_stated_cause_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The water company blamed the leak on frost heave under the old road.",
            "Residents said the main had been struck by a trench cutter laying new ducts."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
        Assert.Contains(disagreement.Claims, c => c.Text.StartsWith("struck by a trench cutter", StringComparison.Ordinal));
    }
}
