using System.Text.Json;
using Summarizer.Chunking;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// <c>--provider openai</c> end to end against an in-process OpenAI-compatible server whose answers come
/// from the stub model, so the replies are valid and the whole connector stack is exercised over HTTP.
/// </summary>
public sealed class OpenAIProviderTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-test-very-secret-key-123";
    private readonly CliRun _cli = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Fallback = StubModelReplies.Answer();
        _cli.Environment["OPENAI_API_KEY"] = Key;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    private string[] Args(params string[] extra) =>
        ["brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "openai", "--endpoint", _server.BaseUrl.ToString(), "--model", "m1", "--cache", "cache", "-v", "--log-file", "run.log", .. extra];


    private JsonElement Usage(string outDir = "brief-out") =>
        JsonDocument.Parse(_cli.Read($"{outDir}/brief.json")).RootElement.GetProperty("usage");

    [Fact]
    public async Task An_openai_models_article_is_cut_by_its_real_token_count()
    {
        // Digit-heavy prose: the estimate sees one chunk of the default 1,500 tokens, o200k_base more than that.
        var text = string.Join(' ', Enumerable.Range(0, 150).Select(i => FormattableString.Invariant($"Gauge {4817263 + (i * 7919)} read {9352716 - (i * 10429)} at {i % 24:00}{i * 7 % 60:00}.")));
        Assert.InRange(TokenCounters.Estimating.Count(text), 1, 1500);
        Assert.True(TokenCounters.O200kBase.Count(text) > 1500);
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "gauges.txt"), "River gauges\n" + text);
        string[] Run(string model, string outDir) => ["brief", "gauges.txt", "--provider", "openai", "--endpoint", _server.BaseUrl.ToString(), "--model", model, "--no-cache", "-q", "-o", outDir];

        await _cli.RunWithModelAsync(Run("m1", "estimated"));
        var estimated = _server.Requests.Count;
        await _cli.RunWithModelAsync(Run("gpt-4o", "counted"));
        var counted = _server.Requests.Count - estimated;

        Assert.True(counted > estimated, $"gpt-4o: {counted} call(s), m1: {estimated} (map/reduce needs at least one more)");
    }

    [Fact]
    public async Task Writes_a_brief_through_the_endpoint_and_a_rerun_makes_no_calls()
    {
        var first = await _cli.RunWithModelAsync(Args("-o", "one"));

        Assert.True(first.ExitCode == 0, first.Error);
        var calls = _server.Requests.Count;
        Assert.True(calls >= 6, $"expected one call per source plus the merge, got {calls}");
        Assert.All(_server.Requests, r => Assert.Equal("m1", r.Body.GetProperty("model").GetString()));
        Assert.All(_server.Requests, r => Assert.Equal($"Bearer {Key}", r.Authorization));
        Assert.Equal(calls, Usage("one").GetProperty("modelCalls").GetInt32());

        var second = await _cli.RunWithModelAsync(Args("-o", "two"));

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(calls, _server.Requests.Count);
        Assert.Equal(0, Usage("two").GetProperty("modelCalls").GetInt32());
        Assert.Equal(calls, Usage("two").GetProperty("cacheHits").GetInt32());
        Assert.Equal(_cli.Read("one/brief.md"), _cli.Read("two/brief.md"));
    }

    [Fact]
    public async Task Survives_rate_limits_and_server_errors_before_success()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "0"), FakeReply.Status(500), FakeReply.Status(503), FakeReply.Status(429));

        var result = await _cli.RunWithModelAsync(Args("--no-cache", "--concurrency", "1"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(4, Usage().GetProperty("retries").GetInt32());
    }

    [Fact]
    public async Task A_rejected_key_ends_the_run_with_exit_4_and_never_shows_the_key()
    {
        _server.Fallback = FakeReply.Status(401, message: "Incorrect API key provided");

        var result = await _cli.RunWithModelAsync(Args("--no-cache"));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("error: model provider unusable", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.Error + result.Output + _cli.Read("run.log"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.OutDir, "brief.md")));
    }

    [Fact]
    public async Task A_hosted_endpoint_without_a_key_exits_4_before_any_call()
    {
        _cli.Environment.Remove("OPENAI_API_KEY");

        var result = await _cli.RunWithModelAsync("brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "openai", "--endpoint", "https://models.example.com/v1", "--model", "m1", "--no-cache");

        Assert.Equal(4, result.ExitCode);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_malformed_endpoint_is_a_usage_error()
    {
        var result = await _cli.RunWithModelAsync("brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "openai", "--endpoint", "not a url", "--model", "m1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--endpoint", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redis_cache_set_in_the_environment_is_used_instead_of_the_sqlite_file()
    {
        // Port 1 on loopback: nothing listens, so Redis is refused at once (no traffic leaves the machine) and the run goes on uncached.
        const string password = "redis-secret-never-logged-77";
        _cli.Environment["SUMMARIZER_REDIS"] = "127.0.0.1:1,connectTimeout=500,connectRetry=1,password=" + password;

        var result = await _cli.RunWithModelAsync(Args());

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("cache Redis 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        Assert.Contains("Response cache could not be read", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "cache")), "no SQLite file when Redis is configured");
        Assert.DoesNotContain(password, result.Error + result.Output + _cli.Read("run.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redis_setting_that_names_no_server_is_a_usage_error()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "redis": "password=only-a-password" }""");

        var result = await _cli.RunWithModelAsync(Args());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Redis:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("only-a-password", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
