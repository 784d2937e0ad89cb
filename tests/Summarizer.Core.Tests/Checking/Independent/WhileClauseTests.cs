using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary sentence joins facts its source gives in sentences apart: "X was shut while Y happened", without a comma.
/// Each clause is found on its own; a clause the source does not state is still rejected. Every sentence is invented.
/// </summary>
public class WhileClauseTests
{
    private const string Source = "A water main burst under Fenwick Road on Monday morning. "
        + "Engineers dug up the carriageway through the afternoon. "
        + "Residents were told to boil their tap water. "
        + "The road was shut to traffic. "
        + "The burst main flooded 12 cellars on Fenwick Road. "
        + "Shops on the corner opened late. "
        + "The torrent damaged the foundations of two houses. "
        + "Council staff handed out sandbags. "
        + "A bus shelter was knocked over by the water.";

    [Fact]
    public void A_clause_after_while_without_a_comma_is_found_on_its_own() =>
        Assert.Empty(Unsupported("The road was shut to traffic while engineers dug up the carriageway.", Source));

    [Theory]
    [InlineData("The road was shut to traffic while police closed the river bridge.")]
    [InlineData("Council staff handed out sandbags while soldiers built a wall of gravel bags.")]
    public void A_clause_the_source_does_not_state_is_still_rejected(string claim) =>
        Assert.Equal(["[1]"], Unsupported(claim, Source));
}
