using Microsoft.Extensions.Logging;
using Summarizer.Cleaning;
using Summarizer.Cli.Configuration;
using Summarizer.Checking;
using Summarizer.Connectors.Stub;
using Summarizer.Extractive;
using Summarizer.Merging;
using Summarizer.Merging.Agreement;
using Summarizer.Prompts;
using Summarizer.Pipeline;
using Summarizer.Summarization;

namespace Summarizer.Cli.Composition;

/// <summary>A composed pipeline and whatever it holds that must be released after the run (HTTP clients, cache).</summary>
internal sealed class ComposedEngine(SummaryPipeline pipeline, IAsyncDisposable? resources = null) : IAsyncDisposable
{
    public SummaryPipeline Pipeline { get; } = pipeline;

    public ValueTask DisposeAsync() => resources?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>Adapts an IDisposable resource to the async disposal of <see cref="ComposedEngine"/>.</summary>
internal sealed class AsyncDisposableAdapter(IDisposable resource) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        resource.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Turns settings into a pipeline: the one place that knows which engine each provider uses.</summary>
internal static class EngineComposer
{
    public const string DefaultProvider = "local";

    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public static ComposedEngine Compose(SummarizerSettings settings, ILoggerFactory loggers, CliContext context)
    {
        var provider = settings.Provider ?? DefaultProvider;
        var summaryOptions = OptionsValidation.Validate(new SummaryOptions { MaxWords = settings.MaxWords ?? new SummaryOptions().MaxWords });
        var prompts = settings.Prompts is { } folder ? PromptLibrary.Load(context.ResolvePath(folder)) : PromptLibrary.Embedded;
        var builder = new SummaryPipelineBuilder()
            .UseCleaner(ArticleCleaners.CreateDefault())
            .UseTimeProvider(context.TimeProvider)
            .UseLoggerFactory(loggers)
            .UseStoryAnalysis()
            .UseGroundingCheck()
            .UseOptions(new PipelineOptions
            {
                Provider = provider,
                Model = provider == "openai" ? settings.Model : null,
                Concurrency = settings.Concurrency ?? new PipelineOptions().Concurrency,
            });

        switch (provider)
        {
            case "local":
                builder.UseSummarizer(ExtractiveEngine.CreateSourceSummarizer(summaryOptions))
                    .UseMerger(ExtractiveEngine.CreateMerger(summaryOptions));
                return new ComposedEngine(builder.Build());
            case "stub":
                var stub = StubChatClients.Create();
                builder.UseSummarizer(ChatSummarizers.CreateSourceSummarizer(stub, summaryOptions, prompts, loggerFactory: loggers))
                    .UseMerger(ChatMergers.Create(stub, summaryOptions, prompts, loggers));
                return new ComposedEngine(builder.Build(), new AsyncDisposableAdapter(stub));
            default:
                throw new ArgumentException($"provider '{provider}' is not available in this build (use local, stub or openai).");
        }
    }
}
