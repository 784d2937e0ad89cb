using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A figure that ends its clause before a telling tag set off by a comma ("... has risen to 640, the council told the
/// Gazette") counts what the clause reports, not who told the outlet: only a noun run straight on from the figure
/// ("two guards who spoke to the Gazette") counts informants. Every sentence is invented.
/// </summary>
public class FigureBeforeTellingTagTests
{
    private const string Source = "The number of families waiting for a council home has since risen to 640, the housing department told the Gazette. "
        + "Cases of the virus in Wexley had climbed to 37, health officials told the Herald. "
        + "The queue of lorries on the coast road had grown to 85, police told the Courier.";

    [Theory]
    [InlineData("The number of families waiting for a council home has risen to 640.")]
    [InlineData("Cases of the virus in Wexley had climbed to 37.")]
    [InlineData("The lorry queue on the coast road had grown to 85.")]
    public void A_figure_before_a_comma_and_a_telling_tag_is_what_the_clause_counts(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Fact]
    public void A_figure_the_source_does_not_give_is_still_missing() =>
        Assert.Contains("650", Unsupported("The number of families waiting for a council home has risen to 650.", Source));
}
