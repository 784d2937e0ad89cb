using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Summarizer.Cleaning;
using Summarizer.Documents;
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

    /// <param name="summary">Word and key point budgets; default <see cref="SummaryOptions"/>.</param>
    /// <param name="pipeline">Concurrency and strict mode; the provider name defaults to "semantic-kernel" and the model to the chat client's.</param>
    /// <param name="loggerFactory">Default: no logging.</param>
    public SummarizerPlugin(SummaryOptions? summary = null, PipelineOptions? pipeline = null, ILoggerFactory? loggerFactory = null)
    {
        _summary = summary ?? new SummaryOptions();
        _pipeline = pipeline ?? new PipelineOptions { Provider = "semantic-kernel" };
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
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
        var chat = kernel.Services.GetService(typeof(IChatClient)) as IChatClient
            ?? throw new KernelException("The kernel has no IChatClient: build it with kernelBuilder.Services.AddChatClient(client).");
        var input = await ReadAsync(articles, cancellationToken);
        var brief = await Build(chat).RunAsync(input, progress: null, cancellationToken);
        return new JsonBriefRenderer().Render(brief);
    }

    private SummaryPipeline Build(IChatClient chat) => new SummaryPipelineBuilder()
        .UseCleaner(ArticleCleaners.CreateDefault())
        .UseSummarizer(ChatSummarizers.CreateSourceSummarizer(chat, _summary, loggerFactory: _loggerFactory))
        .UseMerger(ChatMergers.Create(chat, _summary, loggerFactory: _loggerFactory))
        .UseStoryAnalysis()
        .UseGroundingCheck()
        .UseLoggerFactory(_loggerFactory)
        .UseOptions(_pipeline with { Model = _pipeline.Model ?? chat.GetService<ChatClientMetadata>()?.DefaultModelId })
        .Build();

    // Each text is read as the CLI reads standard input (size cap, kind, title line), then named by its position.
    private async Task<IngestionResult> ReadAsync(string[] texts, CancellationToken cancellationToken)
    {
        var articles = new List<RawArticle>();
        var failures = new List<Failure>();
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i] ?? string.Empty;
            var reader = new InputReader(new InputReaderOptions(), () => new StringReader(text), _loggerFactory.CreateLogger<InputReader>());
            var read = await reader.ReadAsync([InputReader.StandardInputName], cancellationToken);
            var name = $"article {i + 1}";
            articles.AddRange(read.Articles.Select(a => a with { Origin = name }));
            failures.AddRange(read.Failures.Select(f => f with { Source = name }));
        }

        return new IngestionResult(articles, failures);
    }
}
