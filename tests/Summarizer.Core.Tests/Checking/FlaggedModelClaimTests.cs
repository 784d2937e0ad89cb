using System.Text.Json;
using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Rendering;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking;

/// <summary>
/// On the model path, a key point, single-source item or disagreement version the checker rejects is never shown
/// as supported by any renderer: it is dropped (or kept only with the sources that say it) and listed under the
/// check's findings. Every sentence is invented.
/// </summary>
public class FlaggedModelClaimTests
{
    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "The bridge repairs will cost $240 million, the council said on Tuesday."),
        Article(2, "The council said on Tuesday that the bridge repairs would cost $240m."),
        Article(3, "Engineers found cracks in two of the bridge's supports last month."),
    ];

    private const string WrongFigure = "The bridge repairs will cost $310 million.";
    private const string Fabricated = "The union said it would call a strike over the closure.";
    private const string WrongVersion = "Engineers found cracks in five supports.";
    private const string Misattributed = "Engineers found cracks in two of the bridge's supports.";

    [Fact]
    public async Task A_rejected_model_claim_is_shown_only_under_the_findings_in_every_format()
    {
        var merged = new MergedSummary(
            "Bridge repairs",
            "The bridge repairs will cost $240 million [1].",
            [new Claim(WrongFigure, [1, 2]), new Claim(Misattributed, [1, 3])],
            [new Disagreement("cracks found", [new Claim("Cracks in two supports.", [3]), new Claim(WrongVersion, [1])])],
            [new Claim(Fabricated, [3])])
        { ClaimedCitations = true };
        var brief = new Brief(DateTimeOffset.UnixEpoch, "test", null, [.. Sources.Select(a => new BriefSource(a, null, null))], merged, CheckReport.Empty, UsageReport.None, []);

        var checkedBrief = await new GroundingEnricher(GroundingChecker.Create()).EnrichAsync(brief, CancellationToken.None);

        var markdown = new MarkdownBriefRenderer().Render(checkedBrief);
        var html = new HtmlBriefRenderer().Render(checkedBrief);
        var shownMarkdown = markdown[..markdown.IndexOf("Not found in the cited sources", StringComparison.Ordinal)];
        var shownHtml = html[..html.IndexOf("Not found in the cited sources", StringComparison.Ordinal)];
        Assert.Contains("The bridge repairs will cost $240 million", shownMarkdown, StringComparison.Ordinal); // text is shown as written
        Assert.Contains("The bridge repairs will cost $240 million", shownHtml, StringComparison.Ordinal);
        foreach (var rejected in new[] { WrongFigure, Fabricated, WrongVersion })
        {
            Assert.DoesNotContain(rejected, shownMarkdown, StringComparison.Ordinal);
            Assert.DoesNotContain(rejected, shownHtml, StringComparison.Ordinal);
            Assert.Contains(checkedBrief.Checks.Ungrounded, u => u.Text == rejected);
        }

        // Kept only with the source that says it, which is the one shown.
        var kept = Assert.Single(checkedBrief.Merged!.SingleSource, c => c.Text == Misattributed);
        Assert.Equal([3], kept.Sources);
        Assert.Contains(checkedBrief.Checks.Ungrounded, u => u.Text == Misattributed && u.Sources.SequenceEqual([1]));
        Assert.DoesNotContain(Misattributed + " [1]", shownMarkdown, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(new JsonBriefRenderer().Render(checkedBrief));
        var shownJson = json.RootElement.GetProperty("merged").ToString();
        foreach (var rejected in new[] { WrongFigure, Fabricated, WrongVersion })
        {
            Assert.DoesNotContain(rejected, shownJson, StringComparison.Ordinal);
        }
    }
}
