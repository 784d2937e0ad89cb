using System.CommandLine;
using System.Globalization;
using Summarizer.Evaluation.Extraction;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval extraction DIR</c> and <c>summarizer eval summaries DATASET</c>: quality benchmarks
/// scored the way each dataset's README prescribes.
/// </summary>
internal sealed class EvalCommand(CommonOptions common)
{
    private readonly Argument<string> _extractionDir = new("DIR") { Description = "Folder of <id>.html pages and ground-truth.json." };
    private readonly Option<bool> _perPage = new("--per-page") { Description = "Also print each page's precision and recall." };

    public Command Create(CliContext context)
    {
        var extraction = new Command("extraction", "Score HTML main-text extraction: shingle precision, recall, F1, accuracy, pages/s.") { _extractionDir, _perPage };
        extraction.SetAction((parse, token) => ExtractionAsync(parse, context, token));
        var summaries = new SummaryEvalCommand(common).Create(context);
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

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
