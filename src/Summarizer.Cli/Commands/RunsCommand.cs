using System.CommandLine;
using System.Text.Json;
using Summarizer.Cli.Configuration;
using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer runs --config brief.yaml [--last N] [--json]</c>: the daily job's recent runs from its history,
/// newest first, with the worker that ran each, so an unattended job can be checked without opening SQLite or
/// PostgreSQL. Reads only; creates nothing beside the output (the shared store's schema is made on first use).
/// </summary>
internal sealed class RunsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Option<string> _config = new("--config") { Description = "The daily job's brief.yaml.", Required = true, HelpName = "PATH" };
    private readonly Option<int> _last = new("--last") { Description = "How many runs to list, newest first.", DefaultValueFactory = _ => 10, HelpName = "N" };
    private readonly Option<bool> _json = new("--json") { Description = "The runs as a JSON array (times in UTC, usage and failures as recorded)." };

    public Command Create(CliContext context)
    {
        _last.InRange(1, 10_000);
        var command = new Command("runs", "List the daily job's recent runs: when, how they ended, what they produced and cost.") { _config, _last, _json };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        DailyConfig config;
        StoreSetting store;
        try
        {
            config = DailyConfigLoader.Load(context.ResolvePath(parse.GetValue(_config)!));
            store = JobStore.Of(config, context);
        }
        catch (Exception ex) when (ex is DailyConfigException or StoreException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageError;
        }

        var path = RunHistory.PathFor(Path.GetFullPath(config.Output));
        if (!store.IsShared && !File.Exists(path))
        {
            await context.Error.WriteLineAsync($"no runs recorded yet ({path} does not exist)");
            return ExitCodes.Success;
        }

        IReadOnlyList<RunRecord> runs;
        try
        {
            await using var state = await JobStates.OpenAsync(store, config.Output, cancellationToken);
            runs = await state.History.RecentAsync(parse.GetValue(_last), cancellationToken);
        }
        catch (Exception ex) when (ex is RunHistoryException or StoreException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        await context.Output.WriteAsync(parse.GetValue(_json)
            ? JsonSerializer.Serialize(runs.Select(AsJson), Json) + Environment.NewLine
            : RunsTable.Render(runs, config.Schedule.TimeZone));
        return ExitCodes.Success;
    }

    private static object AsJson(RunRecord run) => new
    {
        run.Id,
        run.ScheduledFor,
        run.StartedAt,
        run.EndedAt,
        Status = run.Status.ToString().ToLowerInvariant(),
        run.Sources,
        run.Stories,
        run.Failures,
        Usage = Parse(run.UsageJson),
        FailureList = Parse(run.FailuresJson),
        run.Message,
        run.Worker,
    };

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
