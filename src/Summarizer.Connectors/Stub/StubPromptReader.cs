using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Prompts;

namespace Summarizer.Connectors.Stub;

/// <summary>Reads what the stub needs out of a rendered prompt: its kind, budgets and delimited inputs.</summary>
internal static partial class StubPromptReader
{
    /// <summary>The prompt name, from the delimiters the built-in templates use; null when none match.</summary>
    public static string? Detect(string input) =>
        input.Contains("<article-summaries", StringComparison.Ordinal) ? PromptNames.ReduceSource
        : SummaryBlock().IsMatch(input) ? PromptNames.MergeStory
        : ArticleBlock().Match(input) is { Success: true } m ? (m.Groups["part"].Success ? PromptNames.SummarizeChunk : PromptNames.SummarizeSource)
        : null;

    /// <summary>The word budget the prompt states ("at most 60 words"), or <paramref name="fallback"/>.</summary>
    public static int MaxWords(string input, int fallback) => Number(WordsBudget().Match(input), fallback);

    /// <summary>The key point budget the prompt states ("at most 3 ... statements"), or <paramref name="fallback"/>.</summary>
    public static int MaxKeyPoints(string input, int fallback) => Number(StatementsBudget().Match(input), fallback);

    /// <summary>The article (or chunk) text between <c>&lt;article id="n"&gt;</c> and the last <c>&lt;/article&gt;</c>.</summary>
    public static string Article(string input)
    {
        var open = ArticleBlock().Match(input);
        if (!open.Success)
        {
            return string.Empty;
        }

        var start = open.Index + open.Length;
        var end = input.LastIndexOf("</article>", StringComparison.Ordinal);
        return end > start ? input[start..end].Trim() : input[start..].Trim();
    }

    /// <summary>The reduce prompt's parts: each part's summary and key points.</summary>
    public static IReadOnlyList<Block> Parts(string input) =>
        [.. PartBlock().Matches(input).Select(m => ToBlock(0, m.Groups["body"].Value))];

    /// <summary>The merge prompt's source summaries, in the order given.</summary>
    public static IReadOnlyList<Block> Summaries(string input) =>
        [.. SummaryBlock().Matches(input).Select(m => ToBlock(int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture), m.Groups["body"].Value))];

    // A block's prose lines are its summary; "- " lines are its key points.
    private static Block ToBlock(int id, string body)
    {
        var lines = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var summary = string.Join(' ', lines.Where(l => !l.StartsWith("- ", StringComparison.Ordinal)));
        var points = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        return new Block(id, summary, points);
    }

    private static int Number(Match match, int fallback) =>
        match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    [GeneratedRegex(@"<article id=""\d+""(?: part=""(?<part>\d+)""[^>]*)?>")]
    private static partial Regex ArticleBlock();

    [GeneratedRegex(@"<part number=""\d+"">(?<body>.*?)</part>", RegexOptions.Singleline)]
    private static partial Regex PartBlock();

    [GeneratedRegex(@"<summary id=""(?<id>\d+)""[^>]*>(?<body>.*?)</summary>", RegexOptions.Singleline)]
    private static partial Regex SummaryBlock();

    [GeneratedRegex(@"at most (\d+) words")]
    private static partial Regex WordsBudget();

    [GeneratedRegex(@"at most (\d+) (?:[a-z,]+ )*statements")]
    private static partial Regex StatementsBudget();
}

/// <summary>A summary with its key points, as found in a prompt; <see cref="Id"/> is 0 for reduce parts.</summary>
internal sealed record Block(int Id, string Summary, IReadOnlyList<string> KeyPoints);
