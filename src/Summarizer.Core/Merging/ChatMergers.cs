using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Prompts;
using Summarizer.Summarization;

namespace Summarizer.Merging;

/// <summary>Creates the model-path merger.</summary>
public static class ChatMergers
{
    /// <summary>A merger that asks <paramref name="chatClient"/> for cited claims with the <c>merge-story</c> prompt.</summary>
    /// <param name="options">Budgets; default <c>new SummaryOptions()</c>. Validated here.</param>
    /// <param name="prompts">Default <see cref="PromptLibrary.Embedded"/>.</param>
    /// <param name="proseFallback">
    /// Used when the model answers the merge in plain prose that cites no source, even after the repair request
    /// (e.g. <c>ExtractiveEngine.CreateMerger(options).WithAttributedClaims()</c>); without one, that merge fails.
    /// </param>
    public static IStoryMerger Create(
        IChatClient chatClient,
        SummaryOptions? options = null,
        PromptLibrary? prompts = null,
        ILoggerFactory? loggerFactory = null,
        IStoryMerger? proseFallback = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        return new ChatStoryMerger(
            chatClient,
            prompts ?? PromptLibrary.Embedded,
            ChatSummarizers.Validated(options ?? new SummaryOptions()),
            proseFallback,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ChatStoryMerger>());
    }
}
