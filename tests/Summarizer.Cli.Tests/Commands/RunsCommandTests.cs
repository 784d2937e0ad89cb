using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

public sealed class RunsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> ConfigAsync(string folder)
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
            provider: {"{"} name: stub {"}"}
            sources:
              - folder: {folder}
            """);
        return path;
    }

    [Fact]
    public async Task Lists_recent_runs_newest_first_with_what_they_produced_and_cost()
    {
        _cli.Environment["SUMMARIZER_WORKER"] = "desk-1";
        var config = await ConfigAsync(RepoPaths.Fixture("day"));
        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);
        var empty = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "empty")).FullName;
        _cli.Time.Advance(TimeSpan.FromDays(1));
        File.WriteAllText(config, File.ReadAllText(config).Replace(RepoPaths.Fixture("day"), empty, StringComparison.Ordinal));
        Assert.Equal(3, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);

        var result = await _cli.RunAsync("runs", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public async Task Json_gives_each_run_with_its_usage_and_failures()
    {
        var config = await ConfigAsync(RepoPaths.Fixture("day"));
        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);

        var result = await _cli.RunAsync("runs", "--config", config, "--json", "--last", "1");

        Assert.Equal(0, result.ExitCode);
        var run = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("stories").GetInt32() >= 5);
        Assert.True(run.GetProperty("usage").GetProperty("modelCalls").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, run.GetProperty("failureList").ValueKind);
    }

    [Fact]
    public async Task A_folder_of_briefs_lists_each_briefs_runs_under_its_file_name()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "briefs.d")).FullName;
        foreach (var (name, source) in new[] { ("river", RepoPaths.Fixture("story-river-bridge")), ("world", RepoPaths.Fixture("day")) })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".yaml"), $"""
                output: ../out/{name}
                schedule: {"{"} cron: "0 6 * * *", timeZone: "UTC" {"}"}
                provider: {"{"} name: stub {"}"}
                sources:
                  - folder: {source}
                """);
        }

        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", Path.Combine(folder, "world.yaml"), "--once", "-q")).ExitCode);

        var table = await _cli.RunAsync("runs", "--config", folder);
        var json = await _cli.RunAsync("runs", "--config", folder, "--json");

        Assert.Equal((0, 0), (table.ExitCode, json.ExitCode));
        Assert.Contains("river.yaml: no runs recorded yet", table.Error, StringComparison.Ordinal);
        Assert.Contains("world.yaml (", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("river.yaml (", table.Output, StringComparison.Ordinal);
        var brief = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal("world.yaml", brief.GetProperty("brief").GetString());
        Assert.Equal("succeeded", Assert.Single(brief.GetProperty("runs").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_history_it_says_so_and_creates_nothing()
    {
        var config = await ConfigAsync(RepoPaths.Fixture("day"));

        var result = await _cli.RunAsync("runs", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no runs recorded yet", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "briefs")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("ten")]
    public async Task A_bad_count_is_a_usage_error(string last)
    {
        var config = await ConfigAsync(RepoPaths.Fixture("day"));

        var result = await _cli.RunAsync("runs", "--config", config, "--last", last);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--last", result.Error, StringComparison.Ordinal);
    }
}
