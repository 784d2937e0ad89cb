using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A source gives one version of a disagreement: where a model cites it alone for one side and also for another, and it
/// counts the other side's figure as the topic's thing but gives the side's figure for something else, the side's citation
/// is caught. A source that counts the side's own figure as the topic's thing, or that no other side cites, is judged as
/// before. Every sentence is invented.
/// </summary>
public class SharedSourceSideTests
{
    private static readonly ISideChecker Checker = (ISideChecker)GroundingChecker.Create();

    private const string Organ =
        "The £2.4m organ was paid for by the Friends of St Aldric's, whose appeal raised £380,000 from parishioners.\n\n"
        + "It was played in public for the first time on Sunday.";

    private const string OrganOwn =
        "The church's new organ cost £380,000, its vicar said.\n\n"
        + "A restoration of the old one had been priced at £2.4m.";

    [Fact]
    public void A_figure_the_shared_source_gives_for_something_else_is_caught() =>
        Assert.NotEmpty(Side("What the organ cost", "£380,000.", Organ, rival: new Claim("£2.4m.", [1, 2])));

    [Fact]
    public void A_figure_the_shared_source_counts_as_the_topics_thing_holds() =>
        Assert.Empty(Side("What the organ cost", "£2.4m.", Organ, rival: new Claim("£380,000.", [1])));

    [Fact]
    public void A_source_no_other_side_cites_is_judged_as_before() =>
        Assert.Empty(Side("What the organ cost", "£380,000.", Organ, rival: new Claim("£2.4m.", [2])));

    [Fact]
    public void A_source_counting_neither_figure_as_the_topics_thing_is_judged_as_before() =>
        Assert.Empty(Side("What the organ cost", "£2.4m.", OrganOwn, rival: new Claim("£380,000.", [1])));

    // The side cites source 1 alone; the rival cites what it cites.
    private static List<string> Side(string topic, string side, string source, Claim rival) =>
        [.. Checker.CheckSide(topic, new Claim(side, [1]), [Article(1, source), Article(2, "The organ cost £2.4m, the diocese said.")], [rival]).Select(u => u.Token)];
}
