using System.CommandLine;
using System.Globalization;
using Summarizer.Evaluation.Extraction;
using Summarizer.Evaluation.Rouge;
using Summarizer.Evaluation.Summaries;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval extraction DIR</c> and <c>summarizer eval summaries DATASET</c>: quality benchmarks
/// scored the way each dataset's README prescribes.
/// </summary>
internal sealed class EvalCommand(CommonOptions common)
{
    private readonly Argument<string> _extractionDir = new("DIR") { Description = "Folder of <id>.html pages and ground-truth.json." };
    private readonly Option<bool> _perPage = new("--per-page") { Description = "Also print each page's precision and recall." };
    private readonly Argument<string> _dataset = new("DATASET") { Description = "Folder of cluster folders: sources plus ref*.txt references." };
    private readonly Option<int> _maxWords = new Option<int>("--max-words") { Description = "Summary and reference length cut.", DefaultValueFactory = _ => 100, HelpName = "N" }.InRange(10, 2000);

    public Command Create(CliContext context)
    {
        var extraction = new Command("extraction", "Score HTML main-text extraction: shingle precision, recall, F1, accuracy, pages/s.") { _extractionDir, _perPage };
        extraction.SetAction((parse, token) => ExtractionAsync(parse, context, token));
        var summaries = new Command("summaries", "Score the offline engine's merged summaries with ROUGE-1/2/L against human references.") { _dataset, _maxWords };
        summaries.SetAction((parse, token) => SummariesAsync(parse, context, token));
        var trust = new TrustEvalCommand(common).Create(context);
        var feeds = new FeedEvalCommand(common).Create(context);
        return new Command("eval", "Measure quality on benchmark data.") { extraction, summaries, trust, feeds };
    }

    private async Task<int> ExtractionAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var loggers = common.CreateLoggerFactory(parse, context);
        var dir = context.ResolvePath(parse.GetValue(_extractionDir)!);
        if (!File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            await context.Error.WriteLineAsync($"error: {dir} has no ground-truth.json");
            return ExitCodes.NoUsableInput;
        }

        var result = await new ExtractionEvaluator(timeProvider: context.TimeProvider).EvaluateAsync(dir, cancellationToken);
        var o = context.Output;
        if (parse.GetValue(_perPage))
        {
            await o.WriteLineAsync("page\tprecision\trecall\texact");
            foreach (var page in result.Pages)
            {
                await o.WriteLineAsync(Inv($"{page.Id}\t{page.Precision:F3}\t{page.Recall:F3}\t{page.Exact}"));
            }
        }

        await o.WriteLineAsync(Inv($"pages {result.PageCount}  precision {result.Precision:F4}  recall {result.Recall:F4}  F1 {result.F1:F4}  accuracy {result.Accuracy:F4}"));
        await o.WriteLineAsync(Inv($"speed {result.PagesPerSecond:F0} pages/s (extraction + cleaning, one thread, {result.Elapsed.TotalMilliseconds:F0} ms)"));
        return ExitCodes.Success;
    }

    private async Task<int> SummariesAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var loggers = common.CreateLoggerFactory(parse, context);
        if (await context.ExistingFolderAsync(parse.GetValue(_dataset)!) is not { } dir)
        {
            return ExitCodes.NoUsableInput;
        }

        var result = await SummaryEvaluation.RunAsync(dir, parse.GetValue(_maxWords), context.TimeProvider, cancellationToken);
        if (result.Clusters.Count == 0)
        {
            await context.Error.WriteLineAsync($"error: {dir} has no cluster folders with ref*.txt references");
            return ExitCodes.NoUsableInput;
        }

        var o = context.Output;
        await o.WriteLineAsync("cluster\tR1-R\tR1-P\tR1-F\tR2-R\tR2-P\tR2-F\tRL-R\tRL-P\tRL-F\tms");
        foreach (var c in result.Clusters)
        {
            await o.WriteLineAsync(Inv($"{c.Cluster}\t{Row(c.Scores)}\t{c.MergeTime.TotalMilliseconds:F1}"));
        }

        await o.WriteLineAsync(Inv($"mean\t{Row(result.Mean)}\t{result.MedianMergeTime.TotalMilliseconds:F1} (median)"));
        await o.WriteLineAsync(Inv($"recall x 100: ROUGE-1 {result.Mean.Rouge1.Recall * 100:F2}  ROUGE-2 {result.Mean.Rouge2.Recall * 100:F2}  ROUGE-L {result.Mean.RougeL.Recall * 100:F2}"));
        await o.WriteLineAsync(Inv($"speed {result.ClustersPerSecond:F1} clusters/s (merge only), median {result.MedianMergeTime.TotalMilliseconds:F1} ms per cluster, total {result.Elapsed.TotalSeconds:F1} s"));
        return ExitCodes.Success;
    }

    private static string Row(RougeScores s) =>
        Inv($"{Pct(s.Rouge1.Recall)}\t{Pct(s.Rouge1.Precision)}\t{Pct(s.Rouge1.F1)}\t{Pct(s.Rouge2.Recall)}\t{Pct(s.Rouge2.Precision)}\t{Pct(s.Rouge2.F1)}\t{Pct(s.RougeL.Recall)}\t{Pct(s.RougeL.Precision)}\t{Pct(s.RougeL.F1)}");

    private static string Pct(double value) => (value * 100).ToString("F2", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
