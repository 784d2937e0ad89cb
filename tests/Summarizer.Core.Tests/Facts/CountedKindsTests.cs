using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// What a count counts, read from how news words it: families are people counted by their kin, not the houses they
/// live in; the people nouns of one role are people; "new" before the counted noun says what the things are like; and
/// a writer counting "us" counts people.
/// </summary>
public sealed class CountedKindsTests
{
    [Theory]
    [InlineData("Two families were moved into temporary accommodation on Friday.")]
    [InlineData("Twenty-three families have already been rehoused while repairs go on.")]
    public void Families_are_counted_as_families(string sentence) =>
        Assert.Equal(MeasureClasses.Families, Count(sentence).Measure);

    [Fact]
    public void A_count_of_houses_and_a_count_of_families_are_no_two_versions_of_one_count()
    {
        var groups = FactTestKit.Align(
            "Six houses were evacuated when the slope gave way behind Mill Row on Tuesday night.",
            "Two families were evacuated when the slope gave way behind Mill Row on Tuesday night.");
        Assert.DoesNotContain(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Count) && g.Sources.Count == 2);
    }

    [Fact]
    public void Two_outlets_counts_of_the_families_moved_out_still_meet()
    {
        var group = FactTestKit.CountGroup(
            "Twenty-three families have been moved out of their flats in Dene Court while the mould is treated.",
            "Thirty-one families have been moved out of their flats in Dene Court while the mould is treated.");
        Assert.Equal([1, 2], group.Sources);
    }

    [Fact]
    public void Homes_and_households_without_power_still_meet()
    {
        var group = FactTestKit.CountGroup(
            "About 12,000 homes were without electricity on Monday night after the storm brought down lines.",
            "More than 20,000 households were without electricity on Monday night after the storm brought down lines.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("An estimated 3,000 birdwatchers have descended on the marshes since Saturday.")]
    [InlineData("Almost 1,900 supporters were inside the ground when the lights failed.")]
    [InlineData("About 400 campaigners gathered outside the town hall.")]
    public void The_people_nouns_of_one_role_count_people(string sentence) =>
        Assert.Equal(MeasureClasses.Persons, Count(sentence).Measure);

    [Fact]
    public void A_crowd_and_the_supporters_inside_the_ground_are_one_count()
    {
        var group = FactTestKit.CountGroup(
            "A crowd of 1,140 had watched the first half at Harnley Park before the floodlights failed.",
            "Almost 1,900 supporters had watched the first half at Harnley Park before the floodlights failed.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("The plan would replace the blocks with 1,150 new homes.", "dwellings")]
    [InlineData("The operator ordered all 24 of the new trains off the network on Saturday.", "train")]
    public void New_before_the_counted_noun_leaves_the_noun_counted(string sentence, string counted) =>
        Assert.Equal(counted == "dwellings" ? MeasureClasses.Dwellings : MeasureClasses.Of(counted), Count(sentence).Measure);

    [Fact]
    public void New_before_a_function_word_names_no_noun() =>
        Assert.NotEqual(MeasureClasses.Of("new"), Count("The firm hired 40 new this spring and more will follow.").Measure);

    [Theory]
    [InlineData("Most weeks there were more than 500 of us on the start line at 9.30am.")]
    [InlineData("In the end 85 of us turned up over a few summers to fill in the colours.")]
    public void A_writer_counting_us_counts_people(string sentence) =>
        Assert.Equal(MeasureClasses.Persons, Count(sentence).Measure);

    [Fact]
    public void A_count_of_them_is_not_read_as_people_by_the_us_rule() =>
        Assert.NotEqual(MeasureClasses.Persons, FactTestKit.Read("More than 7,000 of them piled up under the terminal.").FirstOrDefault(f => f.Value.Kind == ValueKind.Count)?.Measure ?? "");

    private static Fact Count(string sentence) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Count);
}
