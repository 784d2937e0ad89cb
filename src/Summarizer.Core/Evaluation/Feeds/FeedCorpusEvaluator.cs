using Summarizer.Ingestion.Feeds;

namespace Summarizer.Evaluation.Feeds;

/// <summary>How one corpus test came out.</summary>
internal enum FeedTestOutcome
{
    /// <summary>Parsed, and every modeled check holds.</summary>
    Passed,

    /// <summary>Parsed, and a modeled check does not hold (or a modeled field is missing).</summary>
    Failed,

    /// <summary>The parser refused the document with a one-line reason.</summary>
    Rejected,

    /// <summary>The parser threw something other than its refusal: a bug.</summary>
    Crashed,

    /// <summary>The expectation checks nothing we model (bozo, encoding, tags, ...), or the file has none.</summary>
    NotApplicable,
}

/// <summary>One test's result; <paramref name="Detail"/> says why it did not pass.</summary>
internal sealed record FeedTestResult(FeedCorpusCase Case, FeedTestOutcome Outcome, string? Detail);

/// <summary>Counts for one folder (or the total).</summary>
internal sealed record FeedCategoryScore(string Category, int Passed, int Failed, int Rejected, int Crashed, int NotApplicable)
{
    public int Applicable => Passed + Failed + Rejected + Crashed;

    public static FeedCategoryScore Of(string category, IEnumerable<FeedTestResult> results)
    {
        var list = results.ToList();
        return new FeedCategoryScore(
            category,
            list.Count(r => r.Outcome == FeedTestOutcome.Passed),
            list.Count(r => r.Outcome == FeedTestOutcome.Failed),
            list.Count(r => r.Outcome == FeedTestOutcome.Rejected),
            list.Count(r => r.Outcome == FeedTestOutcome.Crashed),
            list.Count(r => r.Outcome == FeedTestOutcome.NotApplicable));
    }
}

/// <summary>The whole run: every test, and the scores of current formats and of all tests.</summary>
internal sealed record FeedCorpusReport(IReadOnlyList<FeedTestResult> Results)
{
    public IReadOnlyList<FeedCategoryScore> Categories =>
        [.. Results.GroupBy(r => r.Case.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => FeedCategoryScore.Of(g.Key, g))];

    public FeedCategoryScore Current => FeedCategoryScore.Of("current formats", Results.Where(r => r.Case.Current));

    public FeedCategoryScore All => FeedCategoryScore.Of("all", Results);

    /// <summary>Ill-formed and encoding tests the parser neither read nor refused cleanly.</summary>
    public int Crashes => Results.Count(r => r.Outcome == FeedTestOutcome.Crashed);
}

/// <summary>
/// Runs a feed parser over the corpus and judges each test's <c>Expect:</c> line on the fields we model
/// (feed title; item title, link, id, published date, summary, content, author; item count).
/// </summary>
internal static class FeedCorpusEvaluator
{
    /// <summary>Scores <paramref name="parse"/> (by default our <see cref="FeedParser"/>) on every test of <paramref name="folder"/>.</summary>
    public static FeedCorpusReport Evaluate(string folder, Func<FeedInput, FeedOutcome>? parse = null)
    {
        parse ??= ParseWithOurs;
        var results = new List<FeedTestResult>();
        foreach (var test in FeedCorpus.Load(folder))
        {
            results.Add(Run(test, parse));
        }

        return new FeedCorpusReport(results);
    }

    /// <summary>Our parser's answer, in the scorer's terms.</summary>
    public static FeedOutcome ParseWithOurs(FeedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var stream = new MemoryStream(input.Bytes, writable: false);
            var feed = FeedParser.Parse(stream, input.Address, input.HttpCharset);
            return FeedOutcome.Parsed(new FeedView(
                feed.Title,
                [.. feed.Items.Select(i => new EntryView(i.Title, i.Link?.OriginalString, i.Id, i.PublishedAt, i.Summary, i.Content, i.Author))]));
        }
        catch (FeedFormatException ex)
        {
            return FeedOutcome.Rejected(ex.Message);
        }
    }

    private static FeedTestResult Run(FeedCorpusCase test, Func<FeedInput, FeedOutcome> parse)
    {
        // Every file is parsed, applicable or not, so a crash on any input is counted.
        FeedOutcome outcome;
        try
        {
            outcome = parse(test.Input);
        }
#pragma warning disable CA1031 // A crash is what this scorer counts; it must not end the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new FeedTestResult(test, FeedTestOutcome.Crashed, $"{ex.GetType().Name}: {ex.Message}");
        }

        if (test.Expect is null)
        {
            return new FeedTestResult(test, FeedTestOutcome.NotApplicable, "no Expect line");
        }

        // Whether the expectation checks a modeled field at all is decided on an empty feed, so a parser that
        // rejects a document is scored on the same tests as one that reads it.
        ExpectVerdict probe;
        try
        {
            probe = ExpectEvaluator.Evaluate(test.Expect, new FeedView(null, []));
        }
        catch (FormatException ex)
        {
            return new FeedTestResult(test, FeedTestOutcome.NotApplicable, "expectation not understood: " + ex.Message);
        }

        if (!probe.ChecksModeledField)
        {
            return new FeedTestResult(test, FeedTestOutcome.NotApplicable, outcome.Rejection);
        }

        if (outcome.View is null)
        {
            return new FeedTestResult(test, FeedTestOutcome.Rejected, outcome.Rejection);
        }

        var verdict = ExpectEvaluator.Evaluate(test.Expect, outcome.View);
        return verdict.Truth switch
        {
            Truth.True => new FeedTestResult(test, FeedTestOutcome.Passed, null),
            Truth.Unknown => new FeedTestResult(test, FeedTestOutcome.NotApplicable, null),
            _ => new FeedTestResult(test, FeedTestOutcome.Failed, Describe(outcome.View)),
        };
    }

    private static string Describe(FeedView view)
    {
        var first = view.Entries.Count > 0 ? view.Entries[0] : null;
        return first is null
            ? $"feed title {Quote(view.Title)}, no entries"
            : $"{view.Entries.Count} entries; [0] title {Quote(first.Title)} link {Quote(first.Link)} id {Quote(first.Id)} published {first.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} summary {Quote(first.Summary)} content {Quote(first.Content)} author {Quote(first.Author)}";
    }

    private static string Quote(string? s) => s is null ? "-" : "\"" + (s.Length > 60 ? s[..60] + "..." : s).ReplaceLineEndings(" ") + "\"";
}
