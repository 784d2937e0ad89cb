using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Ages of one holder that outlets word apart: a thing named after its aged noun ("The 412-year-old bell, Great
/// Edmund,"), and one structure's only age in each outlet, told with few other words in common.
/// </summary>
public sealed class AgesOfOneHolderTests
{
    [Fact]
    public void A_name_set_off_after_an_aged_noun_is_whose_age_it_is()
    {
        var apposed = Assert.Single(FactTestKit.Read("The 412-year-old bell, Great Edmund, split and fell inside the central tower."), f => f.Value.Kind == ValueKind.Age);
        var named = Assert.Single(FactTestKit.Read("Great Edmund, the 337-year-old tenor bell weighing 1.8 tonnes, dropped through the floor."), f => f.Value.Kind == ValueKind.Age);

        Assert.Equal(named.Measure, apposed.Measure);
    }

    [Fact]
    public void A_structure_keeps_its_class_though_a_name_is_set_off_after_it() =>
        Assert.StartsWith(Measures.ThingPrefix, Assert.Single(FactTestKit.Read("The 58-year-old bridge, Haxley Crossing, was closed."), f => f.Value.Kind == ValueKind.Age).Measure, StringComparison.Ordinal);

    [Fact]
    public void Each_outlets_only_age_of_a_tower_is_the_towers()
    {
        var groups = FactTestKit.Align(
            "The 91-year-old tower on Gallows Knap, run by Ferrowmoor Water, lost water as the crack widened.",
            "The tower, 78 years old, stands 32 metres high and is the only storage serving the village.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Age));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Ages_of_two_kinds_of_structure_stay_apart() =>
        Assert.DoesNotContain(
            FactTestKit.Align(
                "The 91-year-old tower on Gallows Knap, run by Ferrowmoor Water, lost water as the crack widened.",
                "The bridge, 78 years old, stands 32 metres high and is the only crossing serving the village."),
            g => g.Facts.All(f => f.Value.Kind == ValueKind.Age));

    [Fact]
    public void A_towers_age_beside_another_age_in_its_outlet_needs_more_words_in_common() =>
        Assert.DoesNotContain(
            FactTestKit.Align(
                "The 91-year-old tower on Gallows Knap, run by Ferrowmoor Water, lost water as the crack widened. A 60-year-old church nearby was flooded.",
                "The tower, 78 years old, stands 32 metres high and is the only storage serving the village."),
            g => g.Facts.All(f => f.Value.Kind == ValueKind.Age));
}
