using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Rendering;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking;

/// <summary>
/// A side of a disagreement shown in one outlet's words is shown in the words of the cited passage that its other cited
/// sources hold too, so a source that gives the same figure in its own words keeps its citation. Every sentence is
/// invented.
/// </summary>
public class SharedWordingTests
{
    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "Five volunteers were injured when the footbridge on Mill Lane in Tellam gave way on Sunday, the park trust said."),
        Article(2, "Eight people were hurt when the Tellam footbridge collapsed, witnesses said."),
        Article(3, "Five people were hurt when a footbridge in Tellam collapsed on Sunday afternoon."),
    ];

    [Fact]
    public async Task A_figure_is_shown_in_the_words_every_cited_source_holds()
    {
        var merged = Merged(new Disagreement("number of people (injuries)", [Side("Five volunteers", 1, 3), Side("Eight people", 2)]));

        var result = (await Enrich(merged)).Merged!;

        var disagreement = Assert.Single(result.Disagreements);
        Assert.Equal(["Five people [1][3]", "Eight people [2]"], disagreement.Claims.Select(Shown));
    }

    [Fact]
    public async Task A_place_is_not_shown_in_broader_words_to_keep_a_citation()
    {
        var merged = Merged(new Disagreement("where", [Side("on Mill Lane in Tellam", 1, 3), Side("Tellam footbridge", 2)]));

        var result = (await Enrich(merged)).Merged!;

        var disagreement = Assert.Single(result.Disagreements);
        Assert.Equal("on Mill Lane in Tellam [1]", Shown(disagreement.Claims[0]));
    }

    // The side as the offline engine writes it: the first source's words, with the passage where each source gives the value.
    private static Claim Side(string text, params int[] ids)
    {
        var spans = ids.Select(id => Passage(id, text)).ToList();
        return new Claim(text, ids, spans);
    }

    // Where the source gives the value: the words themselves, or (in another source) the same figure and its noun.
    private static SourceSpan Passage(int id, string text)
    {
        var source = Sources[id - 1].Text;
        var at = source.IndexOf(text, StringComparison.Ordinal);
        if (at >= 0)
        {
            return new SourceSpan(id, at, at + text.Length);
        }

        var figure = text.Split(' ')[0];
        at = source.IndexOf(figure, StringComparison.Ordinal);
        var end = source.IndexOf(' ', at + figure.Length + 1);
        return at >= 0 ? new SourceSpan(id, at, end) : new SourceSpan(id, source.IndexOf("in Tellam", StringComparison.Ordinal), source.IndexOf("in Tellam", StringComparison.Ordinal) + 9);
    }

    private static MergedSummary Merged(Disagreement disagreement) =>
        new("Footbridge collapse", "A footbridge in Tellam collapsed on Sunday.", [], [disagreement], []);

    private static Task<Brief> Enrich(MergedSummary merged) =>
        new GroundingEnricher(GroundingChecker.Create()).EnrichAsync(
            new Brief(DateTimeOffset.UnixEpoch, "test", null, [.. Sources.Select(a => new BriefSource(a, null, null))], merged, CheckReport.Empty, UsageReport.None, []),
            CancellationToken.None);

    private static string Shown(Claim claim) => claim.Text + " " + string.Concat(claim.Sources.Select(s => $"[{s}]"));
}
