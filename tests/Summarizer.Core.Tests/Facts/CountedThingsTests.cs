using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Things news counts under more than one word: bags and suitcases, watercolours and paintings, street lights and lamps,
/// charities and organisations, boats and narrowboats, sheep and ewes, fire engines and appliances; and
/// the people a performance or a crime counts (singers, robbers). Two outlets' counts of one such thing in one act are
/// two versions of one count.
/// </summary>
public sealed class CountedThingsTests
{
    [Theory]
    [InlineData("suitcases", "bags")]
    [InlineData("watercolours", "paintings")]
    [InlineData("lamps", "lights")]
    [InlineData("organisations", "charities")]
    [InlineData("narrowboats", "boats")]
    [InlineData("craft", "boats")]
    [InlineData("ewes", "sheep")]
    [InlineData("singers", "people")]
    [InlineData("robbers", "men")]
    [InlineData("salmon", "fish")]
    [InlineData("trout", "fish")]
    [InlineData("penguins", "birds")]
    [InlineData("swans", "birds")]
    public void Two_words_for_one_counted_thing_are_one_class(string one, string other) =>
        Assert.Equal(MeasureClasses.Of(other), MeasureClasses.Of(one));

    [Theory]
    [InlineData("bags", "paintings")]
    [InlineData("lamps", "homes")]
    [InlineData("charities", "shops")]
    [InlineData("ewes", "boats")]
    [InlineData("salmon", "birds")]
    [InlineData("penguins", "boats")]
    public void Counted_things_of_other_kinds_stay_apart(string one, string other) =>
        Assert.NotEqual(MeasureClasses.Of(other), MeasureClasses.Of(one));

    [Fact]
    public void Bags_and_suitcases_left_behind_are_one_count()
    {
        var group = FactTestKit.CountGroup(
            "About 4,000 bags were left behind at Kelby Airport on Friday when the baggage system failed.",
            "More than 7,000 suitcases were left behind at Kelby Airport on Friday when the baggage system failed.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("street lights", "lamps")]
    [InlineData("watercolours", "paintings")]
    [InlineData("ewes", "sheep")]
    [InlineData("narrowboats", "boats")]
    [InlineData("appliances", "fire engines")]
    public void Two_words_for_one_thing_in_one_act_are_two_versions_of_one_count(string one, string other)
    {
        var group = FactTestKit.CountGroup(
            $"About 1,800 {one} were damaged at Harley on Tuesday night when the storm hit the valley.",
            $"About 2,400 {other} were damaged at Harley on Tuesday night when the storm hit the valley.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("The flooded tank held about 3,000 fish before the pump failed.", "The flooded tank had held 2,400 trout before the pump failed.")]
    [InlineData("The aviary held 60 birds before the storm, the sanctuary said.", "The aviary held 48 owls before the storm, the sanctuary said.")]
    public void A_kind_counted_by_its_class_noun_is_one_count_with_the_kind(string first, string second)
    {
        var group = FactTestKit.CountGroup(first, second);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Two_kinds_of_one_class_are_still_two_counts()
    {
        var groups = FactTestKit.Align(
            "The flooded tank held about 3,000 trout before the pump failed.",
            "The flooded tank had held 2,400 carp before the pump failed.");
        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Fact]
    public void A_choir_sized_by_its_voices_is_a_count_of_its_singers() =>
        Assert.Equal(MeasureClasses.Persons, FactTestKit.Read("The prize went to a 64-voice ensemble from the valley.").First(f => f.Value.Kind == ValueKind.Count).Measure);

    [Fact]
    public void Every_noun_of_a_group_of_one_role_counts_people() =>
        Assert.All(MeasureClasses.OneRole.SelectMany(g => g), noun => Assert.Equal(MeasureClasses.Persons, MeasureClasses.Of(noun)));

    [Fact]
    public void A_crowd_sized_before_its_noun_counts_people() =>
        Assert.Equal(MeasureClasses.Persons, FactTestKit.Read("The final was played before a 57,000 crowd at the National Stadium.").First(f => f.Value.Kind == ValueKind.Count).Measure);
}
