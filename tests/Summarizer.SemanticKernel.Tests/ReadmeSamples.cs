using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using OpenAI;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Merging;
using Summarizer.Pipeline;
using Summarizer.Rendering;
using Summarizer.SemanticKernel;
using Summarizer.Summarization;

namespace Summarizer.SemanticKernel.Tests;

/// <summary>
/// The code of the README section "Using the pipeline from your application", compiled and run by <see cref="ReadmeSampleTests"/>.
/// The lines between <c>// begin-snippet: NAME</c> and <c>// end-snippet</c>, less their indentation, must appear in the README as
/// written; the test checks it, so the README cannot drift from code that runs.
/// </summary>
internal static class ReadmeSamples
{
    public static IChatClient Model(Uri endpoint, string apiKey)
    {
        // begin-snippet: model
        IChatClient chat = new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = endpoint })
            .GetChatClient("gpt-4o-mini")
            .AsIChatClient();
        // end-snippet
        return chat;
    }

    public static async Task<Brief> PipelineAsync(IChatClient chat, string articlesFolder, string outputFolder, ILogger<InputReader> logger, CancellationToken ct)
    {
        // begin-snippet: pipeline
        var pipeline = new SummaryPipelineBuilder()
            .UseCleaner(ArticleCleaners.CreateDefault())
            .UseSummarizer(ChatSummarizers.CreateSourceSummarizer(chat))
            .UseMerger(ChatMergers.Create(chat))
            .UseStoryAnalysis()
            .UseGroundingCheck()                       // runs last, on the final brief, whatever the order of calls
            .UseOptions(new PipelineOptions { Provider = "my-app", Strict = true })
            .Build();                                  // immutable, thread-safe, reusable
        var input = await new InputReader(new(), () => TextReader.Null, logger).ReadAsync([articlesFolder], ct);
        Brief brief = await pipeline.RunAsync(input, progress: null, ct);
        File.WriteAllText(Path.Combine(outputFolder, "brief.md"), new MarkdownBriefRenderer().Render(brief));
        // end-snippet
        return brief;
    }

    public static async Task<(IChatClient KernelChat, string BriefJson)> SemanticKernelAsync(Uri endpoint, string apiKey, string[] articleTexts, CancellationToken ct)
    {
        // begin-snippet: semantic-kernel
        var builder = Kernel.CreateBuilder();
        builder.Services.AddChatClient(new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = endpoint })
            .GetChatClient("gpt-4o-mini")
            .AsIChatClient());
        Kernel kernel = builder.Build();

        // The pipeline above runs on the kernel's model: build it with this client.
        IChatClient chat = kernel.GetRequiredService<IChatClient>();

        // Or call it as kernel functions (an app, a planner or a model's function calling).
        kernel.Plugins.AddFromObject(new SummarizerPlugin(), "summarizer");
        FunctionResult result = await kernel.InvokeAsync("summarizer", "brief", new() { ["articles"] = articleTexts }, ct);
        string briefJson = result.GetValue<string>()!;  // what brief.json holds
        // end-snippet
        return (chat, briefJson);
    }
}
