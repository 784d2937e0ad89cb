using System.CommandLine;
using Summarizer.Chat;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Documents;
using Summarizer.Evaluation.Trust;
using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Scoring;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Prompts;
using Summarizer.Rendering;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval trust DIR</c>: runs the brief, in-process and composed exactly as <c>brief</c> composes
/// it, over each case folder of DIR, and scores each brief.json against the case's answer key
/// (<c>NAME.key.yaml</c> beside the folder; format in fixtures/trust-cases/README.md). The dev and holdout
/// sets are reported separately. Exit 0 when scoring ran (the figures are the result), 2 for bad arguments
/// or a broken key. <c>--check-keys</c> only checks the selected keys against their folders and runs no brief,
/// so keys of untouched cases can be validated without looking at how the tool does on them.
/// </summary>
internal sealed class TrustEvalCommand(CommonOptions common)
{
    private static readonly string[] Sets = ["dev", "holdout", "all"];

    private readonly Argument<string> _dir = new("DIR") { Description = "Folder of case folders, each with NAME.key.yaml beside it (e.g. fixtures/trust-cases)." };
    private readonly Option<string> _set = new("--set") { Description = "Cases to run: dev, holdout or all (default all; each set is reported separately).", DefaultValueFactory = _ => "all" };
    private readonly Option<string[]> _case = new("--case") { Description = "Only this case (folder name); repeatable.", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _out = new("--out", "-o") { Description = "Keep each case's brief in DIR/CASE/ (default: a temporary folder, removed afterwards).", HelpName = "DIR" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the scores as JSON." };
    private readonly Option<bool> _checkKeys = new("--check-keys") { Description = "Only check the keys against their folders (no brief is run); exit 0 with the count of valid keys, 2 naming the first broken key and entry." };
    private readonly EngineFlags _engine = new();

    public Command Create(CliContext context)
    {
        _set.OneOf(Sets);
        var command = new Command("trust", "Run the brief over each trust case and score it against the case's answer key.")
        {
            _dir, _set, _case, _out, _json, _checkKeys,
        };
        foreach (var option in _engine.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        using var loggers = common.CreateLoggerFactory(parse, context);
        var dir = context.ResolvePath(parse.GetValue(_dir)!);
        if (parse.GetValue(_checkKeys))
        {
            return await CheckKeysAsync(dir, parse, context, cancellationToken);
        }

        List<TrustCase> cases;
        SummarizerSettings settings;
        try
        {
            settings = SettingsLoader.Load(context).OverriddenBy(_engine.ToSettings(parse));
            cases = await SelectCasesAsync(dir, parse.GetValue(_set)!, parse.GetValue(_case) ?? [], cancellationToken);
        }
        catch (Exception ex) when (ex is SettingsException or TrustKeyException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var keep = parse.GetValue(_out) is { } o ? context.ResolvePath(o) : null;
        var outDir = keep ?? Directory.CreateTempSubdirectory("summarizer-trust-").FullName;
        try
        {
            await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry: null);
            var scores = new List<TrustCaseScore>();
            foreach (var trustCase in cases)
            {
                var briefJson = await RunBriefAsync(engine.Pipeline, trustCase, Path.Combine(outDir, trustCase.Name), context, loggers, cancellationToken);
                scores.Add(TrustScorer.Score(trustCase, briefJson));
            }

            var sets = scores.GroupBy(s => s.Set).OrderBy(g => g.Key == "dev" ? 0 : 1).Select(g => new TrustSetScore(g.Key, [.. g])).ToList();
            var provider = settings.Provider ?? (settings.Model is null ? EngineComposer.DefaultProvider : "openai");
            await context.Output.WriteAsync(parse.GetValue(_json) ? TrustReport.ToJson(sets, provider) : TrustReport.Text(sets, provider));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is TrustKeyException or SettingsException or PromptException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (NoUsableInputException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.NoUsableInput;
        }
        catch (ProviderUnusableException ex)
        {
            await context.Error.WriteLineAsync($"error: model provider unusable: {ex.Message}");
            return ExitCodes.ProviderUnusable;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    // Opening a case runs every key check (verbatim strings, files, ids, invariants); no engine is composed.
    private async Task<int> CheckKeysAsync(string dir, ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        List<TrustCase> cases;
        try
        {
            cases = await SelectCasesAsync(dir, parse.GetValue(_set)!, parse.GetValue(_case) ?? [], cancellationToken);
        }
        catch (TrustKeyException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var perSet = string.Join(", ", cases.GroupBy(c => c.Key.Set).OrderBy(g => g.Key == "dev" ? 0 : 1).Select(g => $"{g.Count()} {g.Key}"));
        await context.Output.WriteLineAsync($"{cases.Count} key(s) valid ({perSet}); no brief was run.");
        return ExitCodes.Success;
    }

    // Every key is parsed (a broken one stops the run before any brief); the selected cases' folders are read and checked.
    private static async Task<List<TrustCase>> SelectCasesAsync(string dir, string set, string[] names, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(dir))
        {
            throw new TrustKeyException($"{dir}: no such folder");
        }

        var keyFiles = TrustCases.KeyFiles(dir);
        if (keyFiles.Count == 0)
        {
            throw new TrustKeyException($"{dir} holds no *{TrustCases.KeySuffix} answer keys");
        }

        var selected = new List<TrustCase>();
        foreach (var keyFile in keyFiles)
        {
            var key = await TrustCases.ReadKeyAsync(keyFile, cancellationToken);
            if ((set == "all" || key.Set == set) && (names.Length == 0 || names.Contains(key.Case, StringComparer.Ordinal)))
            {
                selected.Add(await TrustCases.OpenAsync(key, keyFile, cancellationToken));
            }
        }

        if (names.FirstOrDefault(n => !selected.Any(c => c.Name == n)) is { } unknown)
        {
            throw new TrustKeyException($"--case {unknown}: no such case in set {set} of {dir}");
        }

        return selected.Count > 0 ? selected : throw new TrustKeyException($"{dir}: no case in set {set}");
    }

    // The brief command's single-story path: read the folder, run the pipeline, write brief.json and brief.md.
    private static async Task<string> RunBriefAsync(SummaryPipeline pipeline, TrustCase trustCase, string outDir, CliContext context, Microsoft.Extensions.Logging.ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var input = await StageBoundary.RunAsync("read", () => InputArgument.ReadAsync([trustCase.Folder], context, loggers, allowPrivateNetworks: false, options: null, cancellationToken), cancellationToken);
        Brief brief = await pipeline.RunAsync(input, progress: null, cancellationToken);
        IBriefRenderer[] renderers = [new JsonBriefRenderer(), new MarkdownBriefRenderer()];
        await StageBoundary.RunAsync("write", () => BriefWriter.WriteAsync(brief, outDir, renderers, cancellationToken), cancellationToken);
        return await File.ReadAllTextAsync(Path.Combine(outDir, "brief.json"), cancellationToken);
    }
}
