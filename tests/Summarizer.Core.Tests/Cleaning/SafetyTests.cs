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
    public void Pathological_text_is_cleaned_by_the_rules_not_the_fallback(string unit, int repeat)
    {
        // Speed is not asserted here (no test reads a stopwatch): the patterns cannot backtrack (see above),
        // and the cleaning benchmark measures throughput.
        var input = string.Concat(Enumerable.Repeat(unit, repeat));

        var cleaned = CleaningTestData.CleanText(input);

        Assert.DoesNotContain(cleaned.Report.Removals, r => r.Rule == "cleaner-error");
        Assert.True(cleaned.Text.Length <= input.Length);
    }

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<p>text ", 50_000)]
    [InlineData("<a href='x'>", 50_000)]
    [InlineData("<<<>>>", 50_000)]
    public void Pathological_html_is_cleaned_by_the_rules_not_the_fallback(string unit, int repeat)
    {
        var input = string.Concat(Enumerable.Repeat(unit, repeat));

        var cleaned = CleaningTestData.Cleaner.Clean(new RawArticle("x", ContentKind.Html, input, ArticleMetadata.Empty));

        Assert.DoesNotContain(cleaned.Report.Removals, r => r.Rule == "cleaner-error");
        Assert.True(cleaned.Text.Length <= input.Length);
    }
}
