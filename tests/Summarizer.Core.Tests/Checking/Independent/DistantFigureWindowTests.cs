using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary of one source may join figures the report gives paragraphs apart ("stopped for nine weeks" near the top,
/// "cost £4.2 million" further down) into one sentence: the sentences that each give one of its figures, however far
/// apart, are read together, but must hold nearly all of the claim's words (as a lead window must). Every sentence is
/// invented.
/// </summary>
public class DistantFigureWindowTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static readonly CleanedArticle Report = Article(1,
        "Trains are running again on the Harlow Valley line after a landslip closed it last winter.\n\n"
        + "Services were stopped for nine weeks while the embankment was rebuilt.\n\n"
        + "Passengers used replacement buses between the two towns.\n\n"
        + "Some commuters said the journey had doubled in length.\n\n"
        + "Local businesses reported a drop in trade.\n\n"
        + "Rebuilding the embankment cost £4.2 million, the operator said.");

    private static List<string> Found(string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Report]).Select(u => u.Token)];

    [Fact]
    public void Figures_the_report_gives_paragraphs_apart_are_read_together()
    {
        Assert.Empty(Found("Services were stopped for nine weeks while the embankment was rebuilt, at a cost of £4.2 million."));
    }

    [Fact]
    public void Distant_figures_do_not_lend_words_neither_sentence_says()
    {
        Assert.Equal(["[1]"], Found("Services were stopped for nine weeks after a storm wrecked the station roof, causing £4.2 million of damage."));
    }
}
