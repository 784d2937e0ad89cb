using System.CommandLine;
using System.Globalization;
using Summarizer.Evaluation.Feeds;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval feeds DIR</c>: runs the feed parser over a corpus laid out like feedparser's tests
/// (../shared/eval/feeds) and prints pass / fail / rejected / crashed per folder on the fields we model.
/// </summary>
internal sealed class FeedEvalCommand(CommonOptions common)
{
    private readonly Argument<string> _dir = new("DIR") { Description = "Corpus folder: feeds with Expect: lines (e.g. ../shared/eval/feeds)." };
    private readonly Option<bool> _failures = new("--failures") { Description = "Also list every applicable test that did not pass, with what the parser gave." };

    public Command Create(CliContext context)
    {
        var command = new Command("feeds", "Score the feed parser on a feedparser-style test corpus.") { _dir, _failures };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var loggers = common.CreateLoggerFactory(parse, context);
        if (await context.ExistingFolderAsync(parse.GetValue(_dir)!) is not { } dir)
        {
            return ExitCodes.NoUsableInput;
        }

        var report = FeedCorpusEvaluator.Evaluate(dir);
        if (report.Results.Count == 0)
        {
            await context.Error.WriteLineAsync($"error: {dir} holds no *.xml test feeds");
            return ExitCodes.NoUsableInput;
        }

        var o = context.Output;
        if (parse.GetValue(_failures))
        {
            foreach (var r in report.Results.Where(r => r.Outcome is FeedTestOutcome.Failed or FeedTestOutcome.Rejected or FeedTestOutcome.Crashed))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await o.WriteLineAsync($"{r.Outcome.ToString().ToLowerInvariant()}\t{r.Case.Path}\t{r.Case.Expect}\t{r.Detail}");
            }

            await o.WriteLineAsync();
        }

        await o.WriteLineAsync($"{"folder",-26} {"pass",5} {"fail",5} {"reject",6} {"crash",5} {"n/a",5}");
        foreach (var c in report.Categories)
        {
            await o.WriteLineAsync(Row(c));
        }

        await o.WriteLineAsync(Row(report.All));
        await o.WriteLineAsync(Row(report.Current));
        var current = report.Current;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"current formats (all but Atom 0.3, RSS 0.90, CDF and sanitising): {current.Passed} of {current.Applicable} pass ({Percent(current.Passed, current.Applicable)}); all: {report.All.Passed} of {report.All.Applicable}; crashes: {report.Crashes}"));
        return ExitCodes.Success;
    }

    private static string Row(FeedCategoryScore c) => string.Create(CultureInfo.InvariantCulture, $"{c.Category,-26} {c.Passed,5} {c.Failed,5} {c.Rejected,6} {c.Crashed,5} {c.NotApplicable,5}");

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
