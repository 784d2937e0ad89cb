using System.Text;
using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>One article's text is capped (maxArticleChars): from the flag, summarizer.json or brief.yaml.</summary>
public sealed class ArticleSizeCapTests : IDisposable
{
    private readonly CliRun _cli = new();

    public ArticleSizeCapTests()
    {
        var text = new StringBuilder("Harbour reopens after repairs\n\n");
        for (var i = 1; text.Length < 20_000; i++)
        {
            text.Append($"Paragraph {i}: the east quay of Brackenford reopened on Monday after {i + 2} weeks of repairs, the port authority said.\n\n");
        }

        Text = text.ToString();
        File.WriteAllText(Path.Combine(_cli.WorkingDirectory, "long.txt"), Text);
    }

    private string Text { get; }

    public void Dispose() => _cli.Dispose();

    private int WordsRead() =>
        JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement.GetProperty("sources")[0].GetProperty("words").GetInt32();

    [Fact]
    public async Task The_flag_cuts_a_longer_article_with_one_warning_naming_it_and_the_sizes()
    {
        var result = await _cli.RunAsync("brief", "long.txt", "--max-article-chars", "5000", "-q");

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"WRN: long.txt is {Text.Length} characters, over the 5000-character limit (maxArticleChars): cut at a paragraph break, keeping ", warning, StringComparison.Ordinal);
        Assert.InRange(WordsRead(), 300, 900);
    }

    [Fact]
    public async Task Under_the_default_cap_the_article_is_read_whole()
    {
        var result = await _cli.RunAsync("brief", "long.txt", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal(Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length, WordsRead());
    }

    [Fact]
    public async Task Summarizer_json_sets_the_cap()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "maxArticleChars": 5000 }""");

        var result = await _cli.RunAsync("brief", "long.txt", "-q");

        Assert.Contains("over the 5000-character limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_yaml_sets_the_cap_for_the_daily_job()
    {
        var config = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox"));
        File.Move(Path.Combine(_cli.WorkingDirectory, "long.txt"), Path.Combine(_cli.WorkingDirectory, "inbox", "long.txt"));
        await File.WriteAllTextAsync(config, "maxArticleChars: 5000\nschedule: { cron: \"0 6 * * *\" }\nsources:\n  - folder: ./inbox\n");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("long.txt is 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("over the 5000-character limit", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flag", "10", "--max-article-chars must be between 1000 and 100000000 (got 10)")]
    [InlineData("flag", "lots", "'lots'")]
    [InlineData("flag", "200000000", "--max-article-chars must be between 1000 and 100000000")]
    [InlineData("json", "10", "MaxArticleChars must be between 1000 and 100000000")]
    [InlineData("json", "\"lots\"", "Failed to convert configuration value 'lots' at 'MaxArticleChars'")]
    [InlineData("yaml", "10", "maxArticleChars: '10' is not a whole number between 1000 and 100000000")]
    [InlineData("yaml", "lots", "maxArticleChars: 'lots' is not a whole number")]
    public async Task An_invalid_cap_is_a_usage_error(string where, string value, string message)
    {
        CliResult result;
        if (where == "yaml")
        {
            var config = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
            await File.WriteAllTextAsync(config, $"maxArticleChars: {value}\nschedule: {{ cron: \"0 6 * * *\" }}\nsources:\n  - folder: ./inbox\n");
            result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");
        }
        else
        {
            if (where == "json")
            {
                await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), $$"""{ "maxArticleChars": {{value}} }""");
            }

            result = await _cli.RunAsync(where == "flag" ? ["brief", "long.txt", "--max-article-chars", value] : ["brief", "long.txt"]);
        }

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.OutDir));
    }
}
