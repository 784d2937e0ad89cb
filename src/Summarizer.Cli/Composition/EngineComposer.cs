using Microsoft.Extensions.Caching.Distributed;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Chunking;
using Summarizer.Cleaning;
using Summarizer.Cli.Configuration;
using Summarizer.Checking;
using Summarizer.Connectors;
using Summarizer.Connectors.Stub;
using Summarizer.Connectors.Usage;
using Summarizer.Extractive;
using Summarizer.Merging;
using Summarizer.Merging.Agreement;
using Summarizer.Prompts;
using Summarizer.Pipeline;
using Summarizer.Summarization;
using Summarizer.Connectors.Telemetry;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Composition;

/// <summary>A composed pipeline and whatever it holds that must be released after the run (HTTP clients, cache).</summary>
internal sealed class ComposedEngine(SummaryPipeline pipeline, params IAsyncDisposable[] resources) : IAsyncDisposable
{
    public SummaryPipeline Pipeline { get; } = pipeline;

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in resources)
        {
            await resource.DisposeAsync();
        }
    }
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

    /// <param name="memoryFor">
    /// For a model engine, opens the memory of summaries from earlier runs for the engine's fingerprint, so
    /// articles seen before are not sent again; null to summarize every article afresh.
    /// </param>
    /// <param name="telemetry">Where runs, stages, sources and model calls are reported; null for nowhere.</param>
    /// <exception cref="SettingsException">A setting is invalid; the message names it.</exception>
    /// <exception cref="PromptException">The --prompts folder cannot be used.</exception>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "UseChatEngine owns the model client from the call on (the stack's Dispose is its client's): it is released with the engine, or at once if composing fails.")]
    public static ComposedEngine Compose(SummarizerSettings settings, ILoggerFactory loggers, CliContext context, SummarizerTelemetry? telemetry, Func<string, ISummaryMemory>? memoryFor = null, IDistributedCache? sharedReplies = null, ISharedRateLimits? sharedLimits = null)
    {
        var provider = ProviderOf(settings);
        var summaryOptions = ValidSettings.Of(() => OptionsValidation.Validate(new SummaryOptions { MaxWords = settings.MaxWords ?? new SummaryOptions().MaxWords }));
        var pipelineOptions = ValidSettings.Of(() => OptionsValidation.Validate(new PipelineOptions
        {
            Provider = provider,
            Model = provider == "openai" ? settings.Model : null,
            Concurrency = settings.Concurrency ?? new PipelineOptions().Concurrency,
            Strict = settings.Strict ?? false,
        }));
        var prompts = settings.Prompts is { } folder ? PromptLibrary.Load(context.ResolvePath(folder)) : PromptLibrary.Embedded;
        var builder = new SummaryPipelineBuilder()
            .UseCleaner(ArticleCleaners.CreateDefault())
            .UseTimeProvider(context.TimeProvider)
            .UseLoggerFactory(loggers)
            .UseOptions(pipelineOptions);
        if (telemetry is not null)
        {
            builder.UseTelemetry(telemetry);
        }

        switch (provider)
        {
            case "local":
                // The offline engine's citations are computed, not claimed: attribute them to verified
                // sources first, then check the result (the independent checker drops what it rejects).
                builder.UseSummarizer(ExtractiveEngine.CreateSourceSummarizer(summaryOptions))
                    .UseMerger(ExtractiveEngine.CreateMerger(summaryOptions))
                    .UseStoryAnalysis()
                    .UseGroundingCheck();
                return new ComposedEngine(Build(builder, context));
            case "stub":
                var usage = new UsageTracker(telemetry);
                var stub = StubChatClients.Create().UseUsageTracking(usage).AsBuilder().UseModelCallSpans().Build();
                return UseChatEngine(
                    builder, context, stub, usage, TokenCounters.Estimating, summaryOptions, prompts, loggers,
                    () => Memory(memoryFor, provider, null, null, summaryOptions, prompts));
            case "openai":
                var connector = ConnectorOptionsFrom(settings);
                // A Redis server named in the settings keeps the replies even beside a shared store: it is the explicit choice.
                var stack = ChatClientFactory.Create(connector, loggers, context.TimeProvider, connector.Redis is null ? sharedReplies : null, telemetry, sharedLimits);
                return UseChatEngine(
                    builder, context, stack.Client, stack.Usage, TokenCounters.ForModel(connector.Model), summaryOptions, prompts, loggers,
                    () => Memory(memoryFor, provider, connector.Model, connector.Endpoint, summaryOptions, prompts));
            default:
                throw new SettingsException($"unknown provider '{provider}' (use local, stub or openai).");
        }
    }

    /// <summary>The provider a run uses: offline unless a model is configured (DESIGN: local is the default when no model is set).</summary>
    public static string ProviderOf(SummarizerSettings settings) => settings.Provider ?? (settings.Model is null ? DefaultProvider : "openai");

    private static SummaryPipeline Build(SummaryPipelineBuilder builder, CliContext context)
    {
        context.ConfigurePipeline?.Invoke(builder);
        return builder.Build();
    }

    // Takes ownership of the client (and of the memory, once opened): they are released with the engine,
    // or at once when composing fails (an unreadable memory file, an invalid option).
    private static ComposedEngine UseChatEngine(
        SummaryPipelineBuilder builder, CliContext context, IChatClient client, IUsageReport usage, ITokenCounter tokens, SummaryOptions options, PromptLibrary prompts, ILoggerFactory loggers, Func<ISummaryMemory?> openMemory)
    {
        var owned = new List<IDisposable> { client };
        try
        {
            if (openMemory() is { } memory)
            {
                if (memory is IDisposable disposable)
                {
                    owned.Add(disposable);
                }

                builder.UseSummaryMemory(memory);
            }

            // The story analysis completes the model's brief (copies, attribution, disagreements, single-source);
            // the independent grounding check then judges the final brief and drops every citation it rejects.
            // Chunks are cut by the model's own token count where its vocabulary is shipped (TokenCounters.ForModel).
            builder.UseSummarizer(ChatSummarizers.CreateSourceSummarizer(client, options, prompts, Chunkers.Create(tokenCounter: tokens), loggers))
                .UseMerger(ChatMergers.Create(client, options, prompts, loggers, proseFallback: OfflineMerger(options)))
                .UseStoryAnalysis()
                .UseGroundingCheck()
                .UseUsage(() => usage.Total);
            return new ComposedEngine(Build(builder, context), [.. owned.Select(resource => new AsyncDisposableAdapter(resource))]);
        }
        catch
        {
            owned.ForEach(resource => resource.Dispose());
            throw;
        }
    }

    // For a model that answers the merge in prose without citations. Its citations are computed, so they are
    // attributed before the grounding check, which checks a model's citations as written.
    private static IStoryMerger OfflineMerger(SummaryOptions options) =>
        ExtractiveEngine.CreateMerger(options).WithAttributedClaims();

    // Everything that changes what the model writes for an article; a summary is reused only by the same engine.
    private static ISummaryMemory? Memory(Func<string, ISummaryMemory>? memoryFor, string provider, string? model, Uri? endpoint, SummaryOptions options, PromptLibrary prompts)
    {
        if (memoryFor is null)
        {
            return null;
        }

        var engine = string.Join('\n', provider, model, endpoint?.AbsoluteUri, options.ToString(), prompts.Fingerprint);
        return memoryFor(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(engine))));
    }

    // Flat settings (flags, environment, top-level summarizer.json) override the "connector" section.
    private static ConnectorOptions ConnectorOptionsFrom(SummarizerSettings settings)
    {
        var baseline = settings.Connector ?? new ConnectorOptions();
        Uri? endpoint = baseline.Endpoint;
        if (settings.Endpoint is { } text && !Uri.TryCreate(text, UriKind.Absolute, out endpoint))
        {
            throw new SettingsException($"--endpoint '{text}' is not an absolute URL (e.g. http://127.0.0.1:11434/v1).");
        }

        var options = baseline with
        {
            Endpoint = endpoint,
            Model = settings.Model ?? baseline.Model,
            ApiKey = settings.ApiKey ?? baseline.ApiKey,
            Concurrency = settings.Concurrency ?? baseline.Concurrency,
            CacheDirectory = settings.Cache ?? baseline.CacheDirectory,
            CacheEnabled = settings.NoCache != true && baseline.CacheEnabled,
            Redis = settings.Redis ?? baseline.Redis,
        };
        ValidSettings.Check(options.Validate);
        return options;
    }
}
