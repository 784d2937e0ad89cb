using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

public sealed class PaidSumsTests
{
    [Theory]
    [InlineData("The landlord will pay £150 to every tenant.")]
    [InlineData("The council was ordered to pay her £12,000 in compensation.")]
    [InlineData("A baker sacked by the chain has been awarded £9,500.")]
    public void ASumPaidOrAwardedToARecipientIsWhatTheyGet(string sentence) =>
        Assert.Equal(PaidSums.Frame, FactTestKit.Value(sentence).Frame);

    [Theory]
    [InlineData("The council paid £2m for the old depot.", "fee")]
    [InlineData("The firm was awarded a £4m contract by the council.", null)]
    public void APriceOrTheValueOfANounIsNoPayout(string sentence, string? frame) =>
        Assert.Equal(frame, FactTestKit.Value(sentence).Frame);

    [Fact]
    public void APayoutToEachTenantMeetsTheCompensationAnotherOutletGives()
    {
        var groups = FactTestKit.Align(
            "Rent rebates: the landlord will pay £150 to every tenant of the block.",
            "Tenants of the block would receive £250 in compensation, the landlord said.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Money));
    }

    // A guard, not a red-first test: these two sentences share enough words to pair with or without the aid frame; it
    // keeps the frame from splitting an award from the sum a court ordered paid. The theory above covers "awarded".
    [Fact]
    public void AnAwardMeetsTheSumACourtOrderedPaid()
    {
        var groups = FactTestKit.Align(
            "A tribunal ordered the hotel to pay him £20,000 in compensation for unfair dismissal.",
            "The porter sacked by the hotel has been awarded £31,000 for unfair dismissal by a tribunal.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Money));
    }
}
