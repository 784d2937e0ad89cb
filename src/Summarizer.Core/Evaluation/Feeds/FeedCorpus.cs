using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Feeds;

/// <summary>One test file of the corpus and what its header comment declares.</summary>
/// <param name="Path">Path relative to the corpus folder, with forward slashes.</param>
/// <param name="Category">Its folder (<c>wellformed/rss</c>, <c>illformed</c>, <c>encoding</c>, ...).</param>
/// <param name="Expect">The <c>Expect:</c> expression; null when the file has none.</param>
/// <param name="Current">False for obsolete formats (Atom 0.3, RSS 0.90, CDF) and HTML sanitising, which are left out of the main figure.</param>
/// <param name="Input">The bytes, the HTTP charset and the address the test declares.</param>
internal sealed record FeedCorpusCase(string Path, string Category, string? Expect, bool Current, FeedInput Input);

/// <summary>
/// Reads a corpus laid out like feedparser's tests (../shared/eval/feeds): each file one feed, with a comment
/// holding <c>Description:</c>, <c>Expect:</c> and optional <c>Header:</c> lines (HTTP headers the test server
/// would send: the Content-Type charset and Content-Location are used).
/// </summary>
internal static partial class FeedCorpus
{
    // feedparser serves its tests from this address; relative links in the expectations resolve against it.
    private const string TestServer = "http://127.0.0.1:8097/tests/";

    private static readonly string[] ObsoleteFolders = ["wellformed/atom/", "wellformed/cdf/", "wellformed/sanitize/"];

    public static IReadOnlyList<FeedCorpusCase> Load(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        return Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => Read(root, relative))
            .ToList();
    }

    private static FeedCorpusCase Read(string root, string relative)
    {
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(root, relative));

        // The comment is ASCII; Latin-1 reads it from any ASCII-compatible file without failing on other bytes.
        var head = Encoding.Latin1.GetString(bytes);
        var expect = Field(head, "Expect");
        string? charset = null;
        var address = new Uri(TestServer + relative);
        foreach (Match header in HeaderPattern().Matches(head))
        {
            var line = header.Groups[1].Value.Trim();
            if (line.StartsWith("Content-type:", StringComparison.OrdinalIgnoreCase) && CharsetPattern().Match(line) is { Success: true } c)
            {
                charset = c.Groups[1].Value;
            }
            else if (line.StartsWith("Content-Location:", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(line["Content-Location:".Length..].Trim(), UriKind.Absolute, out var location))
            {
                address = location;
            }
        }

        var slash = relative.LastIndexOf('/');
        var category = slash < 0 ? "." : relative[..slash];
        var current = !ObsoleteFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal))
            && !head.Contains("http://purl.org/atom/ns#", StringComparison.Ordinal)
            && !head.Contains("http://my.netscape.com/rdf/simple/0.9/", StringComparison.Ordinal);
        return new FeedCorpusCase(relative, category, expect, current, new FeedInput(bytes, charset, address));
    }

    private static string? Field(string head, string name)
    {
        var match = Regex.Match(head, "^\\s*" + name + ":\\s*(.+?)\\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*Header:\s*(.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"charset\s*[=:]\s*[""']?([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
