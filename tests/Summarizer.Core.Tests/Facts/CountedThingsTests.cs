using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Things news counts under more than one word: bags and suitcases, watercolours and paintings, street lights and lamps,
/// charities and organisations, boats and narrowboats, sheep and ewes, homes and the premises a network supplies; and
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
    [InlineData("premises", "homes")]
    [InlineData("singers", "people")]
    [InlineData("robbers", "men")]
    public void Two_words_for_one_counted_thing_are_one_class(string one, string other) =>
        Assert.Equal(MeasureClasses.Of(other), MeasureClasses.Of(one));

    [Theory]
    [InlineData("bags", "paintings")]
    [InlineData("lamps", "homes")]
    [InlineData("charities", "shops")]
    [InlineData("ewes", "boats")]
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
    public void Two_words_for_one_thing_in_one_act_are_two_versions_of_one_count(string one, string other)
    {
        var group = FactTestKit.CountGroup(
            $"About 1,800 {one} were damaged at Harley on Tuesday night when the storm hit the valley.",
            $"About 2,400 {other} were damaged at Harley on Tuesday night when the storm hit the valley.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_choir_sized_by_its_voices_is_a_count_of_its_singers() =>
        Assert.Equal(MeasureClasses.Persons, FactTestKit.Read("The prize went to a 64-voice ensemble from the valley.").First(f => f.Value.Kind == ValueKind.Count).Measure);

    [Fact]
    public void Premises_and_homes_cut_off_are_one_count()
    {
        var group = FactTestKit.CountGroup(
            "About 1,400 homes lost phone and broadband services after thieves cut a cable near Harley on Sunday.",
            "About 2,300 premises lost phone and broadband services after thieves cut a cable near Harley on Sunday.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
