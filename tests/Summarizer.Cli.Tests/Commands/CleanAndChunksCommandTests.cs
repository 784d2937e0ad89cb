using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

public sealed class CleanAndChunksCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Seed(int index) => Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).ElementAt(index);

    [Fact]
    public async Task Clean_prints_the_cleaned_text_without_noise()
    {
        var result = await _cli.RunAsync("clean", Seed(3));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("contentReference", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("Paris talks focus on ceasefire planning and deterrence\n\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_explain_lists_each_removal_with_its_rule()
    {
        var result = await _cli.RunAsync("clean", Seed(4), "--explain");

        Assert.Equal(0, result.ExitCode);
        var explanation = result.Output[result.Output.IndexOf("--- ", StringComparison.Ordinal)..];
        Assert.Matches(@"--- \d+ removal\(s\) ---", explanation);
        Assert.Contains("Leave a Comment", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_of_a_missing_file_exits_3()
    {
        var result = await _cli.RunAsync("clean", "nope.txt");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunks_for_an_openai_model_fit_by_its_real_token_count()
    {
        var result = await _cli.RunAsync("chunks", Seed(4), "--max-tokens", "120", "--model", "gpt-4o");

        Assert.Equal(0, result.ExitCode);
        var o200k = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForModel("gpt-4o");
        var chunks = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.Equal(o200k.CountTokens(c.GetProperty("text").GetString()!), c.GetProperty("tokens").GetInt32()));
        Assert.All(chunks, c => Assert.InRange(c.GetProperty("tokens").GetInt32(), 1, 120));
    }

    [Fact]
    public async Task Chunks_prints_json_lines_within_the_token_limit()
    {
        var result = await _cli.RunAsync("chunks", Seed(4), "--max-tokens", "120", "--overlap", "1");

        Assert.Equal(0, result.ExitCode);
        var chunks = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.InRange(c.GetProperty("tokens").GetInt32(), 1, 120));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.GetProperty("index").GetInt32()));
    }

    [Fact]
    public async Task Chunks_rejects_an_out_of_range_limit()
    {
        var result = await _cli.RunAsync("chunks", Seed(0), "--max-tokens", "3");

        Assert.Equal(2, result.ExitCode);
    }
}
