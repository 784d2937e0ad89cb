using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// What a count counts is the noun that ends its phrase, not the first word after the figure: "forty-one young calves"
/// counts calves, "five smoke alarms" alarms, "two night-shift cleaners left the building" cleaners, not the building.
/// </summary>
public sealed class CountedNounTests
{
    [Theory]
    [InlineData("Fire killed forty-one young calves at the farm.", "Fire killed 41 calves at the farm.")]
    [InlineData("Inspectors found five smoke alarms missing.", "Inspectors found 5 alarms missing.")]
    [InlineData("The fleet lost fourteen of its battery-electric single-deckers.", "The fleet lost 14 single-deckers.")]
    public void A_modifier_before_the_noun_does_not_change_what_is_counted(string modified, string plain) =>
        Assert.Equal(Count(plain).Measure, Count(modified).Measure);

    [Fact]
    public void A_plural_noun_ends_the_counted_phrase()
    {
        var fact = Count("Two night-shift cleaners left the building before the fire spread.");

        Assert.NotEqual("buildings", fact.Measure);
        Assert.Equal(Count("Two cleaners were on shift.").Measure, fact.Measure);
    }

    [Fact]
    public void Counts_of_one_thing_with_and_without_a_modifier_disagree_across_outlets()
    {
        var group = FactTestKit.CountGroup(
            "A barn fire at Ashby Farm killed 41 calves on Sunday night, the fire service said.",
            "A barn fire at Ashby Farm killed 65 young calves on Sunday night, the farmer said.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("The maker is recalling 48,000 Brightline Pro kettles sold since March.", "The maker is recalling 48,000 kettles sold since March.")]
    [InlineData("The depot lost 9 Westway buses in the blaze.", "The depot lost 9 buses in the blaze.")]
    [InlineData("It will recall 48,000 of its Brightline Pro kettles.", "It will recall 48,000 kettles.")]
    public void A_brand_or_owner_name_before_the_noun_does_not_hide_what_is_counted(string named, string plain)
    {
        Assert.NotEqual("", Count(plain).Measure);
        Assert.Equal(Count(plain).Measure, Count(named).Measure);
    }

    [Fact]
    public void A_name_that_ends_the_phrase_is_passed_over_only_for_a_noun_of_its_phrase() =>
        Assert.Equal("", Count("The march drew 3,000 Parisians.").Measure);

    [Fact]
    public void A_count_glued_to_a_noun_counts_that_noun_not_the_one_after_it()
    {
        Assert.NotEqual(MeasureClasses.Of("vehicles"), Count("Farmers with four-wheel-drive vehicles ferried nurses to the ward.").Measure);
        Assert.Equal(MeasureClasses.Persons, Count("Its 2,300-strong workforce was told first.").Measure);
    }

    [Fact]
    public void Generic_and_specific_nouns_of_one_count_meet_but_a_glued_count_does_not()
    {
        var groups = FactTestKit.Align(
            "The depot fire destroyed fourteen buses overnight, the operator said.",
            "The depot fire reduced more than 20 vehicles to shells overnight, the operator said.",
            "The depot fire was fought by crews using four-wheel-drive vehicles overnight, the operator said.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Text.Contains("buses", StringComparison.Ordinal)));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.DoesNotContain(group.Facts, f => f.Text.Contains("wheel", StringComparison.Ordinal));
    }

    private static Fact Count(string sentence) =>
        Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Count);
}
