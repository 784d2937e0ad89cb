using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.Connectors;
using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Merging;
using Summarizer.Pipeline;
using Summarizer.Scheduling.History;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>A bug ends the run with exit 70 and one line naming the stage; expected failures fail one source (exit 1).</summary>
public sealed class FailureKindsTests : IDisposable
{
    private static readonly string Story = RepoPaths.Fixture("story-river-bridge");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("brief")]
    [InlineData("brief", "--group")]
    public async Task A_bug_in_a_stage_exits_70_with_one_line_naming_it_and_the_stack_in_the_log_file(params string[] command)
    {
        Directory.CreateDirectory(_cli.OutDir);
        byte[] previous = [.. "# previous brief\n"u8];
        await File.WriteAllBytesAsync(Path.Combine(_cli.OutDir, "brief.md"), previous);
        _cli.ConfigurePipeline = b => b.UseMerger(new ThrowingMerger(() => new NullReferenceException("Object reference not set to an instance of an object.")));

        var result = await _cli.RunAsync([.. command, Story, "-q", "--log-file", "run.log"]);

        Assert.Equal(70, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: internal error in stage merge: NullReferenceException: Object reference not set", line, StringComparison.Ordinal);
        Assert.EndsWith($"(this is a bug; the stack trace is in {Path.Combine(_cli.WorkingDirectory, "run.log")})", line, StringComparison.Ordinal);
        Assert.Equal(previous, await File.ReadAllBytesAsync(Path.Combine(_cli.OutDir, "brief.md")));
        Assert.Equal(["brief.md"], Directory.GetFiles(_cli.OutDir).Select(Path.GetFileName));
        var logged = _cli.Read("run.log").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("Exception", out _)).Select(e => e.GetProperty("Exception").GetString()!).ToList();
        Assert.True(logged.Any(e => e.StartsWith("System.NullReferenceException", StringComparison.Ordinal) && e.Contains("   at Summarizer.Cli.Tests.Commands.FailureKindsTests.ThrowingMerger.MergeAsync(", StringComparison.Ordinal)), string.Join("\n---\n", logged));
    }

    [Fact]
    public async Task Without_a_log_file_the_line_says_how_to_get_the_stack()
    {
        _cli.ConfigurePipeline = b => b.UseMerger(new ThrowingMerger(() => new IndexOutOfRangeException()));

        var result = await _cli.RunAsync("brief", Story, "-q");

        Assert.Equal(70, result.ExitCode);
        Assert.EndsWith("(this is a bug; rerun with --log-file PATH for the stack trace)", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_exception_from_inside_a_stage_is_an_internal_error_not_a_usage_error()
    {
        _cli.ConfigurePipeline = b => b.UseSummarizer(new FailingFor("03", () => new ArgumentException("Value cannot be empty. (Parameter 'text')")));

        var result = await _cli.RunAsync("brief", Story, "-q");

        Assert.Equal(70, result.ExitCode);
        Assert.StartsWith("error: internal error in stage summarize: ArgumentException: Value cannot be empty.", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.OutDir));
    }

    [Theory]
    [InlineData("io")]
    [InlineData("model-reply")]
    public async Task An_expected_failure_in_one_source_exits_1_with_the_others_summarized(string kind)
    {
        _cli.ConfigurePipeline = b => b.UseSummarizer(new FailingFor("03", () => kind == "io"
            ? new IOException("cannot read the chunk cache")
            : new ModelReplyException(ModelReplyKind.Truncated, "the reply was cut at the token limit")));

        var result = await _cli.RunAsync("brief", Story, "-q");

        Assert.Equal(1, result.ExitCode);
        var brief = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement;
        var summarized = brief.GetProperty("sources").EnumerateArray().Count(s => s.GetProperty("summary").ValueKind == JsonValueKind.String);
        Assert.Equal(4, summarized);
        var failure = Assert.Single(brief.GetProperty("failures").EnumerateArray());
        Assert.EndsWith("03-river-valley-times.json", failure.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("summarize", failure.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Schedule_once_records_a_bug_as_a_failed_run_and_exits_70()
    {
        var config = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "0 6 * * *" {"}"}
            sources:
              - folder: {Story}
            """);
        _cli.ConfigurePipeline = b => b.UseMerger(new ThrowingMerger(() => new NullReferenceException()));

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(70, result.ExitCode);
        Assert.Contains("error: internal error in stage merge: NullReferenceException", result.Error, StringComparison.Ordinal);
        using var history = await RunHistory.OpenAsync(Path.Combine(_cli.WorkingDirectory, "briefs"));
        var run = Assert.Single(await history.RecentAsync(10));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.StartsWith("internal error in stage merge: NullReferenceException", run.Message, StringComparison.Ordinal);
        Assert.Equal([".summarizer"], Directory.GetDirectories(Path.Combine(_cli.WorkingDirectory, "briefs")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_setting_out_of_range_in_summarizer_json_is_a_usage_error()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "concurrency": 0 }""");

        var result = await _cli.RunAsync("brief", Story, "-q");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Concurrency", result.Error, StringComparison.Ordinal);
    }

    private sealed class ThrowingMerger(Func<Exception> failure) : IStoryMerger
    {
        public Task<MergedSummary> MergeAsync(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<SourceSummary> summaries, CancellationToken cancellationToken) =>
            throw failure();
    }

    // The offline summarizer, failing for sources whose file name starts with the given prefix.
    private sealed class FailingFor(string prefix, Func<Exception> failure) : ISourceSummarizer
    {
        private readonly ISourceSummarizer _inner = ExtractiveEngine.CreateSourceSummarizer(new SummaryOptions());

        public Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken) =>
            Path.GetFileName(article.Origin).StartsWith(prefix, StringComparison.Ordinal)
                ? throw failure()
                : _inner.SummarizeAsync(article, cancellationToken);
    }
}
