using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Summarizer.Chat;
using Summarizer.Checking;
using Summarizer.Cleaning;
using Summarizer.Connectors.Stub;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Merging;
using Summarizer.Merging.Agreement;
using Summarizer.Pipeline;
using Summarizer.Summarization;
using Summarizer.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Cli.Tests.Strict;

/// <summary>Strict mode over the real model path: an invented figure is caught, regenerated once, and reported if it stays.</summary>
public class StrictGroundingTests
{
    private const string Invented = "Officials said 987 people were evacuated.";

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The client is handed to the caller, which reads its counters; it wraps the stub, which holds nothing to release.")]
    private static async Task<(Brief Brief, InventingClient Client)> RunAsync(bool strict, bool inventOnRevision)
    {
        var client = new InventingClient(StubChatClients.Create(), inventOnRevision);
        var pipeline = new SummaryPipelineBuilder()
            .UseCleaner(ArticleCleaners.CreateDefault())
            .UseSummarizer(ChatSummarizers.CreateSourceSummarizer(client))
            .UseMerger(ChatMergers.Create(client))
            .UseGroundingCheck() // first: it reports citations as the engine wrote them
            .UseStoryAnalysis()
            .UseTimeProvider(new FakeClock())
            .UseOptions(new PipelineOptions { Provider = "stub", Strict = strict })
            .Build();
        var input = await new InputReader(new InputReaderOptions(), () => TextReader.Null, NullLogger<InputReader>.Instance)
            .ReadAsync([RepoPaths.Fixture("story-river-bridge")], CancellationToken.None);
        return (await pipeline.RunAsync(input, null, CancellationToken.None), client);
    }

    [Fact]
    public async Task Without_strict_an_invented_figure_is_reported_as_ungrounded()
    {
        var (brief, client) = await RunAsync(strict: false, inventOnRevision: false);

        Assert.Contains(brief.Checks.Ungrounded, u => u.Token.Contains("987", StringComparison.Ordinal));
        Assert.Equal(0, client.Revisions);
    }

    [Fact]
    public async Task Strict_regenerates_once_and_the_grounded_rewrite_replaces_the_invention()
    {
        var (brief, client) = await RunAsync(strict: true, inventOnRevision: false);

        Assert.DoesNotContain(brief.Checks.Ungrounded, u => u.Text.Contains("987", StringComparison.Ordinal));
        Assert.Equal(brief.Sources.Count + 1, client.Revisions); // every source summary and the merge
        Assert.DoesNotContain(brief.Sources, s => s.Summary!.Summary.Contains("987", StringComparison.Ordinal));
        Assert.DoesNotContain("987", brief.Merged!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_regenerates_only_once_and_keeps_reporting_what_stays_ungrounded()
    {
        var (brief, client) = await RunAsync(strict: true, inventOnRevision: true);

        Assert.Equal(brief.Sources.Count + 1, client.Revisions);
        Assert.Contains(brief.Checks.Ungrounded, u => u.Token.Contains("987", StringComparison.Ordinal));
    }

    /// <summary>Adds an invented sentence to every summary the stub writes (and to revisions when asked to).</summary>
    private sealed class InventingClient(IChatClient inner, bool inventOnRevision) : DelegatingChatClient(inner)
    {
        private int _revisions;

        public int Revisions => _revisions;

        public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            var revising = options?.AdditionalProperties?.TryGetValue(ChatOptionKeys.Stage, out var stage) == true && Equals(stage, ChatStages.Revise);
            if (revising)
            {
                Interlocked.Increment(ref _revisions);
                list = list.Take(list.Count - 2).ToList(); // the stub answers the original prompt again
            }

            var response = await base.GetResponseAsync(list, options, cancellationToken);
            return revising && !inventOnRevision ? response : new ChatResponse(new ChatMessage(ChatRole.Assistant, Invent(response.Text)));
        }

        private static string Invent(string json)
        {
            var node = JsonNode.Parse(json)!.AsObject();
            node["summary"] = node["summary"]!.GetValue<string>() + " " + Invented;
            return node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }
}
