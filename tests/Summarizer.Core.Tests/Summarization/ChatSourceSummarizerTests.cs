using Microsoft.Extensions.AI;
using Summarizer.Chat;
using Summarizer.Chunking;
using Summarizer.Core.Tests.Prompts;
using Summarizer.Documents;
using Summarizer.Prompts;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Summarization;

public class ChatSourceSummarizerTests
{
    private const string Valid = """{"summary": "The council approved the barrier.", "keyPoints": ["It costs 212 million euros."]}""";

    private static CleanedArticle Article(string text, int id = 4) =>
        new(id, "test.txt", "Barrier approved", new ArticleMetadata { Outlet = "Valbridge Post" }, text, WordCount.Of(text), CleaningReport.Empty);

    private static CleanedArticle LongArticle()
    {
        var text = File.ReadAllText(RepoPaths.Fixture("long", "valbridge-flood-barrier.txt"));
        return Article(text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..], id: 1);
    }

    private static ISourceSummarizer Summarizer(IChatClient client, SummaryOptions? options = null, int maxTokens = 1500) =>
        ChatSummarizers.CreateSourceSummarizer(client, options, chunker: Chunkers.Create(new ChunkingOptions { MaxTokens = maxTokens }));

    [Fact]
    public async Task Article_that_fits_one_chunk_takes_one_json_call()
    {
        using var client = new ScriptedChatClient(Valid);

        var summary = await Summarizer(client).SummarizeAsync(Article("The council voted 7 to 4. The barrier will be built."), CancellationToken.None);

        Assert.Equal(4, summary.SourceId);
        Assert.Equal("The council approved the barrier.", summary.Summary);
        Assert.Equal(["It costs 212 million euros."], summary.KeyPoints);
        var call = Assert.Single(client.Calls);
        Assert.Equal(PromptNames.SummarizeSource, call.Prompt);
        Assert.Equal(ChatStages.Summarize, call.Stage);
        Assert.Equal("4", call.Options!.AdditionalProperties![ChatOptionKeys.SourceId]);
        Assert.Same(ChatResponseFormat.Json, call.Options.ResponseFormat);
        Assert.Equal(0f, call.Options.Temperature);
        Assert.Equal(PromptLibrary.Embedded.Get(PromptNames.SummarizeSource).CreateChatOptions().MaxOutputTokens, call.Options.MaxOutputTokens);
        Assert.Equal(ChatRole.System, call.Messages[0].Role);
        var block = Assert.Single(PromptBlocks.Parse(call.UserText));
        Assert.Equal("article", block.Tag);
        Assert.Equal("The council voted 7 to 4. The barrier will be built.", block.Body);
        Assert.Equal(new Dictionary<string, string> { ["id"] = "4", ["title"] = "Barrier approved", ["outlet"] = "Valbridge Post" }, block.Attributes);
    }

    [Fact]
    public async Task Long_article_is_mapped_chunk_by_chunk_then_reduced_in_order()
    {
        using var client = new ScriptedChatClient(call => call.Stage == ChatStages.Map
            ? $$"""{"summary": "Part {{call.UserText.Split("Summarize part ")[1].Split(' ')[0]}} summary.", "keyPoints": []}"""
            : Valid);
        var article = LongArticle();
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 300 }).Chunk(1, article.Text);

        var summary = await Summarizer(client, maxTokens: 300).SummarizeAsync(article, CancellationToken.None);

        Assert.Equal("The council approved the barrier.", summary.Summary);
        var calls = client.Calls;
        Assert.Equal(chunks.Count + 1, calls.Count);
        Assert.All(calls.Take(chunks.Count), c => Assert.Equal(PromptNames.SummarizeChunk, c.Prompt));
        Assert.Equal(ChatStages.Reduce, calls[^1].Stage);
        Assert.Equal(PromptNames.ReduceSource, calls[^1].Prompt);
        var reduceInput = calls[^1].UserText;
        var parts = PromptBlocks.Parse(reduceInput).Where(b => b.Tag == "part").ToList();
        Assert.Equal(Enumerable.Range(1, chunks.Count).Select(i => $"{i}|Part {i} summary."), parts.Select(p => $"{p.Attributes["number"]}|{p.Body}"));
        Assert.All(chunks, c => Assert.Contains(calls, call => PromptBlocks.Parse(call.UserText).Any(b => b.Tag == "article" && b.Body == c.Text.Trim())));
    }

    [Fact]
    public async Task Very_long_article_is_reduced_in_rounds_of_bounded_size()
    {
        using var client = new ScriptedChatClient(call => call.Stage == ChatStages.Map
            ? """{"summary": "A part. Of several sentences. That go on and on and on.", "keyPoints": ["k1.", "k2.", "k3.", "k4."]}"""
            : Valid);
        var article = LongArticle();
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 80 }).Chunk(1, article.Text).Count;

        await Summarizer(client, new SummaryOptions { SourceMaxWords = 10, SourceKeyPoints = 2 }, maxTokens: 80).SummarizeAsync(article, CancellationToken.None);

        var reduces = client.Calls.Where(c => c.Stage == ChatStages.Reduce).ToList();
        var groups = (chunks + ChatSourceSummarizer.MaxPartsPerReduce - 1) / ChatSourceSummarizer.MaxPartsPerReduce;
        Assert.True(groups >= 3, $"{chunks} chunks make only {groups} groups");
        Assert.Equal(groups + 1, reduces.Count);
        Assert.All(reduces, r => Assert.True(CountParts(r.UserText) <= ChatSourceSummarizer.MaxPartsPerReduce));
        Assert.Equal(groups, CountParts(reduces[^1].UserText));

        // Map replies are held to the source budget before they are reduced.
        Assert.Equal("A part. Of several sentences.\n- k1.\n- k2.", PromptBlocks.Parse(reduces[0].UserText).First(b => b.Tag == "part").Body);
    }

    private static int CountParts(string text) => PromptBlocks.Parse(text).Count(b => b.Tag == "part");

    [Fact]
    public async Task Invalid_json_gets_one_repair_request_then_succeeds()
    {
        using var client = new ScriptedChatClient("Sure! Here is the summary: The council approved it.", Valid);

        var summary = await Summarizer(client).SummarizeAsync(Article("The council voted."), CancellationToken.None);

        Assert.Equal("The council approved the barrier.", summary.Summary);
        var repair = client.Calls[1];
        Assert.Equal(2, repair.Attempt);
        Assert.Equal(ChatStages.Summarize, repair.Stage);
        Assert.Equal(ChatRole.Assistant, repair.Messages[^2].Role);
        Assert.Equal("Sure! Here is the summary: The council approved it.", repair.Messages[^2].Text);
        Assert.Contains("contains no JSON object", repair.UserText, StringComparison.Ordinal);
        Assert.Equal("4", Assert.Single(PromptBlocks.Parse(repair.FirstUserText)).Attributes["id"]);
    }

    [Theory]
    [InlineData("""{"summary": 12, "keyPoints": []}""", "\"summary\" must be a string")]
    [InlineData("""{"summary": "  ", "keyPoints": []}""", "\"summary\" is empty")]
    [InlineData("""{"summary": "Fine.", "keyPoints": "one"}""", "\"keyPoints\" must be an array")]
    [InlineData("""{"summary": "Fine.", "keyPoints": [1]}""", "only strings")]
    [InlineData("""{"summary": "Fine." """, "contains no JSON object")]
    [InlineData("""{"summary": "Fine.",}""", "not valid JSON")]
    public async Task Invalid_twice_throws_naming_the_source_and_step(string reply, string problem)
    {
        using var client = new ScriptedChatClient(reply, reply);

        var error = await Assert.ThrowsAsync<ModelOutputException>(
            () => Summarizer(client).SummarizeAsync(Article("The council voted."), CancellationToken.None));

        Assert.Equal("source 4", error.Subject);
        Assert.Equal("summarize", error.Step);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, client.Calls.Count);
    }

    [Fact]
    public async Task Map_failure_names_the_chunk()
    {
        using var client = new ScriptedChatClient(call => call.Stage == ChatStages.Map && call.FirstUserText.Contains("Summarize part 2 ", StringComparison.Ordinal) ? "no" : Valid);

        var error = await Assert.ThrowsAsync<ModelOutputException>(
            () => Summarizer(client, maxTokens: 200).SummarizeAsync(LongArticle(), CancellationToken.None));

        Assert.StartsWith("map 2/", error.Step, StringComparison.Ordinal);
        Assert.Equal("source 1", error.Subject);
    }

    [Fact]
    public async Task Fenced_json_is_accepted()
    {
        using var client = new ScriptedChatClient("```json\n" + Valid + "\n```");

        var summary = await Summarizer(client).SummarizeAsync(Article("The council voted."), CancellationToken.None);

        Assert.Equal("The council approved the barrier.", summary.Summary);
        Assert.Single(client.Calls);
    }

    [Fact]
    public async Task Over_budget_summary_is_trimmed_at_a_sentence_boundary_and_key_points_capped()
    {
        var longSummary = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"Sentence {i} has exactly six words."));
        using var client = new ScriptedChatClient($$"""{"summary": "{{longSummary}}", "keyPoints": ["a.", "b.", "c.", "d."]}""");

        var summary = await Summarizer(client, new SummaryOptions { SourceMaxWords = 20, SourceKeyPoints = 2 })
            .SummarizeAsync(Article("The council voted."), CancellationToken.None);

        Assert.Equal("Sentence 1 has exactly six words. Sentence 2 has exactly six words. Sentence 3 has exactly six words.", summary.Summary);
        Assert.Equal(["a.", "b."], summary.KeyPoints);
    }

    [Fact]
    public async Task Trimming_and_repairs_are_logged_with_the_source()
    {
        var longSummary = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"Sentence {i} has exactly six words."));
        using var client = new ScriptedChatClient("{oops", $$"""{"summary": "{{longSummary}}", "keyPoints": []}""");
        using var logs = new CollectingLoggerFactory();

        await ChatSummarizers.CreateSourceSummarizer(client, new SummaryOptions { SourceMaxWords = 20 }, loggerFactory: logs)
            .SummarizeAsync(Article("The council voted."), CancellationToken.None);

        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.StartsWith("Model reply for source 4 at step summarize was rejected", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Information
            && e.Message == "Summary of source 4 had 36 words, over the budget of 20; trimmed to 18");
        Assert.DoesNotContain(logs.Entries, e => e.Level > Microsoft.Extensions.Logging.LogLevel.Debug && e.Message.Contains("The council voted.", StringComparison.Ordinal));
    }

    private const string Prose = "The council voted 7 to 4 for the barrier. Construction of the barrier starts next spring.";

    [Fact]
    public async Task A_model_that_answers_prose_twice_gets_its_prose_used_as_the_summary_with_a_warning()
    {
        using var client = new ScriptedChatClient("Here is your summary:\n" + Prose, Prose);
        using var logs = new CollectingLoggerFactory();

        var summary = await ChatSummarizers.CreateSourceSummarizer(client, loggerFactory: logs)
            .SummarizeAsync(Article("The council voted 7 to 4 for the barrier on Tuesday. Construction starts next spring."), CancellationToken.None);

        Assert.Equal(Prose, summary.Summary);
        Assert.Empty(summary.KeyPoints);
        Assert.Equal([1, 2], client.Calls.Select(c => c.Attempt));
        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.StartsWith("Source 4 (test.txt): the model answered step summarize in plain prose", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prose_first_and_a_broken_repair_still_uses_the_first_prose()
    {
        using var client = new ScriptedChatClient(Prose, "{\"summary\": ");

        var summary = await Summarizer(client).SummarizeAsync(Article("The council voted 7 to 4 for the barrier. Construction starts next spring."), CancellationToken.None);

        Assert.Equal(Prose, summary.Summary);
    }

    [Fact]
    public async Task Prose_that_is_not_a_summary_still_fails_the_source_with_both_reasons()
    {
        using var client = new ScriptedChatClient("Sorry.", "Sorry.");

        var error = await Assert.ThrowsAsync<ModelOutputException>(
            () => Summarizer(client).SummarizeAsync(Article("The council voted."), CancellationToken.None));

        Assert.Contains("it contains no JSON object; as plain prose, it has 1 word(s), fewer than 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_call_tells_the_connector_that_the_pipeline_checks_the_format_itself()
    {
        using var client = new ScriptedChatClient("no", Valid);

        await Summarizer(client).SummarizeAsync(Article("The council voted."), CancellationToken.None);

        Assert.All(client.Calls, c => Assert.Equal(true, c.Options!.AdditionalProperties![ChatOptionKeys.FormatCheckedByCaller]));
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_the_field()
    {
        var error = Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(
            () => ChatSummarizers.CreateSourceSummarizer(new ScriptedChatClient(), new SummaryOptions { SourceMaxWords = 0 }));

        Assert.Contains("SourceMaxWords", error.Message, StringComparison.Ordinal);
    }
}
