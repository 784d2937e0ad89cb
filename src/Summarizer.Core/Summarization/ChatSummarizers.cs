using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Chunking;
using Summarizer.Prompts;

namespace Summarizer.Summarization;

/// <summary>Creates the model-path summarizer.</summary>
public static class ChatSummarizers
{
    /// <summary>
    /// A per-source summarizer that calls <paramref name="chatClient"/> with the library's prompts:
    /// one call per article that fits one chunk, map/reduce otherwise.
    /// </summary>
    /// <param name="options">Budgets; default <c>new SummaryOptions()</c>. Validated here.</param>
    /// <param name="prompts">Default <see cref="PromptLibrary.Embedded"/>.</param>
    /// <param name="chunker">Default <c>Chunkers.Create()</c>.</param>
    /// <exception cref="ValidationException">An option is out of range; the message names it.</exception>
    public static ISourceSummarizer CreateSourceSummarizer(
        IChatClient chatClient,
        SummaryOptions? options = null,
        PromptLibrary? prompts = null,
        IChunker? chunker = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        return new ChatSourceSummarizer(
            chatClient,
            prompts ?? PromptLibrary.Embedded,
            chunker ?? Chunkers.Create(),
            Validated(options ?? new SummaryOptions()),
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ChatSourceSummarizer>());
    }

    internal static SummaryOptions Validated(SummaryOptions options)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
