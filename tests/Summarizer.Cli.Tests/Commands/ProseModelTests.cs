using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// A model that ignores JSON mode and always answers plain prose, served over HTTP by the fake OpenAI server:
/// the run still writes a brief (exit 0) with each source's prose as its summary, warns on stderr, checks
/// the prose like any summary, and merges offline since the prose cites no source.
/// </summary>
public sealed partial class ProseModelTests : IAsyncLifetime, IDisposable
{
    private const string Invented = "Officials counted 987 cracked cables.";
    private readonly CliRun _cli = new();
    private readonly ConcurrentDictionary<string, string> _answered = new(StringComparer.Ordinal);
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Fallback = FakeReply.Answer(body => Task.FromResult(AnswerInProse(body)));
        _cli.Environment["OPENAI_API_KEY"] = "sk-test-key-for-prose";
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    // The opening sentences of the first block in the prompt, within 50 words, whatever format was asked for;
    // source 2 also gets a sentence its article does not support.
    private string AnswerInProse(JsonElement body)
    {
        var prompt = body.GetProperty("messages").EnumerateArray().First(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
        var block = FirstBlock().Match(prompt);
        var sentences = Sentence().Matches(block.Groups["body"].Value).Select(m => m.Value.Trim()).ToList();
        var prose = sentences[0];
        foreach (var next in sentences.Skip(1))
        {
            if (Words(prose) + Words(next) > 50)
            {
                break;
            }

            prose += " " + next;
        }

        if (block.Groups["tag"].Value == "article" && block.Groups["id"].Value == "2")
        {
            prose += " " + Invented;
        }

        _answered[$"{block.Groups["tag"].Value} {block.Groups["id"].Value}"] = prose;
        return prose;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public async Task A_model_that_always_answers_prose_still_gives_a_brief_with_exit_0()
    {
        var result = await _cli.RunWithModelAsync(
            "brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "openai", "--endpoint", _server.BaseUrl.ToString(), "--model", "m1", "--no-cache");

        Assert.True(result.ExitCode == 0, result.Error);
        using var brief = JsonDocument.Parse(_cli.Read("brief-out/brief.json"));
        var root = brief.RootElement;
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(5, sources.Count);
        Assert.All(sources, s =>
        {
            Assert.Equal(_answered[$"article {s.GetProperty("id").GetInt32()}"], s.GetProperty("summary").GetString());
            Assert.Equal(0, s.GetProperty("keyPoints").GetArrayLength());
        });
        Assert.Equal(0, root.GetProperty("failures").GetArrayLength());

        // JSON mode was asked for on every call, and each step got its one repair request before the prose was used.
        Assert.All(_server.Requests, r => Assert.Equal("json_object", r.Body.GetProperty("response_format").GetProperty("type").GetString()));
        Assert.Equal(2 * (sources.Count + 1), _server.Requests.Count);

        Assert.Equal(5, Regex.Count(result.Error, @"WRN: Source \d \(.+\): the model answered step summarize in plain prose"));
        Assert.Contains("using the offline merge of the 5 article(s) instead", result.Error, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("merged").GetProperty("summary").GetString()));

        // Prose is checked like any summary (the offline merge's rejected citations are listed beside it).
        var ungrounded = Assert.Single(root.GetProperty("checks").GetProperty("ungrounded").EnumerateArray(),
            u => u.GetProperty("token").GetString()!.StartsWith("987", StringComparison.Ordinal));
        Assert.Equal([2], ungrounded.GetProperty("sources").EnumerateArray().Select(s => s.GetInt32()));
    }

    [GeneratedRegex(@"<(?<tag>article|summary)-[0-9a-f]+ id=""(?<id>\d+)""[^>]*>\n(?<body>.*?)\n</\k<tag>-", RegexOptions.Singleline)]
    private static partial Regex FirstBlock();

    [GeneratedRegex(@"[^.!?]+[.!?]+(?=\s|$)")]
    private static partial Regex Sentence();
}
