using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>What a story's event cost someone is one fact, whether an outlet calls it a bill, a price or a loss, or hedges it.</summary>
public sealed class OutlaySlotsTests
{
    private static List<AlignedGroup> Sums(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Money)).ToList();

    [Fact]
    public void A_bill_and_a_loss_each_outlet_gives_once_are_one_fact()
    {
        var groups = Sums(
            "Floodwater poured into the Marbeck tram depot on Sunday night. Putting the trams back into service will cost the operator £2.1m.",
            "Floodwater poured into the Marbeck tram depot on Sunday night. Insurers put the losses at about £900,000.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void An_outlay_hedged_as_an_estimate_meets_another_outlets_figure()
    {
        var groups = Sums(
            "A burst pipe flooded the stalls of the Orwell Playhouse. The repairs could cost the theatre £650,000.",
            "A burst pipe flooded the stalls of the Orwell Playhouse. The theatre said the repairs will cost £1.1m.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_source_with_two_outlays_fills_the_slot_with_neither()
    {
        var groups = Sums(
            "A burst pipe flooded the stalls of the Orwell Playhouse. The repairs will cost £400,000 and new seating a further £250,000.",
            "A burst pipe flooded the stalls of the Orwell Playhouse. Insurers put the losses at about £900,000.");

        Assert.Empty(groups);
    }
}
