using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A figure in a unit of mass per mass ("410 micrograms per kilogram", "160µg/kg", "2mg per kg") is a concentration: a
/// quantity read as a ratio, never a count of micrograms, and its measure comes from its own unit, never from a verb
/// elsewhere in the sentence ("samples taken from the ropes" is no theft).
/// </summary>
public sealed class MassPerMassTests
{
    [Theory]
    [InlineData("Samples taken from the farm's ropes contained shellfish toxins at 410 micrograms per kilogram.", 410e-9)]
    [InlineData("Weekly samples returned a result of 260 micrograms per kilogram of shellfish flesh.", 260e-9)]
    [InlineData("The samples were above the 160µg/kg limit at which harvesting must stop.", 160e-9)]
    [InlineData("Tests found 2.5 milligrams per kilogram of lead in the feed.", 2.5e-6)]
    [InlineData("The limit is 3mg/kg for cadmium in the crop.", 3e-6)]
    public void A_mass_per_mass_is_a_concentration(string sentence, double ratio)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind is ValueKind.Quantity or ValueKind.Count);

        Assert.Equal(ValueKind.Quantity, fact.Value.Kind);
        Assert.Equal(FigureReader.Concentration, fact.Measure);
        Assert.Equal(ratio, fact.Value.Stated!.Value, ratio * 1e-6);
    }

    [Fact]
    public void One_level_written_in_words_and_in_symbols_is_one_reading()
    {
        var worded = Assert.Single(Read("It set a legal limit of 160 micrograms per kilogram."), f => f.Value.Kind == ValueKind.Quantity);
        var symbols = Assert.Single(Read("It set a legal limit of 160µg/kg."), f => f.Value.Kind == ValueKind.Quantity);

        Assert.Equal(worded.Measure, symbols.Measure);
        Assert.Equal(worded.Value.Stated!.Value, symbols.Value.Stated!.Value, 1e-15);
    }

    [Fact]
    public void A_mass_alone_is_a_mass()
    {
        var fact = Assert.Single(Read("Each tablet holds 500 milligrams of the drug."), f => f.Value.Kind is ValueKind.Quantity or ValueKind.Count);

        Assert.Equal(ValueKind.Quantity, fact.Value.Kind);
        Assert.Equal("mass", fact.Measure);
    }

    [Fact]
    public void Two_levels_of_one_toxin_are_a_disagreement_of_concentrations()
    {
        var groups = Align(
            "Samples taken from the farm's ropes contained shellfish toxins at 410 micrograms per kilogram.",
            "Weekly monitoring samples returned a result of 260 micrograms per kilogram of shellfish flesh.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind is ValueKind.Quantity or ValueKind.Count));
        Assert.All(group.Facts, f => Assert.Equal(FigureReader.Concentration, f.Measure));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
