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
/// </summary>
internal sealed class ChatStoryMerger(
    IChatClient chatClient,
    PromptLibrary prompts,
    SummaryOptions options,
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
        var prompt = prompts.Render(PromptNames.MergeStory, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["sources"] = FormatSources(usable, byId),
            ["sourceIds"] = string.Join(", ", knownIds.Order()),
            ["maxWords"] = options.MaxWords.ToString(CultureInfo.InvariantCulture),
            ["keyPoints"] = options.MergedKeyPoints.ToString(CultureInfo.InvariantCulture),
        });
        logger.LogTrace("Prompt {Prompt}: {Text}", prompt.Name, prompt.Text);

        var merged = await StructuredChat.GetAsync(
            chatClient,
            prompt,
            followUp is null ? new StepInfo(ChatStages.Merge, "story", ChatStages.Merge, null) : new StepInfo(ChatStages.Revise, "story", ChatStages.Revise, null),
            root => MergeReply.Validate(root, knownIds),
            logger,
            cancellationToken,
            followUp);
        return Enforce(merged);
    }

    private MergedSummary Enforce(MergedSummary merged)
    {
        var words = WordCount.Of(merged.Summary);
        var summary = merged.Summary;
        if (words > options.MaxWords)
        {
            summary = WordBudget.Trim(summary, options.MaxWords);
            logger.LogInformation("Merged summary had {Words} words, over the budget of {Budget}; trimmed", words, options.MaxWords);
        }

        return merged with
        {
            Summary = summary,
            KeyPoints = [.. merged.KeyPoints.Take(options.MergedKeyPoints)],
        };
    }

    // One element per source; attribute values are escaped so a title cannot break the delimiters.
    private static string FormatSources(IReadOnlyList<SourceSummary> summaries, Dictionary<int, CleanedArticle> articles)
    {
        var text = new StringBuilder();
        foreach (var summary in summaries)
        {
            articles.TryGetValue(summary.SourceId, out var article);
            var title = article?.Title ?? article?.Metadata.Title ?? string.Empty;
            var outlet = article?.Metadata.Outlet ?? string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"<summary id=\"{summary.SourceId}\" title=\"{Attribute(title)}\" outlet=\"{Attribute(outlet)}\">\n")
                .Append(summary.Summary.Trim()).Append('\n');
            foreach (var point in summary.KeyPoints)
            {
                text.Append("- ").Append(point.Trim()).Append('\n');
            }

            text.Append("</summary>\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
