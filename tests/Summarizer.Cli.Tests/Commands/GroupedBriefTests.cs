using Summarizer.Cli.Tests.Support;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary><c>brief --group</c> over a day of several stories: the same brief at any concurrency, and Ctrl+C mid-run.</summary>
public sealed class GroupedBriefTests : IDisposable
{
    private static readonly string Day = RepoPaths.Fixture("day");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_brief_is_byte_identical_at_concurrency_1_and_4()
    {
        var one = await _cli.RunAsync("brief", Day, "--group", "--concurrency", "1", "-o", "one", "--format", "md,json,html", "-q");
        var four = await _cli.RunAsync("brief", Day, "--group", "--concurrency", "4", "-o", "four", "--format", "md,json,html", "-q");

        Assert.Equal((0, 0), (one.ExitCode, four.ExitCode));
        foreach (var file in new[] { "brief.md", "brief.json", "brief.html" })
        {
            Assert.Equal(_cli.Read($"one/{file}"), _cli.Read($"four/{file}"));
        }

        Assert.Contains("## ", _cli.Read("one/brief.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_during_the_second_story_it_exits_130_analyses_no_further_story_and_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        var enricher = new CancelOnStory(2, cancellation);
        _cli.ConfigurePipeline = b => b.UseEnricher(enricher);

        var result = await _cli.RunAsync(cancellation.Token, "brief", Day, "--group", "--concurrency", "1", "-q");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(2, enricher.Calls);
        Assert.False(Directory.Exists(_cli.OutDir));
    }

    /// <summary>Cancels the run while the given story (1-based, in the order they are enriched) is being analysed.</summary>
    private sealed class CancelOnStory(int story, CancellationTokenSource cancellation) : IBriefEnricher
    {
        public int Calls { get; private set; }

        public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken)
        {
            if (++Calls == story)
            {
                cancellation.Cancel();
            }

            return Task.FromResult(brief);
        }
    }
}
