using System.CommandLine;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Telemetry;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Prompts;
using Summarizer.Rendering;
using Summarizer.Stories;
using Summarizer.Documents;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer brief INPUT...</c>: the whole pipeline, writing brief.md and brief.json atomically.</summary>
internal sealed class BriefCommand
{
    private static readonly string[] KnownFormats = ["md", "json", "html"];
    private static readonly string[] DefaultFormats = ["md", "json"];

    private readonly Argument<string[]> _inputs = new("INPUT") { Description = "Files, folders (read recursively: .txt .md .html .htm .json), - for stdin, article page or feed URLs, saved feed files.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _out = new("--out", "-o") { Description = "Output folder (default ./brief-out).", HelpName = "DIR" };
    private readonly Option<string?> _format = new("--format") { Description = "Comma-separated formats to write: md,json,html (default md,json).", HelpName = "md,json,html" };
    private readonly Option<int?> _concurrency = new Option<int?>("--concurrency") { Description = "Sources summarized at once (default 4).", HelpName = "N" }.InRange(1, 64);
    private readonly Option<bool> _strict = new("--strict") { Description = "If the grounding check finds unsupported statements, regenerate once; exit 1 if any remain." };
    private readonly Option<bool> _allowPrivateNetworks = InputArgument.AllowPrivateNetworks();
    private readonly Option<bool> _group = new("--group") { Description = "Group the inputs into stories and write one merged summary per story, most widely covered first." };
    private readonly Option<int?> _maxArticleChars = new Option<int?>("--max-article-chars") { Description = "Cut an article's text longer than this at a paragraph break, with a warning (default 2000000).", HelpName = "N" }
        .InRange(InputReaderOptions.MinArticleChars, InputReaderOptions.MaxArticleCharsLimit);
    private readonly EngineFlags _engine = new();
    private readonly CommonOptions _common;

    public BriefCommand(CommonOptions common)
    {
        _common = common;
        _inputs.Validators.Add(r =>
        {
            // Without this an unknown flag after INPUT would be taken as a file name.
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-')
                {
                    r.AddError($"unrecognized option '{value}' (to read a file whose name starts with '-', write ./{value}).");
                }
            }
        });
        _format.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } f && ParseFormats(f).FirstOrDefault(x => !KnownFormats.Contains(x)) is { } bad)
            {
                r.AddError($"--format accepts {string.Join(", ", KnownFormats)} (got '{bad}').");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("brief", "Summarize each article and merge them into one cited brief (brief.md, brief.json).")
        {
            _inputs, _out, _format, _concurrency, _strict, _group, _allowPrivateNetworks, _maxArticleChars,
        };
        foreach (var option in _engine.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private SummarizerSettings FlagSettings(ParseResult parse) => _engine.ToSettings(parse) with
    {
        Concurrency = parse.GetValue(_concurrency),
        Out = parse.GetValue(_out),
        Formats = parse.GetValue(_format) is { } f ? ParseFormats(f) : null,
        Strict = parse.GetValue(_strict) ? true : null,
        AllowPrivateNetworks = parse.GetValue(_allowPrivateNetworks) ? true : null,
        MaxArticleChars = parse.GetValue(_maxArticleChars),
    };

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        SummarizerSettings settings;
        InputReaderOptions reading;
        try
        {
            settings = SettingsLoader.Load(context).OverriddenBy(FlagSettings(parse));
            reading = ValidSettings.Of(() => OptionsValidation.Validate(new InputReaderOptions { MaxArticleChars = settings.MaxArticleChars ?? new InputReaderOptions().MaxArticleChars }));
        }
        catch (SettingsException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        using var loggers = _common.CreateLoggerFactory(parse, context);
        var logger = loggers.CreateLogger<BriefCommand>();
        var outputDirectory = context.ResolvePath(settings.Out ?? "brief-out");
        IngestionResult? input = null;
        using var telemetry = CommandTelemetry.Start(context);
        using var run = telemetry.Telemetry.StartRun(parse.GetValue(_group) ? "grouped" : "brief", EngineComposer.ProviderOf(settings), context.TimeProvider);
        try
        {
            await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry.Telemetry);
            var inputs = parse.GetValue(_inputs) ?? [];
            using (telemetry.Telemetry.StartStage("read"))
            {
                input = await StageBoundary.RunAsync("read", () => InputArgument.ReadAsync(inputs, context, loggers, settings.AllowPrivateNetworks == true, reading, cancellationToken), cancellationToken);
            }

            if (input.Articles.Count > 0)
            {
                await InputArgument.ReportSkippedAsync(input, "warning", context);
            }

            var progress = context.ErrorIsTerminal && !parse.GetValue(_common.Quiet) ? new ProgressLine(context.ErrorLines, context.TimeProvider) : null;
            progress?.Report(new PipelineProgress(PipelineStage.Read, input.Articles.Count, input.Articles.Count + input.Failures.Count));
            var formats = settings.Formats ?? DefaultFormats;
            IReadOnlyList<string> written;
            Brief[] stories;
            UsageReport usage;
            int failures;
            if (parse.GetValue(_group))
            {
                var today = DateOnly.FromDateTime(context.TimeProvider.GetLocalNow().DateTime);
                var daily = await engine.Pipeline.RunDailyAsync(input, today, StoryClusterers.Create(), progress, cancellationToken);
                using (telemetry.Telemetry.StartStage("render"))
                {
                    written = await StageBoundary.RunAsync("write", () => BriefWriter.WriteAsync(daily, outputDirectory, DailyRenderers(formats), cancellationToken), cancellationToken);
                }

                (stories, usage, failures) = ([.. daily.Stories], daily.Usage, daily.Failures.Count + daily.Stories.Sum(s => s.Failures.Count));
            }
            else
            {
                var brief = await engine.Pipeline.RunAsync(input, progress, cancellationToken);
                using (telemetry.Telemetry.StartStage("render"))
                {
                    written = await StageBoundary.RunAsync("write", () => BriefWriter.WriteAsync(brief, outputDirectory, Renderers(formats), cancellationToken), cancellationToken);
                }

                (stories, usage, failures) = ([brief], brief.Usage, brief.Failures.Count);
                await WarnIfSeveralStoriesAsync(brief, context, cancellationToken);
            }

            run.Complete(failures);

            logger.LogInformation(
                "Usage: {Calls} model call(s), {Input} input / {Output} output tokens, {CacheHits} cache hit(s), {Retries} retry(ies)",
                usage.ModelCalls,
                usage.InputTokens,
                usage.OutputTokens,
                usage.CacheHits,
                usage.Retries);
            if (!parse.GetValue(_common.Quiet))
            {
                foreach (var path in written)
                {
                    await context.Output.WriteLineAsync(path);
                }
            }

            var ungrounded = stories.Sum(s => s.Checks.Ungrounded.Count);
            if (settings.Strict == true && ungrounded > 0)
            {
                await context.Error.WriteLineAsync($"error: {ungrounded} statement(s) are still not found in their cited sources after one regeneration (listed in the brief)");
                return ExitCodes.SomeSourcesFailed;
            }

            return failures > 0 ? ExitCodes.SomeSourcesFailed : ExitCodes.Success;
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure on the run
        }
        catch (NoUsableInputException ex)
        {
            if (input is { Failures.Count: > 0 } && input.Articles.Count == 0)
            {
                await InputArgument.ReportSkippedAsync(input, "error", context); // one line per unusable input
            }
            else
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}");
            }

            return ExitCodes.NoUsableInput;
        }
        catch (ProviderUnusableException ex)
        {
            await context.Error.WriteLineAsync($"error: model provider unusable: {ex.Message}");
            return ExitCodes.ProviderUnusable;
        }
        catch (Exception ex) when (ex is PromptException or SettingsException)
        {
            // Our own typed configuration errors; any other exception is not a usage error (CliApp reports it).
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    // One merged summary over unrelated stories reads as nonsense: say so, and how to get one per story.
    private static async Task WarnIfSeveralStoriesAsync(Brief brief, CliContext context, CancellationToken cancellationToken)
    {
        var stories = StageBoundary.Run("cluster", () => StoryClusterers.Create().Cluster([.. brief.Sources.Select(s => s.Article)], cancellationToken), cancellationToken);
        if (stories.Count > 1)
        {
            await context.Error.WriteLineAsync($"warning: the inputs look like {stories.Count} different stories, merged here into one; --group writes one merged summary per story");
        }
    }

    private static List<IDailyBriefRenderer> DailyRenderers(IReadOnlyList<string> formats) =>
        [.. formats.Distinct().Select<string, IDailyBriefRenderer>(f => f switch
        {
            "json" => new JsonDailyBriefRenderer(),
            "html" => new HtmlDailyBriefRenderer(),
            _ => new MarkdownDailyBriefRenderer(),
        })];

    private static List<IBriefRenderer> Renderers(IReadOnlyList<string> formats) =>
        [.. formats.Distinct().Select<string, IBriefRenderer>(f => f switch
        {
            "json" => new JsonBriefRenderer(),
            "html" => new HtmlBriefRenderer(),
            _ => new MarkdownBriefRenderer(),
        })];

    private static List<string> ParseFormats(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant())];
}
