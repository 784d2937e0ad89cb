using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// What the reader sees when the model's merge holds unsupported claims: the real <c>brief</c> runs through the fake
/// OpenAI server on replies with planted errors in the merged summary, key points, disagreement sides and single-source
/// list (fixtures/model-replies), and brief.md, brief.html and brief.json are read as a reader would. No claim is shown
/// in the story's sections ("k of n sources" key points, the prose, the disagreements, the single-source list) citing
/// a source that does not say it (per the answer key), nor citing a source the check reported it missing from; and each
/// such claim is dropped, re-cited, or named under "Not found in the cited sources".
/// </summary>
public sealed partial class FlaggedClaimsShownTests
{
    public static TheoryData<string> Batches => new() { "05-tamsin-motors-layoffs.json", "13-dorrington-tiara-heist.b2.json" };

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task No_planted_or_flagged_claim_is_shown_citing_a_source_that_lacks_it(string batch)
    {
        var replay = ModelReplay.LoadAll(RepoPaths.Fixture("model-replies")).Single(r => Path.GetFileName(r.File) == batch);
        using var cli = new CliRun();
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Fallback = FakeReply.Answer(body => Task.FromResult(replay.Answer(body)));
        cli.Environment["OPENAI_API_KEY"] = "sk-test-key-for-replay";
        var result = await cli.RunWithModelAsync(
            "brief", RepoPaths.Fixture("trust-cases", replay.Case), "--provider", "openai", "--endpoint", server.BaseUrl.ToString(),
            "--model", "replay", "--no-cache", "--format", "md,json,html");
        Assert.True(result.ExitCode == 0, result.Error);

        var json = cli.Read("brief-out/brief.json");
        var md = StorySections(Unescape(cli.Read("brief-out/brief.md")), "## Sources");
        var html = StorySections(WebUtility.HtmlDecode(Tag().Replace(cli.Read("brief-out/brief.html"), string.Empty)), "Sources\n");
        using var brief = JsonDocument.Parse(json);
        var findings = brief.RootElement.GetProperty("checks").GetProperty("ungrounded").EnumerateArray()
            .Select(u => (Text: Plain(u.GetProperty("text").GetString()!), Sources: u.GetProperty("sources").EnumerateArray().Select(i => i.GetInt32()).ToList()))
            .ToList();
        var allIds = brief.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();

        var planted = replay.Statements.Where(p => p.Section is not (ReplySection.SourceSummary or ReplySection.SourceKeyPoint)
            && p.Statement.Error is { } kind && kind != "not-single").ToList();
        Assert.NotEmpty(planted);
        foreach (var p in planted)
        {
            var text = Plain(p.Statement.Text);
            var bad = p.Statement.Bad ?? (p.Statement.Sources.Count > 0 ? p.Statement.Sources : allIds);
            foreach (var (name, page) in new[] { ("brief.md", md), ("brief.html", html) })
            {
                var shown = CitedAs(page, text);
                Assert.False(shown.Exists(c => c.Intersect(bad).Any()), $"{batch} {name}: planted {p.Statement.Error} \"{text}\" is shown citing [{string.Join(',', shown.SelectMany(c => c))}]; the key says [{string.Join(',', bad)}] do not say it");
            }
        }

        // Whatever the check reports missing from a source is never shown citing that source.
        foreach (var (text, sources) in findings.Where(f => f.Sources.Count > 0))
        {
            foreach (var (name, page) in new[] { ("brief.md", md), ("brief.html", html) })
            {
                Assert.False(CitedAs(page, text).Exists(c => c.Intersect(sources).Any()), $"{batch} {name}: \"{text}\" was reported missing from [{string.Join(',', sources)}] yet is shown citing it");
            }
        }
    }

    // The citations written right after each occurrence of the claim's text: "[1][3]" gives [1, 3].
    private static List<List<int>> CitedAs(string page, string text)
    {
        var found = new List<List<int>>();
        for (var at = page.IndexOf(text, StringComparison.Ordinal); at >= 0; at = page.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            var markers = Markers().Match(page, at + text.Length);
            found.Add(markers.Success && markers.Index == at + text.Length
                ? [.. Regex.Matches(markers.Value, @"\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))]
                : []);
        }

        return found;
    }

    // The story as the reader meets it, up to the sources' own summaries and the check's findings.
    private static string StorySections(string page, string sourcesHeading)
    {
        var end = page.IndexOf(sourcesHeading, StringComparison.Ordinal);
        Assert.True(end > 0, $"no \"{sourcesHeading.Trim()}\" section");
        return page[..end];
    }

    private static string Unescape(string md) => Regex.Replace(md, @"\\(.)", "$1");

    // A statement as the page writes it: citation markers the model put in the prose are the page's own, written after.
    private static string Plain(string text) => Regex.Replace(Regex.Replace(text, @"\s*\[\d+\]", string.Empty), @"\s+", " ").Trim();

    [GeneratedRegex(@"\G\s*(?:\[\d+\])+")]
    private static partial Regex Markers();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
