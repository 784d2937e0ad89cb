using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Each source's one physical measure of a dimension is one fact, whatever nouns and verbs each outlet tells it with.</summary>
public sealed class QuantitySlotsTests
{
    private static List<AlignedGroup> Quantities(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Quantity)).ToList();

    [Fact]
    public void One_weight_each_in_unrelated_words_is_one_fact()
    {
        var groups = Quantities(
            "The otter cub weighed just 3kg when volunteers carried her up from the cove at Pellow.",
            "At the clinic the scales showed a little over five kilos for the young animal.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Grams_are_read_as_a_mass()
    {
        var fact = Assert.Single(FactExtractor.Extract(FactTestKit.Article(1, "The fragment found in the garden weighs 640 grams.")).Facts,
            f => f.Value.Kind == ValueKind.Quantity);

        Assert.Equal("mass", fact.Value.Unit);
        Assert.Equal(0.64, fact.Value.Stated!.Value, 6);
    }
}
