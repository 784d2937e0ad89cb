using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A merged claim cites several outlets that report one event, each in its own words. Where one cited source says the
/// claim as strictly judged, another cited beside it may say it with a light word fewer ("made a search" for "searched")
/// or in a looser paraphrase ("destroyed" for "wrecked"). Without such a source, and for a figure the outlet gives
/// otherwise, the finding stands. Every sentence is invented.
/// </summary>
public class CorroboratedSourceTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Search = "Fire crews made a search of the flooded tunnel.";
    private const string SearchSaid = "Fire crews made a search of the flooded tunnel at Hexley on Monday.";
    private const string SearchReworded = "Firefighters searched the tunnel after it flooded.";

    private const string Blast = "A gas blast wrecked the village bakery on Friday.";
    private const string BlastSaid = "A gas blast wrecked the village bakery in Orrin on Friday morning.";
    private const string BlastReworded = "The village bakery was destroyed by an explosion on Friday.";

    // The findings about source 2 when the claim cites the given sources.
    private static List<string> AboutSecond(string claim, int[] cited, string first, string second) =>
        [.. Checker.CheckClaim(new Claim(claim, cited), [Article(1, first), Article(2, second)]).Where(u => u.Sources.Contains(2)).Select(u => u.Token)];

    [Fact]
    public void A_light_word_another_cited_source_says_is_not_wanted_of_the_outlet_that_rewords_it() =>
        Assert.Empty(AboutSecond(Search, [1, 2], SearchSaid, SearchReworded));

    [Fact]
    public void A_looser_paraphrase_is_read_where_another_cited_source_says_the_claim() =>
        Assert.Empty(AboutSecond(Blast, [1, 2], BlastSaid, BlastReworded));

    [Fact]
    public void Cited_alone_the_rewording_is_still_short_of_the_claim()
    {
        Assert.NotEmpty(AboutSecond(Search, [2], SearchSaid, SearchReworded));
        Assert.NotEmpty(AboutSecond(Blast, [2], BlastSaid, BlastReworded));
    }

    [Fact]
    public void A_cited_source_that_does_not_say_the_claim_corroborates_nothing() =>
        Assert.NotEmpty(AboutSecond(Search, [1, 2], "Fire crews were called to Hexley on Monday.", SearchReworded));

    [Fact]
    public void A_figure_the_rewording_outlet_gives_otherwise_is_still_caught() =>
        Assert.NotEmpty(AboutSecond(
            "Fire crews made a search of the flooded tunnel for three hours.", [1, 2],
            "Fire crews made a search of the flooded tunnel for three hours on Monday.",
            "Firefighters searched the tunnel for five hours after it flooded."));

    [Fact]
    public void Other_words_the_rewording_outlet_lacks_are_still_wanted() =>
        Assert.NotEmpty(AboutSecond(
            "Fire crews made a search of the flooded tunnel and rescued a trapped dog.", [1, 2],
            "Fire crews made a search of the flooded tunnel and rescued a trapped dog.",
            "Firefighters searched the tunnel after it flooded."));
}
