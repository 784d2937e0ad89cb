using System.Text.Json;
using Serilog.Events;
using Summarizer.Cli.Logging;
using Summarizer.Cli.Tests.Support;
using Summarizer.Pipeline;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Logging;

public sealed class CliLoggingTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_log_line_is_written_above_the_progress_line_which_is_then_drawn_again()
    {
        using var error = new StringWriter();
        var lines = new ErrorLines(error);
        var progress = new ProgressLine(lines, new FakeClock());
        using (var logger = CliLogging.CreateLogger(lines, verbose: false, quiet: false, logFile: null, settings: null))
        {
            progress.Report(new PipelineProgress(PipelineStage.Summarize, 1, 5, "a.txt"));
            logger.Write(LogEventLevel.Warning, "Source {Id} was slow", 2);
            progress.Report(new PipelineProgress(PipelineStage.Summarize, 2, 5, "b.txt"));
        }

        const string First = "summarize 1/5 a.txt";
        Assert.Equal(
            "\r" + First + "\r" + new string(' ', First.Length) + "\r" + "WRN: Source 2 was slow" + Environment.NewLine + First + "\rsummarize 2/5 b.txt",
            error.ToString());
    }

    [Fact]
    public void A_long_stage_shows_an_eta_from_its_own_pace_on_the_clock()
    {
        using var error = new StringWriter();
        var lines = new ErrorLines(error);
        var clock = new FakeClock();
        var progress = new ProgressLine(lines, clock);

        progress.Report(new PipelineProgress(PipelineStage.Clean, 0, 100));
        clock.Advance(TimeSpan.FromSeconds(20));
        progress.Report(new PipelineProgress(PipelineStage.Clean, 40, 100, "in/a040.txt"));
        Assert.EndsWith("\rclean 40/100 eta 30s a040.txt", error.ToString(), StringComparison.Ordinal);

        // A new stage starts its own pace: 1 of 35 stories in 10 s leaves 34 x 10 s.
        progress.Report(new PipelineProgress(PipelineStage.Stories, 0, 35));
        clock.Advance(TimeSpan.FromSeconds(10));
        progress.Report(new PipelineProgress(PipelineStage.Stories, 1, 35, "Storm hits coast"));
        Assert.EndsWith("\rstories 1/35 eta 5m40s Storm hits coast", error.ToString(), StringComparison.Ordinal);

        progress.Report(new PipelineProgress(PipelineStage.Stories, 35, 35));
        Assert.EndsWith("stories 35/35", error.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_serilog_section_in_summarizer_json_adds_sinks_and_levels()
    {
        var log = Path.Combine(_cli.WorkingDirectory, "compact.log");
        var settings = new
        {
            Serilog = new
            {
                MinimumLevel = new { Default = "Information" },
                WriteTo = new object[]
                {
                    new { Name = "File", Args = new { path = log, formatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" } },
                },
            },
        };
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), JsonSerializer.Serialize(settings));

        var result = await _cli.RunAsync("brief", RepoPaths.Fixture("story-river-bridge"), "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("INF:", result.Error, StringComparison.Ordinal); // -q still decides what reaches stderr
        var usage = File.ReadLines(log).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("@mt").GetString()!.StartsWith("Usage:", StringComparison.Ordinal));
        Assert.Equal(0, usage.GetProperty("Calls").GetInt32());
    }

    [Fact]
    public async Task A_serilog_section_serilog_cannot_use_is_a_usage_error_naming_it()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "Serilog": { "MinimumLevel": "Loudest" } }""");

        var result = await _cli.RunAsync("chunks", Path.Combine(RepoPaths.Fixture("story-river-bridge"), "01-castellan-courier.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: summarizer.json: section Serilog: ", result.Error, StringComparison.Ordinal);
    }
}
