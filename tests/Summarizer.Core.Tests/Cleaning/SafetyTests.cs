using System.Diagnostics;
using System.Text.RegularExpressions;
using Summarizer.Cleaning;
using Summarizer.Documents;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class SafetyTests
{
    [Fact]
    public void Every_rule_pattern_runs_without_backtracking()
    {
        var patterns = NoiseRules.Inline.Concat(NoiseRules.Paragraph).Select(r => r.Pattern)
            .Append(NoiseRules.CommentHeading).Append(NoiseRules.AuthorHeading).Append(NoiseRules.BioLine).Append(NoiseRules.AboutHeading);

        Assert.All(patterns, p => Assert.True(p.Options.HasFlag(RegexOptions.NonBacktracking), p.ToString()));
    }

    [Theory]
    [InlineData("a", 300_000)]
    [InlineData("[1", 100_000)]
    [InlineData(":contentReference[oaicite:", 20_000)]
    [InlineData("â€", 100_000)]
    [InlineData("&amp;", 50_000)]
    [InlineData("word\n", 100_000)]
    [InlineData("- ", 100_000)]
    public void Pathological_text_is_cleaned_quickly(string unit, int repeat)
    {
        var input = string.Concat(Enumerable.Repeat(unit, repeat));
        var watch = Stopwatch.StartNew();

        var cleaned = CleaningTestData.CleanText(input);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.True(cleaned.Text.Length <= input.Length);
    }

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<p>text ", 50_000)]
    [InlineData("<a href='x'>", 50_000)]
    [InlineData("<<<>>>", 50_000)]
    public void Pathological_html_is_cleaned_quickly(string unit, int repeat)
    {
        var input = string.Concat(Enumerable.Repeat(unit, repeat));
        var watch = Stopwatch.StartNew();

        var cleaned = CleaningTestData.Cleaner.Clean(new RawArticle("x", ContentKind.Html, input, ArticleMetadata.Empty));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.DoesNotContain(cleaned.Report.Removals, r => r.Rule == "cleaner-error");
    }
}
