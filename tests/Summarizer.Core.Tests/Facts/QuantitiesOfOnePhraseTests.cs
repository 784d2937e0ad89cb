using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A quantity sizes a noun phrase whose head comes last ("a 36-metre concrete pump boom", "litres of raw sewage"): two
/// outlets' phrases that share a word size one thing, though the first word after each figure differs.
/// </summary>
public sealed class QuantitiesOfOnePhraseTests
{
    [Theory]
    [InlineData("The 42-metre boom came down across the roof of the house on Lantern Row.", "Witnesses saw a 36-metre concrete pump boom come down across the roof of the house on Lantern Row.")]
    [InlineData("The pumping station released an estimated 2 million litres of raw sewage into the bay.", "The pumping station released about 850,000 litres of diluted sewage into the bay.")]
    public void Phrases_sharing_their_head_size_one_thing(string first, string second)
    {
        var group = Assert.Single(FactTestKit.Align(first, second), g => g.Facts.All(f => f.Value.Kind == ValueKind.Quantity));

        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void The_phrase_holds_the_compound_after_the_figure()
    {
        var boom = FactTestKit.Value("Witnesses saw a 36-metre concrete pump boom come down.");

        Assert.Equal("concret", boom.Signature.Head);
        Assert.Contains("boom", boom.Signature.Phrase);
    }

    [Fact]
    public void Phrases_with_no_word_in_common_still_size_different_things() =>
        Assert.DoesNotContain(
            FactTestKit.Align(
                "Police set up a 3 km exclusion zone around the works on the river at Brell.",
                "The spill spread along 3 km of the river at Brell."),
            g => g.Facts.All(f => f.Value.Kind == ValueKind.Quantity) && g.Label == AlignmentLabel.Agree);

    [Fact]
    public void Counts_read_no_phrase() =>
        Assert.Empty(FactTestKit.Value("Crews evacuated 74 people from the flats.").Signature.Phrase);
}
