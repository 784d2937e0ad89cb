using System.CommandLine;
using System.Globalization;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Documents;
using Summarizer.Evaluation.Rouge;
using Summarizer.Evaluation.Summaries;
using Summarizer.Extractive;
using Summarizer.Pipeline;
using Summarizer.Stories;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval summaries PATH...</c>: a DUC-style dataset (cluster folders with <c>ref*.txt</c>) gets ROUGE
/// and the redundancy measure per cluster; a story folder (articles only, as given to <c>brief</c>) is briefed
/// offline exactly as <c>brief</c> does it and gets the redundancy measure on what the reader sees.
/// </summary>
internal sealed class SummaryEvalCommand(CommonOptions common)
{
    private static readonly string[] Halves = ["all", "odd", "even"];

    private readonly Argument<string[]> _paths = new("PATH") { Description = "Folders of cluster folders (sources plus ref*.txt references), or story folders of articles.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<int> _maxWords = new Option<int>("--max-words") { Description = "Summary and reference length cut.", DefaultValueFactory = _ => 100, HelpName = "N" }.InRange(10, 2000);
    private readonly Option<string> _half = new("--half") { Description = "Clusters at odd or even positions (ordinal order), to tune on one half and report the other (default all).", DefaultValueFactory = _ => "all" };
    private readonly Option<bool> _group = new("--group") { Description = "Group each story folder's articles into stories first, as brief --group does." };
    private readonly Option<bool> _pairs = new("--pairs") { Description = "Print every pair of sentences that states the same fact." };
    private readonly Option<bool> _fit = new("--fit-sentence-scores") { Description = "Tune: fit the learned sentence score on the odd clusters, print its weights and ROUGE on both halves for a range of scales." };
    private readonly Option<SentenceScoreTarget> _fitTarget = new("--fit-target") { Description = "What --fit-sentence-scores fits: a sentence's recall alone, or the recall it adds to a greedy oracle summary.", DefaultValueFactory = _ => SentenceScoreTarget.Alone };

    public Command Create(CliContext context)
    {
        _half.OneOf(Halves);
        var command = new Command("summaries", "Score the offline engine's merged summaries with ROUGE-1/2/L against human references, and count sentences that state a fact twice.")
        {
            _paths, _maxWords, _half, _group, _pairs, _fit, _fitTarget,
        };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var loggers = common.CreateLoggerFactory(parse, context);
        var dirs = new List<string>();
        foreach (var typed in parse.GetValue(_paths)!)
        {
            if (await context.ExistingFolderAsync(typed) is not { } dir)
            {
                return ExitCodes.NoUsableInput;
            }

            dirs.Add(dir);
        }

        var o = context.Output;
        var maxWords = parse.GetValue(_maxWords);
        var half = Enum.Parse<ClusterHalf>(parse.GetValue(_half)!, ignoreCase: true);
        if (parse.GetValue(_fit))
        {
            foreach (var dir in dirs.Where(IsDataset))
            {
                await FitAsync(o, dir, maxWords, parse.GetValue(_fitTarget), context.TimeProvider, cancellationToken);
            }

            return ExitCodes.Success;
        }

        var rows = new List<(string Name, IReadOnlyList<RedundantPair> Pairs)>();
        foreach (var dir in dirs.Where(IsDataset))
        {
            var result = await SummaryEvaluation.RunAsync(dir, maxWords, half, context.TimeProvider, cancellationToken);
            await WriteRougeAsync(o, result);
            rows.AddRange(result.Clusters.Select(c => (c.Cluster, c.Redundant)));
        }

        var stories = dirs.Where(d => !IsDataset(d)).ToList();
        if (stories.Count > 0)
        {
            var settings = new SummarizerSettings { Provider = "local", MaxWords = maxWords, NoCache = true };
            await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry: null);
            await o.WriteLineAsync("story\tsentences\tpairs");
            foreach (var dir in stories)
            {
                var input = await StageBoundary.RunAsync("read", () => InputArgument.ReadAsync([dir], context, loggers, allowPrivateNetworks: false, options: null, cancellationToken), cancellationToken);
                IReadOnlyList<Brief> briefs = parse.GetValue(_group)
                    ? (await engine.Pipeline.RunDailyAsync(input, DateOnly.FromDateTime(context.TimeProvider.GetUtcNow().Date), StoryClusterers.Create(), progress: null, cancellationToken)).Stories
                    : [await engine.Pipeline.RunAsync(input, progress: null, cancellationToken)];
                for (var i = 0; i < briefs.Count; i++)
                {
                    var sentences = briefs[i].Merged is { } merged ? SummaryEvaluation.Sentences(merged) : [];
                    var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)) + (briefs.Count > 1 ? Inv($"#{i + 1}") : string.Empty);
                    var pairs = RedundancyCheck.Find(sentences, [.. briefs[i].Sources.Select(s => s.Article.Text)]);
                    await o.WriteLineAsync(Inv($"{name}\t{sentences.Count}\t{pairs.Count}"));
                    rows.Add((name, pairs));
                }
            }
        }

        if (rows.Count == 0)
        {
            await context.Error.WriteLineAsync($"error: {string.Join(", ", dirs)}: no cluster folders with ref*.txt references and no stories");
            return ExitCodes.NoUsableInput;
        }

        var redundant = rows.Count(r => r.Pairs.Count > 0);
        await o.WriteLineAsync(Inv($"redundancy: {redundant} of {rows.Count} ({100.0 * redundant / rows.Count:F1}%) state a fact twice in their summary and key points ({rows.Sum(r => r.Pairs.Count)} pairs)"));
        if (parse.GetValue(_pairs))
        {
            foreach (var (name, pairs) in rows)
            {
                foreach (var pair in pairs)
                {
                    await o.WriteLineAsync(Inv($"{name}\t{pair.Overlap:F2}\t{pair.First}\t{pair.Second}"));
                }
            }
        }

        return ExitCodes.Success;
    }

    // The weights as code to paste into ExtractiveTuning, then each scale of the learned score beside and instead of
    // the position bonus, scored on the half it was fitted on and on the other.
    private static async Task FitAsync(TextWriter o, string dir, int maxWords, SentenceScoreTarget target, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var r2 in new[] { SentenceScoreFit.Rouge2Weight })
        {
            await FitAsync(o, dir, maxWords, r2, target, clock, cancellationToken);
        }
    }

    private static async Task FitAsync(TextWriter o, string dir, int maxWords, double r2, SentenceScoreTarget target, TimeProvider clock, CancellationToken cancellationToken)
    {
        var weights = await SentenceScoreFit.FitAsync(dir, maxWords, ClusterHalf.Odd, cancellationToken, r2, target);
        await o.WriteLineAsync(Inv($"fitted on the odd clusters, target R-1 + {r2} x R-2 recall ({target}):"));
        await o.WriteLineAsync(Inv($"  Intercept = {weights.Intercept:R},"));
        var vector = weights.Vector();
        for (var k = 0; k < vector.Length; k++)
        {
            await o.WriteLineAsync(Inv($"  {SentenceFeatures.Names[k]} = {vector[k]:R},"));
        }

        await o.WriteLineAsync("position\tscale\todd R1\todd R2\teven R1\teven R2\tredundant");
        foreach (var position in new[] { ExtractiveTuning.Default.PositionBonus })
        {
            foreach (var scale in new double[] { 0, 80, 160, 240, 320, 400, 480, 640, 1280, 2560, 5120 })
            {
                var tuning = ExtractiveTuning.Default with { PositionBonus = position, SentenceScore = weights, SentenceScoreScale = scale };
                var odd = await SummaryEvaluation.RunAsync(dir, maxWords, ClusterHalf.Odd, op => ExtractiveEngine.CreateMerger(op, tuning), clock, cancellationToken);
                var even = await SummaryEvaluation.RunAsync(dir, maxWords, ClusterHalf.Even, op => ExtractiveEngine.CreateMerger(op, tuning), clock, cancellationToken);
                var redundant = odd.Clusters.Concat(even.Clusters).Count(c => c.Redundant.Count > 0);
                await o.WriteLineAsync(Inv($"{position}\t{scale}\t{Pct(odd.Mean.Rouge1.Recall)}\t{Pct(odd.Mean.Rouge2.Recall)}\t{Pct(even.Mean.Rouge1.Recall)}\t{Pct(even.Mean.Rouge2.Recall)}\t{redundant}"));
            }
        }
    }

    // A dataset holds cluster folders with references; a story folder holds the articles themselves.
    private static bool IsDataset(string dir) => Directory.GetDirectories(dir).Any(d => Directory.GetFiles(d, "ref*.txt").Length > 0);

    private static async Task WriteRougeAsync(TextWriter o, SummaryEvaluationResult result)
    {
        await o.WriteLineAsync("cluster\tR1-R\tR1-P\tR1-F\tR2-R\tR2-P\tR2-F\tRL-R\tRL-P\tRL-F\tms\tpairs");
        foreach (var c in result.Clusters)
        {
            await o.WriteLineAsync(Inv($"{c.Cluster}\t{Row(c.Scores)}\t{c.MergeTime.TotalMilliseconds:F1}\t{c.Redundant.Count}"));
        }

        if (result.Clusters.Count == 0)
        {
            return;
        }

        await o.WriteLineAsync(Inv($"mean\t{Row(result.Mean)}\t{result.MedianMergeTime.TotalMilliseconds:F1} (median)"));
        await o.WriteLineAsync(Inv($"recall x 100: ROUGE-1 {result.Mean.Rouge1.Recall * 100:F2}  ROUGE-2 {result.Mean.Rouge2.Recall * 100:F2}  ROUGE-L {result.Mean.RougeL.Recall * 100:F2}"));
        await o.WriteLineAsync(Inv($"speed {result.ClustersPerSecond:F1} clusters/s (merge only), median {result.MedianMergeTime.TotalMilliseconds:F1} ms per cluster, total {result.Elapsed.TotalSeconds:F1} s"));
    }

    private static string Row(RougeScores s) =>
        Inv($"{Pct(s.Rouge1.Recall)}\t{Pct(s.Rouge1.Precision)}\t{Pct(s.Rouge1.F1)}\t{Pct(s.Rouge2.Recall)}\t{Pct(s.Rouge2.Precision)}\t{Pct(s.Rouge2.F1)}\t{Pct(s.RougeL.Recall)}\t{Pct(s.RougeL.Precision)}\t{Pct(s.RougeL.F1)}");

    private static string Pct(double value) => (value * 100).ToString("F2", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
