using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found wrong on a sixth batch of model replies the checker was not tuned on (spent trust cases 46, 51 and
/// 54): a day the passage gives otherwise ("until Wednesday" for "until Thursday") is not what it says; a word that
/// sets a time ("shortly after 6pm") joins no clauses, so a merged sentence cannot take its time from one source and the
/// rest from another; reported words are credited only to sources that carry them, not to one that gives only who
/// the speaker is. And three paraphrases are read: "lost power" for "were without electricity", an age that describes
/// what the claim is about ("the 80-year-old bridge") given in another sentence of the source, as a name's "Hale, 61," may
/// be, and a title written as an acronym ("the seat's MP") that is no name a source must write. Every sentence is invented.
/// </summary>
public class SixthUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Ferries will stay in port until Thursday, the harbour office said.", "Ferries will stay in port until Thursday.")]
    [InlineData("The harbour office said on Monday that ferries would stay in port until Thursday.", "Ferries will stay in port until Thursday.")]
    [InlineData("Gridco said about 9,000 homes were without electricity on Monday night.", "About 9,000 homes lost power on Monday night.")]
    [InlineData("The 80-year-old bridge between Arn and Tove gave way at dusk. Residents said they had complained for years about cracks under the deck.", "Residents had complained for years about cracks under the deck of the 80-year-old bridge.")]
    [InlineData("The vote was called after Sir Tom Hale, who had represented the seat for 22 years, stood down in May.", "Sir Tom Hale, the seat's MP for 22 years, stood down in May.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Gridco said about 9,000 homes were without electricity on Monday night.", "About 9,000 homes lost power on Tuesday night.")]
    [InlineData("The 80-year-old bridge between Arn and Tove gave way at dusk. Residents said they had complained for years about cracks under the deck.", "Residents had complained for years about cracks under the deck of the 90-year-old bridge.")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Fact]
    public void A_day_the_passage_gives_otherwise_is_rejected_though_the_source_names_it_elsewhere()
    {
        var source = Article(1, "Ferries will stay in port until Wednesday, the harbour office said. Buses are suspended until Thursday.");

        Assert.Equal(["[1]"], Found("Ferries will stay in port until Thursday.", source));
    }

    [Fact]
    public void A_day_the_sentence_before_gives_for_something_else_does_not_make_the_passage_say_it()
    {
        var source = Article(1, "Buses are suspended until Thursday. \"It is not over yet,\" said the forecaster, whose office kept its flood warning in place until Wednesday.");

        Assert.Equal(["[1]"], Found("The forecaster's office kept its flood warning in place until Thursday.", source));
    }

    [Fact]
    public void A_time_is_not_a_clause_another_cited_source_can_give()
    {
        var filter = new CitationFilter(Checker, Closures(), CancellationToken.None);

        var kept = Assert.Single(filter.FilterProse("Police closed the coast road shortly after 6pm on Monday [1][2].", recite: false));

        Assert.Equal([1], kept.Sources);
        Assert.Contains(filter.Findings, f => f.Sources.SequenceEqual([2]));
    }

    [Fact]
    public void Reported_words_are_not_credited_to_a_source_that_gives_only_who_the_speaker_is()
    {
        var filter = new CitationFilter(Checker, Speakers(), CancellationToken.None);

        var kept = Assert.Single(filter.FilterProse("Marden, a former nurse, said the valley had been ignored for too long [1][2].", recite: false));

        Assert.Equal([1], kept.Sources);
        Assert.Contains(filter.Findings, f => f.Sources.SequenceEqual([2]));
    }

    [Fact]
    public void A_merged_sentence_without_speech_still_takes_its_clauses_from_different_sources()
    {
        var filter = new CitationFilter(Checker, Speakers(), CancellationToken.None);

        var kept = Assert.Single(filter.FilterProse("Marden, a former nurse, won the seat by 812 votes [1][2].", recite: false));

        Assert.Equal([1, 2], kept.Sources);
    }

    private static CleanedArticle[] Closures() =>
    [
        Article(1, "Police closed the coast road shortly after 6pm on Monday as the waves rose."),
        Article(2, "Police shut the coast road at 9.30pm on Monday, by which point the sea wall had been breached."),
    ];

    private static CleanedArticle[] Speakers() =>
    [
        Article(1, "Tess Marden won the seat by 812 votes. \"This valley has been ignored for too long,\" Marden told supporters."),
        Article(2, "Tess Marden, a former nurse, ran a local campaign about the closed clinic. The valley last changed hands in 1987."),
    ];
}
