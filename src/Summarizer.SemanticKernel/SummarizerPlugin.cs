using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Summarizer.Cleaning;
using Summarizer.Ingestion;
using Summarizer.Merging;
using Summarizer.Pipeline;
using Summarizer.Rendering;
using Summarizer.Summarization;

namespace Summarizer.SemanticKernel;

/// <summary>
/// The summary pipeline as Semantic Kernel functions: add it with <c>kernel.Plugins.AddFromObject(new SummarizerPlugin())</c>.
/// Each call runs on the <see cref="IChatClient"/> the kernel was built with (<c>kernelBuilder.Services.AddChatClient(...)</c>),
/// so the app's model, middleware and credentials are the ones used. Stateless and thread-safe.
/// </summary>
public sealed class SummarizerPlugin
{
    private readonly SummaryOptions _summary;
    private readonly PipelineOptions _pipeline;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ArticleInputs _inputs;

    /// <param name="summary">Word and key point budgets; default <see cref="SummaryOptions"/>.</param>
    /// <param name="pipeline">Concurrency and strict mode; the provider name defaults to "semantic-kernel" and the model to the chat client's.</param>
    /// <param name="loggerFactory">Default: no logging.</param>
    /// <param name="allowPrivateNetworks">
    /// Let <c>summarize</c> fetch pages on loopback, private and link-local addresses (an intranet); refused by default, as by
    /// the CLI, so an address a model passes in cannot reach into the network the app runs in.
    /// </param>
    /// <param name="timeProvider">The clock of page fetch timeouts and retries; the system clock when null.</param>
    public SummarizerPlugin(
        SummaryOptions? summary = null,
        PipelineOptions? pipeline = null,
        ILoggerFactory? loggerFactory = null,
        bool allowPrivateNetworks = false,
        TimeProvider? timeProvider = null)
    {
        _summary = summary ?? new SummaryOptions();
        _pipeline = pipeline ?? new PipelineOptions { Provider = "semantic-kernel" };
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _inputs = new ArticleInputs(_loggerFactory, timeProvider ?? TimeProvider.System, allowPrivateNetworks);
    }

    /// <summary>A cited brief of the articles, as the JSON <c>brief.json</c> holds.</summary>
    /// <exception cref="KernelException">The kernel has no <see cref="IChatClient"/>.</exception>
    [KernelFunction("brief")]
    [Description("Summarizes several news articles about one story into one brief in which every sentence cites the articles that report it, "
        + "with what only one article reports and where the articles disagree.")]
    [return: Description("The brief as JSON: sources with their summaries, the merged summary with cited claims, disagreements, "
        + "single-source claims, citations the grounding check rejected, usage and failures.")]
    public async Task<string> BriefAsync(
        Kernel kernel,
        [Description("The articles, one per item: plain text, Markdown or HTML; a first line that reads as a headline is the title.")] string[] articles,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(articles);
        var chat = ChatOf(kernel);
        var input = await _inputs.ReadTextsAsync(articles, cancellationToken);
        var brief = await Build(chat, ChatMergers.Create(chat, _summary, loggerFactory: _loggerFactory)).RunAsync(input, progress: null, cancellationToken);
        return new JsonBriefRenderer().Render(brief);
    }

    /// <summary>
    /// The summary of one article, as the JSON <c>brief.json</c> holds for a brief of that one source: its summary and key
    /// points are also the merged ones (no second model call), checked against the article by the grounding check.
    /// </summary>
    /// <exception cref="KernelException">The kernel has no <see cref="IChatClient"/>.</exception>
    /// <exception cref="NoUsableInputException">The article is empty, or its page could not be fetched or was refused; the message says why.</exception>
    [KernelFunction("summarize")]
    [Description("Summarizes one news article, given as its text or as the http(s) address of its page, with its key points; "
        + "every statement is checked against the article.")]
    [return: Description("The summary as JSON: the source with its summary and key points, the same summary and key points as merged claims "
        + "citing it, statements the grounding check rejected, usage and failures.")]
    public async Task<string> SummarizeAsync(
        Kernel kernel,
        [Description("The article: its plain text, Markdown or HTML (a first line that reads as a headline is the title), or the http(s) address of its page.")] string article,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(article);
        var chat = ChatOf(kernel);
        var input = await _inputs.ReadOneAsync(article, cancellationToken);

        // An address that answers with a feed gives its items: those are merged as a story, as `brief URL` does.
        IStoryMerger merger = input.Articles.Count > 1 ? ChatMergers.Create(chat, _summary, loggerFactory: _loggerFactory) : new OneArticleStory();
        var brief = await Build(chat, merger).RunAsync(input, progress: null, cancellationToken);
        return new JsonBriefRenderer().Render(brief);
    }

    private static IChatClient ChatOf(Kernel kernel) =>
        kernel.Services.GetService(typeof(IChatClient)) as IChatClient
        ?? throw new KernelException("The kernel has no IChatClient: build it with kernelBuilder.Services.AddChatClient(client).");

    private SummaryPipeline Build(IChatClient chat, IStoryMerger merger) => new SummaryPipelineBuilder()
        .UseCleaner(ArticleCleaners.CreateDefault())
        .UseSummarizer(ChatSummarizers.CreateSourceSummarizer(chat, _summary, loggerFactory: _loggerFactory))
        .UseMerger(merger)
        .UseStoryAnalysis()
        .UseGroundingCheck()
        .UseLoggerFactory(_loggerFactory)
        .UseOptions(_pipeline with { Model = _pipeline.Model ?? chat.GetService<ChatClientMetadata>()?.DefaultModelId })
        .Build();
}
