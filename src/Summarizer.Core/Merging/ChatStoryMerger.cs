using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Documents;
using Summarizer.Prompts;
using Summarizer.Summarization;

namespace Summarizer.Merging;

/// <summary>
/// Merges source summaries through one <c>merge-story</c> call that returns cited claims as JSON,
/// validated against the known source ids, then held to the word and key point budgets.
/// A model that answers in plain prose even after the repair request: prose citing its sources as [n]
/// is the merged summary (<see cref="MergeProse"/>); prose without citations gives way to
/// <paramref name="offline"/>, the offline merge of the same articles, when there is one.
/// </summary>
internal sealed class ChatStoryMerger(
    IChatClient chatClient,
    PromptLibrary prompts,
    SummaryOptions options,
    IStoryMerger? offline,
    ILogger<ChatStoryMerger> logger) : IRevisingStoryMerger
{
    public Task<MergedSummary> MergeAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        CancellationToken cancellationToken) =>
        MergeAsync(articles, summaries, null, cancellationToken);

    public Task<MergedSummary> ReviseAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        MergedSummary previous,
        IReadOnlyList<string> problems,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(problems);
        logger.LogInformation("Asking for a grounded rewrite of the merged summary ({Problems} problem(s))", problems.Count);
        ChatMessage[] followUp = [new(ChatRole.Assistant, PreviousJson(previous)), new(ChatRole.User, RevisionRequest.Text(problems))];
        return MergeAsync(articles, summaries, followUp, cancellationToken);
    }

    private static string PreviousJson(MergedSummary merged)
    {
        static object Claims(IEnumerable<Claim> claims) => claims.Select(c => new { text = c.Text, sources = c.Sources }).ToList();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            headline = merged.Headline,
            summary = merged.Summary,
            keyPoints = Claims(merged.KeyPoints),
            disagreements = merged.Disagreements.Select(d => new { topic = d.Topic, claims = Claims(d.Claims) }).ToList(),
            singleSource = Claims(merged.SingleSource),
        });
    }

    private async Task<MergedSummary> MergeAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        IReadOnlyList<ChatMessage>? followUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(summaries);
        var usable = summaries.Where(s => !string.IsNullOrWhiteSpace(s.Summary)).OrderBy(s => s.SourceId).ToList();
        if (usable.Count == 0)
        {
            throw new ArgumentException("There are no source summaries to merge.", nameof(summaries));
        }

        var byId = articles.ToDictionary(a => a.Id);
        var knownIds = usable.Select(s => s.SourceId).ToHashSet();
        var prompt = await prompts.RenderAsync(PromptNames.MergeStory, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["sources"] = FormatSources(usable, byId),
            ["sourceIds"] = string.Join(", ", knownIds.Order()),
            ["maxWords"] = options.MaxWords.ToString(CultureInfo.InvariantCulture),
            ["keyPoints"] = options.MergedKeyPoints.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
        logger.LogTrace("Prompt {Prompt}: {Text}", prompt.Name, prompt.Text);

        var step = followUp is null ? new StepInfo(ChatStages.Merge, "story", ChatStages.Merge, null) : new StepInfo(ChatStages.Revise, "story", ChatStages.Revise, null);
        var reply = await StructuredChat.GetOrProseAsync(
            chatClient,
            prompt,
            step,
            root => MergeReply.Validate(root, knownIds),
            new ProseRule(options.MaxWords, Material(usable, byId)),
            logger,
            followUp,
            cancellationToken);
        if (reply.Prose is not { } prose)
        {
            return Enforce(reply.Value!);
        }

        if (MergeProse.FromCitedProse(prose, knownIds) is { } cited)
        {
            logger.LogWarning("The model answered the merge in plain prose, not JSON, even after a repair request; using its prose, cited as it wrote, as the merged summary, without key points");
            return Enforce(cited);
        }

        if (offline is null)
        {
            throw new ModelOutputException(step.Subject, step.Label, "the reply is plain prose that cites no source as [n], and no offline merge is configured");
        }

        logger.LogWarning("The model answered the merge in plain prose that cites no source, even after a repair request; using the offline merge of the {Sources} article(s) instead", articles.Count);
        return await offline.MergeAsync(articles, usable, cancellationToken);
    }

    // What the model was asked to merge, for the plain-prose check.
    private static string Material(IReadOnlyList<SourceSummary> summaries, Dictionary<int, CleanedArticle> articles) =>
        string.Join('\n', summaries.SelectMany(s => s.KeyPoints
            .Prepend(s.Summary)
            .Prepend(articles.TryGetValue(s.SourceId, out var a) ? a.Title ?? a.Metadata.Title ?? string.Empty : string.Empty)));

    private MergedSummary Enforce(MergedSummary merged)
    {
        var words = WordCount.Of(merged.Summary);
        var summary = merged.Summary;
        if (words > options.MaxWords)
        {
            summary = WordBudget.Trim(summary, options.MaxWords);
            logger.LogInformation("Merged summary had {Words} words, over the budget of {Budget}; trimmed", words, options.MaxWords);
        }

        // The model's citations are claims: the grounding check verifies them as written.
        return merged with
        {
            Summary = summary,
            KeyPoints = [.. merged.KeyPoints.Take(options.MergedKeyPoints)],
            ClaimedCitations = true,
        };
    }

    // One source block per source (summaries repeat article text), key points as "- " lines under the summary.
    private static string FormatSources(List<SourceSummary> summaries, Dictionary<int, CleanedArticle> articles)
    {
        var blocks = new List<string>(summaries.Count);
        foreach (var summary in summaries)
        {
            articles.TryGetValue(summary.SourceId, out var article);
            var text = new StringBuilder(summary.Summary.Trim()).Append('\n');
            foreach (var point in summary.KeyPoints)
            {
                text.Append("- ").Append(point.Trim()).Append('\n');
            }

            blocks.Add(SourceBlock.Render(
                "summary",
                text.ToString(),
                ("id", summary.SourceId.ToString(CultureInfo.InvariantCulture)),
                ("title", article?.Title ?? article?.Metadata.Title ?? string.Empty),
                ("outlet", article?.Metadata.Outlet ?? string.Empty)));
        }

        return string.Join('\n', blocks);
    }
}
