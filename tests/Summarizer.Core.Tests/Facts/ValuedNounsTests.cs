using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A figure a clause assigns with "at" ("put the crowd at 4,500", "the tally of complaints stood at 212") is the value
/// of the noun phrase its verb takes, however far that phrase runs: what it measures, and its event, are read from the
/// clause's structure, not from the figure's neighbours. Every sentence here is invented for the test.
/// </summary>
public sealed class ValuedNounsTests
{
    [Theory]
    [InlineData("Stewards at the showground put the crowd at 4,500.")]
    [InlineData("Organisers reckoned the turnout on the seafront at about 12,000.")]
    [InlineData("The audience, by the theatre's own estimate, stood at 900.")]
    public void A_gathering_valued_with_at_counts_people(string sentence)
    {
        var count = Value(sentence);

        Assert.Equal(ValueKind.Count, count.Value.Kind);
        Assert.Equal(MeasureClasses.Persons, count.Measure);
    }

    [Theory]
    [InlineData("By the end of the week the ombudsman's tally of complaints stood at 212.", "complaints")]
    [InlineData("Volunteers put the number of nests on the island at about 340.", "nests")]
    [InlineData("The number of ballots in the recount was put at 58.", "ballots")]
    public void A_count_valued_with_at_counts_the_noun_of_its_clause(string sentence, string noun)
    {
        var count = Value(sentence);

        Assert.Equal(ValueKind.Count, count.Value.Kind);
        Assert.Equal(MeasureClasses.Of(noun), count.Measure);
    }

    [Theory]
    [InlineData("The trust estimated the cost of the work, which covers the west wing and both of the old stairwells on the north side, at £3.1m.", "cost")]
    [InlineData("Loss adjusters working for the harbour board have now put the damage to the pontoons, the fuel jetty and the slipway at about £640,000.", "damage")]
    [InlineData("The county puts the price of the land that the developer wants for its new depot beside the ring road at £7m.", "fee")]
    public void The_valued_noun_names_the_sums_frame_however_far_it_stands(string sentence, string frame)
    {
        Assert.Equal(frame, Value(sentence).Frame);
    }

    [Theory]
    [InlineData("The number of cars damaged overnight was put at 48.", "cars")]
    [InlineData("Volunteers put the number of trees felled by the gale at about 1,200.", "trees")]
    [InlineData("The tally of shops burgled along the high street stood at 19.", "shops")]
    public void A_participle_after_the_valued_noun_opens_a_clause_and_is_no_head(string sentence, string noun)
    {
        var count = Value(sentence);

        Assert.Equal(ValueKind.Count, count.Value.Kind);
        Assert.Equal(MeasureClasses.Of(noun), count.Measure);
    }

    [Theory]
    [InlineData("The death toll from the ferry sinking now stands at 31.")]
    [InlineData("The number of people injured in the stampede was put at 64.")]
    [InlineData("Rescuers put the death toll from the avalanche at 11.")]
    public void A_count_of_harm_to_people_valued_with_at_counts_people(string sentence)
    {
        var count = Value(sentence);

        Assert.Equal(ValueKind.Count, count.Value.Kind);
        Assert.Equal(MeasureClasses.Persons, count.Measure);
    }

    [Fact]
    public void A_toll_valued_with_at_agrees_with_the_same_toll_told_as_deaths()
    {
        var groups = Align(
            "Seven climbers died when a serac fell on the Dornach glacier.",
            "The death toll from the serac fall on the Dornach glacier stood at 7 on Sunday.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Frame == "deaths"));
        Assert.Equal(AlignmentLabel.Agree, group.Label);
    }

    [Fact]
    public void A_tally_and_a_count_of_the_same_noun_meet_across_outlets()
    {
        var groups = Align(
            "A sewage leak closed Brannock beach on Tuesday. The council had logged more than 60 complaints by Thursday.",
            "A sewage leak closed Brannock beach on Tuesday. By Thursday the council's tally of complaints stood at 35.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Count));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
