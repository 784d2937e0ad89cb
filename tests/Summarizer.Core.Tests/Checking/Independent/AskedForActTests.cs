using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// News tells a request, a demand or what someone ought to do in the words of the act itself ("asked the trust to pay
/// for ...", "called on the board to resign", "demanded a recount", "the operator should refund ..."): a claim that says
/// the act was done or agreed is not what the passage says, though it writes nearly all its words. A claim that itself
/// asks, wants, plans or ought is judged as ever, and so is an act the passage also tells outright. Every sentence is
/// invented.
/// </summary>
public class AskedForActTests
{
    private const string Source = "The tenants' association asked Brightwell Homes to replace the broken lifts in both tower blocks. "
        + "Councillor Ada Penrose said the bus operator should refund passengers for the cancelled evening services. "
        + "Opposition members called on the harbour board to publish the dredging survey. "
        + "The losing candidate demanded a recount of the postal votes in the Eastgate ward. "
        + "The rebuilt footbridge should be open to walkers by the end of March. "
        + "Brightwell Homes has repaired the entrance doors of both tower blocks, and residents asked it to repair the car park lights too.";

    [Theory]
    [InlineData("Brightwell Homes has agreed to replace the broken lifts in both tower blocks.")]
    [InlineData("The bus operator will refund passengers for the cancelled evening services.")]
    [InlineData("The harbour board has published the dredging survey.")]
    [InlineData("Officials held a recount of the postal votes in the Eastgate ward.")]
    public void A_claim_that_says_done_what_was_only_asked_for_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));

    [Theory]
    [InlineData("The tenants' association asked Brightwell Homes to replace the broken lifts in both tower blocks.")]
    [InlineData("Ada Penrose said the bus operator should refund passengers for the cancelled evening services.")]
    [InlineData("Opposition members want the harbour board to publish the dredging survey.")]
    [InlineData("The losing candidate called for a recount of the postal votes in the Eastgate ward.")]
    [InlineData("Brightwell Homes has repaired the entrance doors of both tower blocks.")]
    [InlineData("The rebuilt footbridge will be open to walkers by the end of March.")]
    public void A_request_told_as_a_request_or_an_act_told_outright_is_found(string claim) =>
        Assert.Empty(Unsupported(claim, Source));
}
