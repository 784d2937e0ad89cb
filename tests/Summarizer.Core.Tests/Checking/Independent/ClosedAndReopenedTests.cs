using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "Closed" says what "shut" says: a passage that tells a road was closed and then reopened goes both ways, so a claim
/// that it was shut is what it says, and a claim that it reopened is not what a passage saying only that it closed says.
/// Every sentence is invented.
/// </summary>
public class ClosedAndReopenedTests
{
    [Fact]
    public void Shut_is_said_by_a_passage_that_tells_it_closed_and_then_reopened() =>
        Assert.Empty(Unsupported(
            "The coast road was shut to traffic for six hours on Tuesday.",
            "The coast road was closed to traffic for six hours on Tuesday and reopened at noon."));

    [Fact]
    public void Reopened_is_not_said_by_a_passage_that_tells_only_that_it_closed() =>
        Assert.NotEmpty(Unsupported("The coast road reopened on Tuesday.", "The coast road was closed on Tuesday."));
}
