using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Stub;
using Summarizer.Ingestion;
using Summarizer.TestSupport;

namespace Summarizer.SemanticKernel.Tests;

/// <summary>
/// The README's "Using the pipeline from your application" code, run as written against the fake OpenAI endpoint
/// (127.0.0.1; the stub model answers), and the README checked to show that code verbatim.
/// </summary>
public sealed partial class ReadmeSampleTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-readme-sample-key";
    private readonly string _out = Path.Combine(Path.GetTempPath(), "summarizer-readme-" + Guid.NewGuid().ToString("N"));
    private FakeOpenAIServer _server = null!;

    private static string Story => RepoPaths.Fixture("story-river-bridge");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_out);
        _server = await FakeOpenAIServer.StartAsync();
        _server.Fallback = FakeReply.Answer(AnswerAsTheStubAsync);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task The_plain_dotnet_sample_writes_a_cited_brief_through_the_model_endpoint()
    {
        using var chat = ReadmeSamples.Model(_server.BaseUrl, Key);

        var brief = await ReadmeSamples.PipelineAsync(chat, Story, _out, NullLogger<InputReader>.Instance, CancellationToken.None);

        Assert.Equal(5, brief.Sources.Count);
        Assert.Empty(brief.Failures);
        Assert.False(string.IsNullOrWhiteSpace(brief.Merged?.Summary));
        Assert.Contains("[1]", await File.ReadAllTextAsync(Path.Combine(_out, "brief.md")), StringComparison.Ordinal);
        Assert.True(_server.Requests.Count > brief.Sources.Count, $"{_server.Requests.Count} model calls");
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
    }

    [Fact]
    public async Task The_semantic_kernel_sample_runs_the_plugin_and_the_pipeline_on_the_kernels_model()
    {
        var texts = Directory.GetFiles(Story).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        var (chat, json) = await ReadmeSamples.SemanticKernelAsync(_server.BaseUrl, Key, texts, CancellationToken.None);

        using var brief = JsonDocument.Parse(json);
        Assert.Equal(texts.Length, brief.RootElement.GetProperty("sources").GetArrayLength());
        Assert.Equal("semantic-kernel", brief.RootElement.GetProperty("provider").GetString());
        Assert.Equal("gpt-4o-mini", brief.RootElement.GetProperty("model").GetString());
        Assert.False(string.IsNullOrWhiteSpace(brief.RootElement.GetProperty("merged").GetProperty("summary").GetString()));
        Assert.Equal(0, brief.RootElement.GetProperty("failures").GetArrayLength());
        var pluginCalls = _server.Requests.Count;
        Assert.True(pluginCalls > texts.Length, $"{pluginCalls} model calls");

        var fromKernel = await ReadmeSamples.PipelineAsync(chat, Story, _out, NullLogger<InputReader>.Instance, CancellationToken.None);

        Assert.Empty(fromKernel.Failures);
        Assert.True(_server.Requests.Count > pluginCalls, "the pipeline built on the kernel's chat client called the kernel's model");
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
    }

    [Fact]
    public void The_readme_shows_the_samples_exactly_as_they_are_compiled()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Summarizer.SemanticKernel.Tests", "ReadmeSamples.cs")).ReplaceLineEndings("\n");

        var snippets = Snippet().Matches(source).ToDictionary(m => m.Groups["name"].Value, m => Dedent(m.Groups["body"].Value));

        Assert.Equal(["model", "pipeline", "semantic-kernel"], snippets.Keys);
        foreach (var (name, code) in snippets)
        {
            Assert.True(readme.Contains(code, StringComparison.Ordinal), $"README.md does not show snippet '{name}' as ReadmeSamples.cs has it:\n{code}");
        }
    }

    private static string Dedent(string body)
    {
        var lines = body.TrimEnd('\n', ' ').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }

    [GeneratedRegex(@"^[ ]*// begin-snippet: (?<name>[a-z-]+)\n(?<body>.*?)^[ ]*// end-snippet$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Snippet();

    private static async Task<string> AnswerAsTheStubAsync(JsonElement body)
    {
        var messages = body.GetProperty("messages").EnumerateArray()
            .Select(m => new ChatMessage(new ChatRole(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()))
            .ToList();
        using var stub = StubChatClients.Create();
        return (await stub.GetResponseAsync(messages)).Text;
    }
}
