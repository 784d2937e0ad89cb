using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.Scheduling.Locking;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> ConfigAsync(string sources, string provider = "local")
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            window: 24h
            schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
            provider: {"{"} name: {provider} {"}"}
            sources:
            {sources}
            """);
        return path;
    }

    [Fact]
    public async Task Once_writes_the_days_brief_with_stories_ordered_by_outlets()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var day = Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06");
        Assert.Equal(["brief.html", "brief.json", "brief.md"], Directory.GetFiles(day).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var stories = JsonDocument.Parse(File.ReadAllText(Path.Combine(day, "brief.json"))).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.True(stories.Count >= 5, $"expected the fixture day's stories, got {stories.Count}");
        var sizes = stories.Select(s => s.GetProperty("sources").GetArrayLength()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.DoesNotContain(0, sizes);
        Assert.All(stories, s => Assert.All(s.GetProperty("sources").EnumerateArray().Select((src, i) => src.GetProperty("id").GetInt32()), (id, i) => Assert.Equal(i + 1, id)));
        Snapshot.Match(File.ReadAllText(Path.Combine(day, "brief.md")));
    }

    [Fact]
    public async Task A_folder_of_briefs_runs_each_into_its_own_output_and_exits_with_the_worst_outcome()
    {
        var briefs = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "briefs.d")).FullName;
        foreach (var (name, folder) in new[] { ("world", RepoPaths.Fixture("day")), ("river", RepoPaths.Fixture("story-river-bridge")), ("empty", Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "nothing")).FullName) })
        {
            await File.WriteAllTextAsync(Path.Combine(briefs, name + ".yaml"), $"""
                output: ../out/{name}
                schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
                provider: {"{"} name: local {"}"}
                sources:
                  - folder: {folder}
                """);
        }

        var result = await _cli.RunAsync("schedule", "--config", briefs, "--once", "-q");

        Assert.Equal(3, result.ExitCode); // the empty brief's "no usable input"; the others were still written
        Assert.Contains("error: empty.yaml: ", result.Error, StringComparison.Ordinal);
        foreach (var name in new[] { "world", "river" })
        {
            var day = Path.Combine(_cli.WorkingDirectory, "out", name, "2026-01-06");
            Assert.True(File.Exists(Path.Combine(day, "brief.md")), $"{name}'s brief is missing. stderr:\n{result.Error}");
        }

        var worldStories = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "out", "world", "2026-01-06", "brief.json"))).RootElement.GetProperty("stories").GetArrayLength();
        var riverStories = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "out", "river", "2026-01-06", "brief.json"))).RootElement.GetProperty("stories").GetArrayLength();
        Assert.True(worldStories > riverStories, $"each brief has its own sources: {worldStories} vs {riverStories}");
    }

    [Fact]
    public async Task Log_lines_read_plainly_with_dates_and_statuses_unquoted()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("INF: Daily brief for 2026-01-06: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(" ended Succeeded: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_run_history_is_a_clear_error_and_touches_no_brief()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");
        var state = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "briefs", ".summarizer")).FullName;
        await File.WriteAllTextAsync(Path.Combine(state, "history.db"), "not a database");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("history.db: cannot open the run history", result.Error, StringComparison.Ordinal);
        Assert.Contains("move the file aside", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", result.Error, StringComparison.Ordinal);
        Assert.Equal([".summarizer"], Directory.GetDirectories(Path.Combine(_cli.WorkingDirectory, "briefs")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_next_days_index_says_which_stories_are_new_and_which_carry_on()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Fixture("day")).Where(f => Path.GetFileName(f).StartsWith('a')))
        {
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        var config = await ConfigAsync($"  - folder: {inbox}");
        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);
        _cli.Time.Advance(TimeSpan.FromDays(1));
        await File.WriteAllTextAsync(Path.Combine(inbox, "z-crane.txt"), """
            Harbour crane returns to service after gearbox repair

            The large container crane at Brackenford's east quay went back into service on Wednesday after a four-week repair of its gearbox, the port authority said. Shipping lines had diverted two vessels a week to other ports while it was out of use.
            """);

        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);

        var index = _cli.Read("briefs/2026-01-07/brief.md").Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0]) && l[1] == '.').ToList();
        Assert.Contains(index, l => l.Contains("Tarrow Bridge", StringComparison.Ordinal) && l.EndsWith("· no new source since 2026-01-06)*", StringComparison.Ordinal));
        Assert.Contains(index, l => l.Contains("Harbour crane", StringComparison.Ordinal) && l.EndsWith("· new)*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_is_skipped_with_exit_1_while_another_run_holds_the_lock()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");
        using var held = RunLock.TryAcquire(Path.Combine(_cli.WorkingDirectory, "briefs"));
        Assert.NotNull(held);

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06")));
    }

    [Fact]
    public async Task A_config_error_is_a_usage_error_naming_the_field()
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, "schedule: { cron: \"0 6 * * *\", timeZone: \"Europe/Parris\" }\nsources:\n  - folder: ./inbox\n");

        var result = await _cli.RunAsync("schedule", "--config", path, "--once");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("schedule.timeZone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_summarized_yesterday_is_not_sent_to_the_model_again_under_a_new_tracking_query()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox")).FullName;
        var config = await ConfigAsync($"  - folder: {inbox}", provider: "stub");
        var nurses = File.ReadAllText(RepoPaths.Fixture("day/d1-riverside-gazette.json"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "nurses.json"), WithUrl(nurses, "?utm_source=rss"));
        Assert.Equal(0, (await _cli.RunAsync("schedule", "--config", config, "--once", "-q")).ExitCode);
        var firstDay = DayBrief("2026-01-06");

        // The next day the same article arrives through a newsletter link, beside a new one.
        _cli.Time.Advance(TimeSpan.FromDays(1));
        await File.WriteAllTextAsync(Path.Combine(inbox, "nurses.json"), WithUrl(nurses, "?utm_source=newsletter&utm_medium=email"));
        File.Copy(RepoPaths.Fixture("day/b1-sports-desk.json"), Path.Combine(inbox, "sports.json"));
        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var nextDay = DayBrief("2026-01-07");
        var fresh = new CliRun();
        try
        {
            // The same second day without yesterday's memory: what it would have cost.
            var freshInbox = Directory.CreateDirectory(Path.Combine(fresh.WorkingDirectory, "inbox")).FullName;
            File.Copy(Path.Combine(inbox, "nurses.json"), Path.Combine(freshInbox, "nurses.json"));
            File.Copy(Path.Combine(inbox, "sports.json"), Path.Combine(freshInbox, "sports.json"));
            var freshConfig = Path.Combine(fresh.WorkingDirectory, "brief.yaml");
            File.WriteAllText(freshConfig, File.ReadAllText(config).Replace(inbox, freshInbox, StringComparison.Ordinal));
            fresh.Time.Advance(TimeSpan.FromDays(1));
            Assert.Equal(0, (await fresh.RunAsync("schedule", "--config", freshConfig, "--once", "-q")).ExitCode);
            var unremembered = JsonDocument.Parse(File.ReadAllText(Path.Combine(fresh.WorkingDirectory, "briefs", "2026-01-07", "brief.json"))).RootElement;

            Assert.Equal(Calls(unremembered) - 1, Calls(nextDay));
        }
        finally
        {
            fresh.Dispose();
        }

        Assert.Equal(SummaryOf(firstDay, "Riverside"), SummaryOf(nextDay, "Riverside"));
    }

    private static string WithUrl(string json, string query)
    {
        var article = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        article["url"] = "https://riversidegazette.example/health/nurses-strike-deal" + query;
        article["publishedAt"] = null;
        return article.ToJsonString();
    }

    private JsonElement DayBrief(string date) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "briefs", date, "brief.json"))).RootElement;

    private static int Calls(JsonElement brief) => brief.GetProperty("usage").GetProperty("modelCalls").GetInt32();

    private static string SummaryOf(JsonElement brief, string outlet) =>
        brief.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("sources").EnumerateArray())
            .Single(s => s.GetProperty("outlet").GetString()!.Contains(outlet, StringComparison.Ordinal))
            .GetProperty("summary").GetString()!;

    [Fact]
    public async Task No_usable_input_exits_3()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox")).FullName;
        var config = await ConfigAsync($"  - folder: {empty}");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(3, result.ExitCode);
    }
}
