using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "rather than" and "instead of" deny what follows as "not" does, and a verb of not doing before an infinitive
/// ("failed to", "declined to", "refused to") says it was not done as "could not" does: a claim that puts the denial
/// with "not" is found there, and a claim that affirms what the source sets aside or leaves undone is not. Every
/// sentence is invented.
/// </summary>
public class DenialPhraseTests
{
    private const string Source = "The cup tie was called off because of a waterlogged pitch rather than the storm warning. "
        + "Stranded ferry passengers were put on a coach to Carrick instead of the late sailing. "
        + "The Pellow bakery failed to find a buyer for its Mill Lane shop. "
        + "The health minister declined to say when the new hospital wing would open. "
        + "The landlord refused to return the tenants' deposit.";

    [Theory]
    [InlineData("The cup tie was called off because of a waterlogged pitch, not the storm warning.")]
    [InlineData("Stranded ferry passengers went to Carrick on a coach, not the late sailing.")]
    [InlineData("The Pellow bakery could not find a buyer for its Mill Lane shop.")]
    [InlineData("The health minister would not say when the new hospital wing would open.")]
    [InlineData("The landlord has not returned the tenants' deposit.")]
    public void A_denial_put_with_not_is_found_where_the_source_sets_it_aside(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("The storm warning led to the cup tie being called off.")]
    [InlineData("The Pellow bakery found a buyer for its Mill Lane shop.")]
    [InlineData("The landlord returned the tenants' deposit.")]
    public void A_claim_affirming_what_the_source_denies_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
