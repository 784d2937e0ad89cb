using System.ClientModel;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using OpenAI;
using Summarizer.Connectors.Stub;
using Summarizer.Pipeline;
using Summarizer.TestSupport;

namespace Summarizer.SemanticKernel.Tests;

/// <summary>
/// The plugin's <c>summarize</c> function, run by a kernel on the library's OpenAI adapter against the fake OpenAI endpoint
/// (127.0.0.1; the stub model answers), with the article given as text or as the address of a page on a loopback site.
/// </summary>
public sealed class SummarizeFunctionTests : IAsyncLifetime
{
    private const string Key = "sk-summarize-test-key";
    private static readonly string PagePath = RepoPaths.Fixture(Path.Combine("story-river-bridge", "04-metro-daily.html"));
    private FakeOpenAIServer _model = null!;
    private WebApplication _site = null!;
    private Uri _page = null!;
    private int _pageRequests;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAIServer.StartAsync();
        _model.Fallback = FakeReply.Answer(AnswerAsTheStubAsync);
        var (site, address) = await LoopbackApp.StartAsync(app => app.MapGet("/news/bridge", () =>
        {
            Interlocked.Increment(ref _pageRequests);
            return Results.Content(File.ReadAllText(PagePath), "text/html; charset=utf-8");
        }));
        _site = site;
        _page = new Uri(address, "news/bridge");
    }

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        await _site.StopAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Summarize_reads_the_page_at_an_address_and_summarizes_it_with_one_model_call()
    {
        var json = await SummarizeAsync(new SummarizerPlugin(allowPrivateNetworks: true), _page.ToString());

        using var brief = JsonDocument.Parse(json);
        var source = Assert.Single(brief.RootElement.GetProperty("sources").EnumerateArray());
        Assert.Equal(_page.ToString(), source.GetProperty("url").GetString());
        Assert.Equal("Metro Daily", source.GetProperty("outlet").GetString());
        var summary = source.GetProperty("summary").GetString();
        Assert.Contains("Aldric Bridge", summary, StringComparison.Ordinal);
        Assert.Equal(0, brief.RootElement.GetProperty("failures").GetArrayLength());
        Assert.Equal(1, _pageRequests);

        // The article's own summary is its story's: no merge request follows the summary request.
        var call = Assert.Single(_model.Requests);
        Assert.Equal("Bearer " + Key, call.Authorization);
        Assert.Equal("gpt-4o-mini", brief.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Summarize_takes_an_articles_text_and_checks_the_summary_against_it()
    {
        var text = await File.ReadAllTextAsync(RepoPaths.Fixture(Path.Combine("story-river-bridge", "01-castellan-courier.txt")));

        var json = await SummarizeAsync(new SummarizerPlugin(), text);

        using var brief = JsonDocument.Parse(json);
        var source = Assert.Single(brief.RootElement.GetProperty("sources").EnumerateArray());
        Assert.Equal("article 1", source.GetProperty("path").GetString());
        var merged = brief.RootElement.GetProperty("merged");
        Assert.False(string.IsNullOrWhiteSpace(merged.GetProperty("summary").GetString()));
        Assert.True(merged.GetProperty("keyPoints").GetArrayLength() > 0, "the article's key points are its story's");
        Assert.All(merged.GetProperty("keyPoints").EnumerateArray(), point => Assert.Equal([1], point.GetProperty("sources").EnumerateArray().Select(s => s.GetInt32())));
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Summarize_refuses_a_loopback_address_by_default_and_sends_it_nothing()
    {
        var error = await Assert.ThrowsAsync<NoUsableInputException>(() => SummarizeAsync(new SummarizerPlugin(), _page.ToString()));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowPrivateNetworks", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _pageRequests);
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public void The_summarize_function_describes_itself_for_function_calling()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromObject(new SummarizerPlugin(), "summarizer");
        var function = kernel.Plugins["summarizer"]["summarize"];

        Assert.Contains("one news article", function.Description, StringComparison.Ordinal);
        var article = Assert.Single(function.Metadata.Parameters);
        Assert.Equal("article", article.Name);
        Assert.Equal(typeof(string), article.ParameterType);
        Assert.Contains("http(s) address", article.Description, StringComparison.Ordinal);
        Assert.Contains("JSON", function.Metadata.ReturnParameter.Description, StringComparison.Ordinal);
    }

    private async Task<string> SummarizeAsync(SummarizerPlugin plugin, string article)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddChatClient(new OpenAIClient(new ApiKeyCredential(Key), new OpenAIClientOptions { Endpoint = _model.BaseUrl })
            .GetChatClient("gpt-4o-mini")
            .AsIChatClient());
        var kernel = builder.Build();
        kernel.Plugins.AddFromObject(plugin, "summarizer");
        var result = await kernel.InvokeAsync("summarizer", "summarize", new() { ["article"] = article });
        return result.GetValue<string>()!;
    }

    private static async Task<string> AnswerAsTheStubAsync(JsonElement body)
    {
        var messages = body.GetProperty("messages").EnumerateArray()
            .Select(m => new ChatMessage(new ChatRole(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()))
            .ToList();
        using var stub = StubChatClients.Create();
        return (await stub.GetResponseAsync(messages)).Text;
    }
}
