using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Summarizer.Connectors.Stub;
using Summarizer.Documents;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Architecture;

namespace Summarizer.SemanticKernel.Tests;

public class SummarizerPluginTests
{
    private static readonly string[] Articles =
    [
        "Bridge reopens\nThe Aldric Bridge reopened on Friday after eight months of repairs costing $12 million, the city said.",
        "Aldric Bridge open again\nThe Aldric Bridge reopened to traffic on Friday. Repairs took eight months, officials said.",
    ];

    private static Kernel KernelWith(IChatClient? chat)
    {
        var builder = Kernel.CreateBuilder();
        if (chat is not null)
        {
            builder.Services.AddChatClient(chat);
        }

        var kernel = builder.Build();
        kernel.Plugins.AddFromObject(new SummarizerPlugin(), "summarizer");
        return kernel;
    }

    [Fact]
    public async Task Brief_runs_on_the_chat_client_the_kernel_was_built_with()
    {
        using var stub = StubChatClients.Create();
        var calls = 0;
        using var counting = new ChatClientBuilder(stub).Use((messages, options, next, ct) => { Interlocked.Increment(ref calls); return next(messages, options, ct); }).Build();

        var result = await KernelWith(counting).InvokeAsync("summarizer", "brief", new() { ["articles"] = Articles });

        using var brief = JsonDocument.Parse(result.GetValue<string>()!);
        Assert.Equal(["article 1", "article 2"], brief.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("path").GetString()));
        Assert.Equal("Bridge reopens", brief.RootElement.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(brief.RootElement.GetProperty("merged").GetProperty("summary").GetString()));
        Assert.Equal(3, calls); // one summary per article, one merge
    }

    [Fact]
    public async Task A_kernel_without_a_chat_client_is_told_how_to_add_one()
    {
        var error = await Assert.ThrowsAsync<KernelException>(() => KernelWith(null).InvokeAsync("summarizer", "brief", new() { ["articles"] = Articles }));

        Assert.Contains("AddChatClient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_brief_function_describes_itself_for_function_calling()
    {
        var function = KernelWith(null).Plugins["summarizer"]["brief"];

        Assert.Contains("cites", function.Description, StringComparison.Ordinal);
        var articles = Assert.Single(function.Metadata.Parameters);
        Assert.Equal("articles", articles.Name);
        Assert.Equal(typeof(string[]), articles.ParameterType);
        Assert.True(articles.IsRequired);
        Assert.Contains("JSON", function.Metadata.ReturnParameter.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plugin_sits_above_the_pipeline_and_core_never_uses_it()
    {
        var graph = NamespaceGraph.Of(
            "Summarizer",
            [typeof(Brief).Assembly, typeof(SummarizerPlugin).Assembly],
            [Path.Combine(RepoPaths.Root, "src", "Summarizer.Core"), Path.Combine(RepoPaths.Root, "src", "Summarizer.SemanticKernel")]);

        var (wrong, unplaced) = Layering.Check(graph);

        Assert.Contains(graph.Arrows, a => a.From == "Summarizer.SemanticKernel" && a.To == "Summarizer.Pipeline");
        Assert.True(unplaced.Count == 0, "Namespaces missing from Layering.Layers:\n" + string.Join("\n", unplaced));
        Assert.True(wrong.Count == 0, "Arrows against the layer order:\n" + string.Join("\n", wrong));
    }
}
