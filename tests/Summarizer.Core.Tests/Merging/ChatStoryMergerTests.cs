using Summarizer.Chat;
using Summarizer.Core.Tests.Prompts;
using Summarizer.Core.Tests.Summarization;
using Summarizer.Documents;
using Summarizer.Merging;
using Summarizer.Prompts;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Merging;

public class ChatStoryMergerTests
{
    private static readonly CleanedArticle[] Articles =
    [
        new(1, "a.txt", "Barrier \"approved\"", new ArticleMetadata { Outlet = "Post" }, "Text one.", 2, CleaningReport.Empty),
        new(2, "b.txt", "Vote on barrier", ArticleMetadata.Empty, "Text two.", 2, CleaningReport.Empty),
    ];

    private static readonly SourceSummary[] Summaries =
    [
        new(1, "The council approved the barrier.", ["It costs 212 million euros."]),
        new(2, "Councillors voted 7 to 4 for the barrier.", []),
    ];

    private const string Valid = """
        {"headline": "Valbridge approves barrier", "summary": "The council approved the barrier.",
         "keyPoints": [{"text": "The vote approved a barrier.", "sources": [2, 1]}],
         "disagreements": [{"topic": "Cost", "claims": [{"text": "212 million euros", "sources": [1]}, {"text": "No figure given", "sources": [2]}]}],
         "singleSource": [{"text": "It costs 212 million euros.", "sources": [1]}]}
        """;

    private static Task<MergedSummary> Merge(ScriptedChatClient client, SummaryOptions? options = null) =>
        ChatMergers.Create(client, options).MergeAsync(Articles, Summaries, CancellationToken.None);

    [Fact]
    public async Task Valid_reply_becomes_a_merged_summary_with_sorted_citations()
    {
        var client = new ScriptedChatClient(Valid);

        var merged = await Merge(client);

        Assert.Equal("Valbridge approves barrier", merged.Headline);
        Assert.Equal([1, 2], Assert.Single(merged.KeyPoints).Sources);
        Assert.Equal("Cost", Assert.Single(merged.Disagreements).Topic);
        Assert.Equal([1], Assert.Single(merged.SingleSource).Sources);
        var call = Assert.Single(client.Calls);
        Assert.Equal(PromptNames.MergeStory, call.Prompt);
        Assert.Equal(ChatStages.Merge, call.Stage);
        var blocks = PromptBlocks.Parse(call.UserText);
        Assert.Equal(["summary", "summary"], blocks.Select(b => b.Tag));
        Assert.Equal(new Dictionary<string, string> { ["id"] = "1", ["title"] = "Barrier &quot;approved&quot;", ["outlet"] = "Post" }, blocks[0].Attributes);
        Assert.Equal("The council approved the barrier.\n- It costs 212 million euros.", blocks[0].Body);
        Assert.Equal("Councillors voted 7 to 4 for the barrier.", blocks[1].Body);
        Assert.Contains("using the ids given (1, 2)", call.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_source_ids_get_a_repair_round_then_invalid_claims_are_dropped()
    {
        const string flawed = """
            {"headline": "H", "summary": "S.", "keyPoints": [{"text": "Good.", "sources": [1]}, {"text": "Bad.", "sources": [9]}, {"text": "", "sources": [1]}],
             "disagreements": [], "singleSource": []}
            """;
        var client = new ScriptedChatClient(flawed, flawed);

        var merged = await Merge(client);

        Assert.Equal(["Good."], merged.KeyPoints.Select(k => k.Text));
        Assert.Equal(2, client.Calls.Count);
        Assert.Contains("cites 9, which is not one of the source ids 1, 2", client.Calls[1].UserText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_repair_falls_back_to_the_usable_first_reply()
    {
        const string flawed = """{"headline": "H", "summary": "S.", "keyPoints": [{"text": "Good.", "sources": [1, 7]}]}""";
        var client = new ScriptedChatClient(flawed, "not json");

        var merged = await Merge(client);

        Assert.Equal([1], Assert.Single(merged.KeyPoints).Sources);
    }

    [Fact]
    public async Task Unusable_twice_throws_for_the_merge_step()
    {
        var client = new ScriptedChatClient("""{"summary": "No headline."}""", """{"headline": "", "summary": "x"}""");

        var error = await Assert.ThrowsAsync<ModelOutputException>(() => Merge(client));

        Assert.Equal("story", error.Subject);
        Assert.Equal("merge", error.Step);
        Assert.Contains("\"headline\" must be a non-empty string", error.Message, StringComparison.Ordinal);
    }

    private const string CitedProse = "The council approved the barrier [1]. Councillors voted 7 to 4 for the barrier [2, 1].";

    private static readonly MergedSummary Offline = new("Offline headline", "Offline summary.", [new Claim("Offline point.", [1, 2])], [], []);

    private static Task<MergedSummary> MergeWithFallback(ScriptedChatClient client, CollectingLoggerFactory? logs = null) =>
        ChatMergers.Create(client, loggerFactory: logs, proseFallback: new FixedMerger(Offline)).MergeAsync(Articles, Summaries, CancellationToken.None);

    [Fact]
    public async Task Prose_that_cites_its_sources_becomes_the_merged_summary_as_written()
    {
        var logs = new CollectingLoggerFactory();

        var merged = await MergeWithFallback(new ScriptedChatClient(CitedProse, CitedProse), logs);

        Assert.Equal("The council approved the barrier [1]. Councillors voted 7 to 4 for the barrier [2][1].", merged.Summary);
        Assert.Equal("The council approved the barrier", merged.Headline);
        Assert.Empty(merged.KeyPoints);
        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.StartsWith("The model answered the merge in plain prose, not JSON", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The council approved the barrier. Councillors voted 7 to 4 for the barrier.")]
    [InlineData("The council approved the barrier [1]. Councillors voted 7 to 4 for the barrier [3].")]
    public async Task Prose_without_known_citations_gives_way_to_the_offline_merge(string prose)
    {
        var logs = new CollectingLoggerFactory();

        var merged = await MergeWithFallback(new ScriptedChatClient(prose, prose), logs);

        Assert.Same(Offline, merged);
        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains("using the offline merge of the 2 article(s) instead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prose_without_citations_and_without_an_offline_merge_fails_the_merge()
    {
        const string prose = "The council approved the barrier. Councillors voted 7 to 4 for the barrier.";

        var error = await Assert.ThrowsAsync<ModelOutputException>(() => Merge(new ScriptedChatClient(prose, prose)));

        Assert.Contains("cites no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_is_not_prose_and_fails_the_merge_even_with_an_offline_merge()
    {
        var error = await Assert.ThrowsAsync<ModelOutputException>(() => MergeWithFallback(new ScriptedChatClient("{\"headline\": ", "{\"headline\": ")));

        Assert.Contains("as plain prose, it holds JSON fragments", error.Message, StringComparison.Ordinal);
    }

    private sealed class FixedMerger(MergedSummary merged) : IStoryMerger
    {
        public Task<MergedSummary> MergeAsync(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<SourceSummary> summaries, CancellationToken cancellationToken) =>
            Task.FromResult(merged);
    }

    [Fact]
    public async Task Summary_is_trimmed_to_max_words_and_key_points_capped()
    {
        var sentences = string.Join(' ', Enumerable.Range(1, 10).Select(i => $"Sentence {i} is five words."));
        var points = string.Join(',', Enumerable.Range(1, 5).Select(i => $$"""{"text": "Point {{i}}.", "sources": [1]}"""));
        var client = new ScriptedChatClient($$"""{"headline": "H", "summary": "{{sentences}}", "keyPoints": [{{points}}]}""");

        var merged = await Merge(client, new SummaryOptions { MaxWords = 12, MergedKeyPoints = 3 });

        Assert.Equal("Sentence 1 is five words. Sentence 2 is five words.", merged.Summary);
        Assert.Equal(3, merged.KeyPoints.Count);
    }

    [Fact]
    public async Task Nothing_to_merge_is_an_argument_error() =>
        await Assert.ThrowsAsync<ArgumentException>(
            () => ChatMergers.Create(new ScriptedChatClient()).MergeAsync(Articles, [new SourceSummary(1, " ", [])], CancellationToken.None));
}
