using System.CommandLine;
using System.Text.Json;
using Summarizer.Cli.Configuration;
using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer runs --config brief.yaml|FOLDER [--last N] [--json]</c>: the daily job's recent runs from its history,
/// newest first, with the worker that ran each (and, in a cluster, how many stories each worker ran), so an unattended job can be checked without opening SQLite or
/// PostgreSQL. Reads only; creates nothing beside the output (the shared store's schema is made on first use).
/// </summary>
internal sealed class RunsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Option<string> _config = new("--config") { Description = "The daily job's brief.yaml, or a folder of them (each brief's runs under its file's name).", Required = true, HelpName = "PATH" };
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
        var path = context.ResolvePath(parse.GetValue(_config)!);
        List<(DailyConfig Config, StoreSetting Store)> briefs;
        try
        {
            briefs = [.. DailyConfigLoader.LoadAll(path).Select(config => (config, JobStore.Of(config, context)))];
        }
        catch (Exception ex) when (ex is DailyConfigException or StoreException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageError;
        }

        // A folder of briefs: each brief's runs under its file's name (as JSON, one entry per brief).
        var folder = Directory.Exists(path);
        var listed = new List<(DailyConfig Config, IReadOnlyList<RunRecord> Runs)>();
        await using var connections = new StoreConnections();
        foreach (var (config, store) in briefs)
        {
            var history = RunHistory.PathFor(Path.GetFullPath(config.Output));
            if (!store.IsShared && !File.Exists(history))
            {
                await context.Error.WriteLineAsync($"{(folder ? Path.GetFileName(config.ConfigPath) + ": " : string.Empty)}no runs recorded yet ({history} does not exist)");
                continue;
            }

            try
            {
                await using var state = await JobStates.OpenAsync(store, config.Output, connections, cancellationToken);
                listed.Add((config, await state.History.RecentAsync(parse.GetValue(_last), cancellationToken)));
            }
            catch (Exception ex) when (ex is RunHistoryException or StoreException)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        if (parse.GetValue(_json))
        {
            object json = folder
                ? listed.Select(b => new { Brief = Path.GetFileName(b.Config.ConfigPath), b.Config.Output, Runs = b.Runs.Select(AsJson) })
                : listed.SelectMany(b => b.Runs).Select(AsJson);
            await context.Output.WriteAsync(JsonSerializer.Serialize(json, Json) + Environment.NewLine);
            return ExitCodes.Success;
        }

        foreach (var (config, runs) in listed)
        {
            if (folder)
            {
                await context.Output.WriteLineAsync($"{Path.GetFileName(config.ConfigPath)} ({config.Output})");
            }

            await context.Output.WriteAsync(RunsTable.Render(runs, config.Schedule.TimeZone));
            if (folder)
            {
                await context.Output.WriteLineAsync();
            }
        }

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
        run.StoryWorkers,
    };

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
