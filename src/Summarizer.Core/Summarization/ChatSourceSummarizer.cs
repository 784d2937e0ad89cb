using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Prompts;
using Summarizer.Telemetry;

namespace Summarizer.Summarization;

/// <summary>
/// Summarizes one article through a chat model: one <c>summarize-source</c> call when the article
/// fits one chunk, otherwise <c>summarize-chunk</c> over every chunk (map) and one
/// <c>reduce-source</c> call over the chunk summaries (reduce). Budgets are enforced on the
/// result, whatever the model did.
/// </summary>
internal sealed class ChatSourceSummarizer(
    IChatClient chatClient,
    PromptLibrary prompts,
    IChunker chunker,
    SummaryOptions options,
    ILogger<ChatSourceSummarizer> logger) : IRevisingSourceSummarizer
{
    // Map calls per article in flight at once; sources are already processed concurrently
    // by the pipeline, so this stays small.
    private const int MapConcurrency = 4;

    // Part summaries per reduce call. Each part is held to the source budget, so twelve of them stay
    // within a few thousand tokens; longer articles are reduced in rounds.
    internal const int MaxPartsPerReduce = 12;

    public async Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        IReadOnlyList<Chunk> chunks;
        using (var span = RunTelemetry.StartChildOfOurs(TelemetryNames.ChunkSpan))
        {
            chunks = chunker.Chunk(article.Id, article.Text);
            span?.SetTag(TelemetryNames.Chunks, chunks.Count);
        }

        var subject = $"source {article.Id}";
        SourceSummaryReply reply;
        if (chunks.Count == 0)
        {
            logger.LogWarning("Source {SourceId} has no text to summarize", article.Id);
            return new SourceSummary(article.Id, string.Empty, []);
        }

        if (chunks.Count == 1)
        {
            var prompt = await prompts.RenderAsync(PromptNames.SummarizeSource, ArticleValues(article, article.Text), cancellationToken);
            reply = await Ask(article, prompt, new StepInfo(ChatStages.Summarize, subject, ChatStages.Summarize, article.Id), article.Text, null, cancellationToken);
        }
        else
        {
            logger.LogDebug("Source {SourceId} needs {Chunks} chunks: map then reduce", article.Id, chunks.Count);
            var parts = await MapAsync(article, chunks, subject, cancellationToken);
            reply = await ReduceAsync(article, parts, subject, cancellationToken);
        }

        return Enforce(article.Id, reply);
    }

    /// <summary>
    /// One rewrite with the problems listed. A long article is represented by the chunk that shares most
    /// words with the previous summary, so the request still fits the context.
    /// </summary>
    public async Task<SourceSummary> ReviseAsync(CleanedArticle article, SourceSummary previous, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(previous);
        var chunks = chunker.Chunk(article.Id, article.Text);
        var text = chunks.Count <= 1 ? article.Text : MostOverlapping(chunks, previous).Text;
        var prompt = await prompts.RenderAsync(PromptNames.SummarizeSource, ArticleValues(article, text), cancellationToken);
        var previousJson = System.Text.Json.JsonSerializer.Serialize(new { summary = previous.Summary, keyPoints = previous.KeyPoints });
        ChatMessage[] followUp = [new(ChatRole.Assistant, previousJson), new(ChatRole.User, RevisionRequest.Text(problems))];
        logger.LogInformation("Asking for a grounded rewrite of source {SourceId} ({Problems} problem(s))", article.Id, problems.Count);
        var reply = await Ask(article, prompt, new StepInfo(ChatStages.Revise, $"source {article.Id}", ChatStages.Revise, article.Id), text, followUp, cancellationToken);
        return Enforce(article.Id, reply);
    }

    private static Chunk MostOverlapping(IReadOnlyList<Chunk> chunks, SourceSummary previous)
    {
        var words = Words(previous.Summary + " " + string.Join(' ', previous.KeyPoints));
        return chunks.OrderByDescending(c => Words(c.Text).Count(words.Contains)).ThenBy(c => c.Index).First();
    }

    private static HashSet<string> Words(string text) =>
        [.. Summarizer.Text.Tokenizer.Terms.Words(text)];

    private async Task<SourceSummaryReply[]> MapAsync(CleanedArticle article, IReadOnlyList<Chunk> chunks, string subject, CancellationToken cancellationToken)
    {
        var parts = new SourceSummaryReply[chunks.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MapConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Count), parallel, async (i, ct) =>
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var count = chunks.Count.ToString(CultureInfo.InvariantCulture);
            var chunk = SourceBlock.Render("article", chunks[i].Text, ("id", Id(article)), ("part", number), ("of", count), ("title", Title(article)));
            var prompt = await prompts.RenderAsync(PromptNames.SummarizeChunk, Values(article, ("chunk", chunk), ("chunkNumber", number), ("chunkCount", count)), ct);
            parts[i] = Held(await Ask(article, prompt, new StepInfo(ChatStages.Map, subject, $"{ChatStages.Map} {number}/{count}", article.Id), chunks[i].Text, null, ct));
        });
        return parts;
    }

    private async Task<SourceSummaryReply> ReduceAsync(CleanedArticle article, SourceSummaryReply[] parts, string subject, CancellationToken cancellationToken)
    {
        var round = 1;
        while (parts.Length > MaxPartsPerReduce)
        {
            logger.LogDebug("Source {SourceId}: {Parts} part summaries, reducing in groups (round {Round})", article.Id, parts.Length, round);
            var grouped = new List<SourceSummaryReply>();
            foreach (var group in parts.Chunk(MaxPartsPerReduce))
            {
                grouped.Add(Held(await ReduceOnceAsync(article, group, subject, $"{ChatStages.Reduce} {round}.{grouped.Count + 1}", cancellationToken)));
            }

            parts = [.. grouped];
            round++;
        }

        return await ReduceOnceAsync(article, parts, subject, ChatStages.Reduce, cancellationToken);
    }

    private async Task<SourceSummaryReply> ReduceOnceAsync(CleanedArticle article, IReadOnlyList<SourceSummaryReply> parts, string subject, string label, CancellationToken cancellationToken)
    {
        var summaries = SourceBlock.Render("article-summaries", FormatParts(parts), ("id", Id(article)), ("title", Title(article)));
        var material = string.Join('\n', parts.SelectMany(p => p.KeyPoints.Prepend(p.Summary)));
        var prompt = await prompts.RenderAsync(PromptNames.ReduceSource, Values(article, ("summaries", summaries)), cancellationToken);
        return await Ask(article, prompt, new StepInfo(ChatStages.Reduce, subject, label, article.Id), material, null, cancellationToken);
    }

    // Intermediate summaries are held to the source budget too, so the reduce input stays bounded.
    private SourceSummaryReply Held(SourceSummaryReply reply) =>
        WordCount.Of(reply.Summary) <= options.SourceMaxWords && reply.KeyPoints.Count <= options.SourceKeyPoints
            ? reply
            : new SourceSummaryReply(WordBudget.Trim(reply.Summary, options.SourceMaxWords), [.. reply.KeyPoints.Take(options.SourceKeyPoints)]);

    // A model that ignores JSON mode still gets its summary used, after the repair request, when the prose passes ProseReply.
    private async Task<SourceSummaryReply> Ask(
        CleanedArticle article, RenderedPrompt prompt, StepInfo step, string material, IReadOnlyList<ChatMessage>? followUp, CancellationToken cancellationToken)
    {
        logger.LogTrace("Prompt {Prompt} for {Subject} at {Step}: {Text}", prompt.Name, step.Subject, step.Label, prompt.Text);
        var reply = await StructuredChat.GetOrProseAsync(
            chatClient, prompt, step, SourceSummaryReply.Validate, new ProseRule(options.SourceMaxWords, material), logger, followUp, cancellationToken);
        if (reply.Prose is not { } prose)
        {
            return reply.Value!;
        }

        logger.LogWarning(
            "Source {SourceId} ({Source}): the model answered step {Step} in plain prose, not JSON, even after a repair request; using its prose as the summary, without key points",
            article.Id,
            article.Origin,
            step.Label);
        return new SourceSummaryReply(prose, []);
    }

    private SourceSummary Enforce(int sourceId, SourceSummaryReply reply)
    {
        var summary = reply.Summary;
        var words = WordCount.Of(summary);
        if (words > options.SourceMaxWords)
        {
            summary = WordBudget.Trim(summary, options.SourceMaxWords);
            logger.LogInformation(
                "Summary of source {SourceId} had {Words} words, over the budget of {Budget}; trimmed to {Kept}",
                sourceId,
                words,
                options.SourceMaxWords,
                WordCount.Of(summary));
        }

        var keyPoints = reply.KeyPoints.Distinct(StringComparer.Ordinal).Take(options.SourceKeyPoints).ToList();
        if (keyPoints.Count < reply.KeyPoints.Count)
        {
            logger.LogDebug("Source {SourceId}: kept {Kept} of {Total} key points", sourceId, keyPoints.Count, reply.KeyPoints.Count);
        }

        return new SourceSummary(sourceId, summary, keyPoints);
    }

    // The article (or the part of it sent) as a source block with its id, title and outlet.
    private Dictionary<string, string?> ArticleValues(CleanedArticle article, string text) => Values(
        article,
        ("outlet", article.Metadata.Outlet),
        ("article", SourceBlock.Render("article", text, ("id", Id(article)), ("title", Title(article)), ("outlet", article.Metadata.Outlet))));

    private static string Id(CleanedArticle article) => article.Id.ToString(CultureInfo.InvariantCulture);

    private static string? Title(CleanedArticle article) => article.Title ?? article.Metadata.Title;

    // Text from the article reaches the built-in templates only inside source blocks; title and outlet are
    // still passed on their own for templates of users' own that name them.
    private Dictionary<string, string?> Values(CleanedArticle article, params (string Name, string? Value)[] extra)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["sourceId"] = Id(article),
            ["title"] = Title(article),
            ["maxWords"] = options.SourceMaxWords.ToString(CultureInfo.InvariantCulture),
            ["keyPoints"] = options.SourceKeyPoints.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return values;
    }

    // Part summaries as numbered blocks (they repeat article text), key points as "- " lines under each summary.
    private static string FormatParts(IReadOnlyList<SourceSummaryReply> parts)
    {
        var blocks = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var text = new StringBuilder(parts[i].Summary).Append('\n');
            foreach (var point in parts[i].KeyPoints)
            {
                text.Append("- ").Append(point).Append('\n');
            }

            blocks.Add(SourceBlock.Render("part", text.ToString(), ("number", (i + 1).ToString(CultureInfo.InvariantCulture))));
        }

        return string.Join('\n', blocks);
    }
}
