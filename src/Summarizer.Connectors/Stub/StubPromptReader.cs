using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Prompts;

namespace Summarizer.Connectors.Stub;

/// <summary>Reads what the stub needs out of a rendered prompt: its kind, budgets and delimited inputs.</summary>
internal static partial class StubPromptReader
{
    /// <summary>
    /// The prompt name, from the first source block in the prompt (<c>&lt;tag-KEY id="n" ...&gt;</c>, as the
    /// built-in templates write them); null when there is none. The first block is the real one: a fake
    /// tag inside an article comes after its opening.
    /// </summary>
    public static string? Detect(string input) =>
        AnyBlock().Match(input) is not { Success: true } m ? null
        : m.Groups["tag"].Value switch
        {
            "article-summaries" => PromptNames.ReduceSource,
            "summary" => PromptNames.MergeStory,
            _ => m.Groups["part"].Success ? PromptNames.SummarizeChunk : PromptNames.SummarizeSource,
        };

    /// <summary>The word budget the prompt states ("at most 60 words"), or <paramref name="fallback"/>.</summary>
    public static int MaxWords(string input, int fallback) => Number(WordsBudget().Match(input), fallback);

    /// <summary>The key point budget the prompt states ("at most 3 ... statements"), or <paramref name="fallback"/>.</summary>
    public static int MaxKeyPoints(string input, int fallback) => Number(StatementsBudget().Match(input), fallback);

    /// <summary>The article (or chunk) text of the first <c>&lt;article-KEY id="n" ...&gt;</c> block, up to its <c>&lt;/article-KEY&gt;</c>.</summary>
    public static string Article(string input)
    {
        var open = ArticleBlock().Match(input);
        if (!open.Success)
        {
            return string.Empty;
        }

        var start = open.Index + open.Length;
        var end = input.IndexOf($"</article-{open.Groups["key"].Value}>", start, StringComparison.Ordinal);
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

    [GeneratedRegex(@"<(?<tag>article-summaries|summary|article)-[0-9a-f]+ id=""\d+""(?<part> part="")?")]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"<article-(?<key>[0-9a-f]+) id=""\d+""[^>]*>")]
    private static partial Regex ArticleBlock();

    [GeneratedRegex(@"<part-(?<key>[0-9a-f]+) number=""\d+""[^>]*>(?<body>.*?)</part-\k<key>>", RegexOptions.Singleline)]
    private static partial Regex PartBlock();

    [GeneratedRegex(@"<summary-(?<key>[0-9a-f]+) id=""(?<id>\d+)""[^>]*>(?<body>.*?)</summary-\k<key>>", RegexOptions.Singleline)]
    private static partial Regex SummaryBlock();

    [GeneratedRegex(@"at most (\d+) words")]
    private static partial Regex WordsBudget();

    [GeneratedRegex(@"at most (\d+) (?:[a-z,]+ )*statements")]
    private static partial Regex StatementsBudget();
}

/// <summary>A summary with its key points, as found in a prompt; <see cref="Id"/> is 0 for reduce parts.</summary>
internal sealed record Block(int Id, string Summary, IReadOnlyList<string> KeyPoints);
