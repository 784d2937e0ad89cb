using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A speech claim that closes its quote and goes on, after a joint, with a clause of its own subject ("X said ... \"with
/// great care\", and the town has hired ...") joins two statements a source may give in two sentences: each is found on
/// its own, the quote with its speaker. A second clause the source does not say is still rejected. Every sentence is invented.
/// </summary>
public class QuoteThenNextClauseTests
{
    private const string Source = "Harbour official Mira Tennant said the old pier had been checked \"with great care\" and that repairs would start soon. "
        + "Gulls nested under the boardwalk again this spring. "
        + "The town has hired 40 extra wardens from Oldport, its rival along the coast. "
        + "Beach huts on the east side stayed shut all weekend.";

    [Theory]
    [InlineData("Mira Tennant said the old pier had been checked \"with great care\", and the town has hired 40 extra wardens from Oldport.")]
    [InlineData("Tennant said the pier was checked \"with great care\" while the town hired 40 wardens from Oldport.")]
    [InlineData("Mira Tennant said the old pier had been checked \"with great care\", but the beach huts on the east side stayed shut all weekend.")]
    public void The_clause_after_the_closed_quote_is_found_on_its_own(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("Mira Tennant said the old pier had been checked \"with great care\", and the town has closed its marina to visiting yachts.")]
    [InlineData("Mira Tennant said the old pier had been checked \"with great care\", but the ferry to Oldport stopped running all weekend.")]
    public void A_clause_the_source_does_not_say_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
