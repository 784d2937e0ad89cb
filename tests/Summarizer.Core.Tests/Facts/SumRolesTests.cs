using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A sum's own words say what part it plays (<see cref="SumRoles"/>): the whole outlay, a part given towards it, a
/// business's takings or its profit. Sums of two different parts are not one figure misreported, however many of the
/// story's words their sentences share; two reports of one part still disagree. Every sentence is invented.
/// </summary>
public sealed class SumRolesTests
{
    [Theory]
    [InlineData("Restoring the bandstand will cost £1.1m, the council said.", SumRoles.Whole)]
    [InlineData("The council approved a £2m restoration of the pavilion.", SumRoles.Whole)]
    [InlineData("The lottery fund has offered £300,000 towards the restoration.", SumRoles.Part)]
    [InlineData("Residents have pledged a further £4,000 to the fund.", SumRoles.Part)]
    [InlineData("The arts board awarded the festival a £250,000 grant.", SumRoles.Part)]
    [InlineData("Donations to the club's appeal had reached £3,400.", SumRoles.Part)]
    [InlineData("Annual sales at the chain are now expected to reach £95m.", SumRoles.Takings)]
    [InlineData("The chain now expects a profit of about £40m for the year.", SumRoles.Result)]
    [InlineData("The band was paid £800 for the evening, its manager said.", "")]
    [InlineData("Neighbours set up a crowdfunder for its repair, raising £6,200 in a week.", SumRoles.Part)]
    [InlineData("The supporters' trust raises £1,500 a month for the ground.", SumRoles.Part)]
    [InlineData("The trust puts the cost of relaying and draining the pitch at £340,000.", SumRoles.Whole)]
    [InlineData("Surveyors put the likely repair bill for the roof and the gutters at around £65,000.", SumRoles.Whole)]
    [InlineData("The club estimates its sales and its bar takings at about £2m.", SumRoles.Takings)]
    [InlineData("Insurers value the stolen trophies and medals at £12,000.", "")]
    [InlineData("Relaying the pitch will cost at least £300,000, the trust said.", SumRoles.Whole)]
    [InlineData("The £3.1m facelift of the pavilion was paid for mostly by the lottery.", SumRoles.Whole)]
    public void A_sum_reads_the_part_it_plays_from_its_own_words(string sentence, string role) =>
        Assert.Equal(role, Value(sentence).Signature.SumRole);

    [Theory]
    [InlineData("Restoring the bandstand will cost £1.1m, the council said.",
        "The lottery fund has offered £300,000 towards the cost of restoring the bandstand, the council said.")]
    [InlineData("The chain now expects annual profit of about £40m, the company said.",
        "Annual sales at the chain are now expected to reach £95m, the company said.")]
    [InlineData("Repairs to the lifeboat station are expected to cost £90,000, the charity said.",
        "Pledges to the lifeboat station repair appeal had reached £20,000, the charity said.")]
    [InlineData("Villagers launched an appeal for the bandstand's repair, raising £9,000 in its first week.",
        "The council puts the cost of repairing and repainting the bandstand at £480,000.")]
    public void Sums_of_different_parts_are_not_one_figure(string first, string second)
    {
        var groups = Align(first, second);

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Fact]
    public void An_appeal_running_beside_a_cost_put_at_a_sum_is_neither_its_version_nor_its_rival()
    {
        var groups = Align(
            "Villagers launched an appeal for the bandstand's repair raising £9,000 in its first week. Rebuilding the bandstand will cost about £350,000, the council said.",
            "The council puts the cost of rebuilding and repainting the bandstand at £480,000. The bandstand appeal has raised £21,000 so far.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && Has(g, "£350,000") && Has(g, "£480,000"));
        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && Has(g, "£9,000") && Has(g, "£480,000"));
    }

    private static bool Has(AlignedGroup group, string sum) => group.Facts.Any(f => f.Text.EndsWith(sum, StringComparison.Ordinal));

    [Theory]
    [InlineData("Restoring the bandstand will cost £1.1m, the council said.", "The bandstand restoration will cost £800,000, the council said.")]
    [InlineData("The walkout is costing the ferry company €20m a day.", "The walkout has cost the ferry company losses of around €12m a day.")]
    [InlineData("The lottery fund has offered £300,000 towards the bandstand.", "The lottery fund has offered £250,000 towards the bandstand.")]
    [InlineData("Repairing the bandstand will cost about £350,000, the council said.",
        "The council puts the cost of repairing and repainting the bandstand at £480,000.")]
    [InlineData("Villagers launched an appeal for the bandstand, raising £9,000 in its first week.",
        "The bandstand appeal has raised £7,500 in its first week, villagers said.")]
    public void Two_reports_of_one_part_still_disagree(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }
}
