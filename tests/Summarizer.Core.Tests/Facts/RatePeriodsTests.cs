using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A sum given per period ("£1.2m a year") is written with its period; what a sum is costing is a cost however the verb is inflected.</summary>
public sealed class RatePeriodsTests
{
    [Theory]
    [InlineData("The new ferry contract will cost the county £2.4m a year.", "£2.4m a year")]
    [InlineData("Residents will pay £35 per month for the garden waste collection.", "£35 per month")]
    [InlineData("The charity said the scheme would save hospitals $800,000 annually.", "$800,000 annually")]
    [InlineData("Hauliers say the blockade is taking €3 million each week out of their trade.", "€3 million each week")]
    public void A_sum_per_period_is_written_with_its_period(string sentence, string text) =>
        Assert.Equal(text, FactTestKit.Value(sentence).Text);

    [Theory]
    [InlineData("The same warehouse was sold for £3m a year ago.", "£3m")]
    [InlineData("The club paid £40,000, a day after the hearing.", "£40,000")]
    public void A_time_back_from_now_or_another_clause_is_no_period(string sentence, string text) =>
        Assert.Equal(text, Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Money).Text);

    [Theory]
    [InlineData("The closure of the pier is costing the town £40,000 a week.")]
    [InlineData("Flooding at the depot ended up costing the operator about £1.5m.")]
    [InlineData("Costing the taxpayer $12m, the upgrade was finished last spring.")]
    public void What_something_is_costing_is_a_cost(string sentence) =>
        Assert.Equal("cost", FactTestKit.Value(sentence).Frame);

    [Fact]
    public void What_an_event_is_costing_meets_another_outlets_loss()
    {
        var groups = FactTestKit.Align(
            "Lorry drivers blocked the Danford toll bridge on Monday. The blockade is costing hauliers €3m a day, their association said.",
            "Lorry drivers blocked the Danford toll bridge on Monday. Insurers put the losses at about €5m per day.")
            .Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Money)).ToList();

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Equal(["€3m a day", "about €5m per day"], group.Versions.Select(v => v.First.Text));
    }
}
