using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

public sealed class BriefCommandTests : IDisposable
{
    private static readonly string Story = RepoPaths.Fixture("story-river-bridge");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("local")]
    [InlineData("stub")]
    public async Task Story_fixture_gives_a_cited_brief(string provider)
    {
        var result = await _cli.RunAsync("brief", Story, "--provider", provider, "-q", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("different stories", result.Error, StringComparison.Ordinal);
        var json = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement;
        Assert.Equal(5, json.GetProperty("sources").GetArrayLength());
        var keyPoints = json.GetProperty("merged").GetProperty("keyPoints").EnumerateArray().ToList();
        Assert.NotEmpty(keyPoints);
        Assert.All(keyPoints, k => Assert.NotEqual(0, k.GetProperty("sources").GetArrayLength()));
        Snapshot.Match(_cli.Read("brief-out/brief.md"), name: provider + "_md");
        Snapshot.Match(_cli.Read("brief-out/brief.json"), name: provider + "_json");
    }

    [Theory]
    [InlineData("local")]
    [InlineData("stub")]
    public async Task Seeds_give_five_clean_source_summaries(string provider)
    {
        var result = await _cli.RunAsync("brief", RepoPaths.Seeds, "--provider", provider, "-q", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement;
        var summaries = json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("summary").GetString()!).ToList();
        Assert.Equal(5, summaries.Count);
        foreach (var noise in new[] { "contentReference", "oaicite", "Leave a Comment", "Leave a Reply", "Author", "At a Glance", "•", "NEWS DESK", "you can visit" })
        {
            Assert.DoesNotContain(summaries, s => s.Contains(noise, StringComparison.Ordinal));
        }

        var keyPoints = json.GetProperty("merged").GetProperty("keyPoints").EnumerateArray().ToList();
        Assert.NotEmpty(keyPoints);
        Assert.All(keyPoints, k => Assert.NotEqual(0, k.GetProperty("sources").GetArrayLength()));
        Snapshot.Match(_cli.Read("brief-out/brief.md"), name: provider);
    }

    [Theory]
    [InlineData("story")]
    [InlineData("seeds")]
    public async Task Coverage_grid_of_the_story_fixture_and_the_seeds(string input)
    {
        var result = await _cli.RunAsync("brief", input == "seeds" ? RepoPaths.Seeds : Story, "--format", "html", "-q", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        var html = _cli.Read("brief-out/brief.html");
        var start = html.IndexOf("<section class=\"coverage\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no coverage grid in brief.html");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length;
        Snapshot.Match(html[start..end], name: input);
    }

    [Fact]
    public async Task Inputs_about_several_stories_get_a_warning_and_group_writes_one_summary_per_story()
    {
        var merged = await _cli.RunAsync("brief", RepoPaths.Fixture("day"), "-q");

        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("warning: the inputs look like 7 different stories", merged.Error, StringComparison.Ordinal);

        var grouped = await _cli.RunAsync("brief", RepoPaths.Fixture("day"), "--group", "--format", "json", "-q");

        Assert.Equal(0, grouped.ExitCode);
        Assert.DoesNotContain("different stories", grouped.Error, StringComparison.Ordinal);
        var stories = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(7, stories.Count);
        Assert.Equal(16, stories.Sum(s => s.GetProperty("sources").GetArrayLength()));
    }

    [Fact]
    public async Task Two_runs_are_byte_identical_apart_from_generatedAt()
    {
        await _cli.RunAsync("brief", RepoPaths.Seeds, "-o", "one", "-q");
        _cli.Time.Advance(TimeSpan.FromHours(1));
        await _cli.RunAsync("brief", RepoPaths.Seeds, "-o", "two", "-q");

        Assert.Equal(_cli.Read("one/brief.md").Replace("07:00 UTC", "08:00 UTC", StringComparison.Ordinal), _cli.Read("two/brief.md"));
        Assert.Equal(_cli.Read("one/brief.json").Replace("T07:00:00Z", "T08:00:00Z", StringComparison.Ordinal), _cli.Read("two/brief.json"));
    }

    [Fact]
    public async Task Reads_an_article_from_stdin()
    {
        _cli.Stdin = await File.ReadAllTextAsync(Path.Combine(Story, "01-castellan-courier.txt"));

        var result = await _cli.RunAsync("brief", "-", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"path\": \"-\"", _cli.Read("brief-out/brief.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_only_the_formats_asked_for_and_prints_their_paths()
    {
        var result = await _cli.RunAsync("brief", Story, "--format", "json", "-o", "only-json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Path.Combine(_cli.WorkingDirectory, "only-json", "brief.json")], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(_cli.WorkingDirectory, "only-json", "brief.md")));
    }

    [Fact]
    public async Task Some_bad_inputs_among_good_ones_give_a_brief_and_exit_1()
    {
        var result = await _cli.RunAsync("brief", Path.Combine(Story, "02-northern-wire.md"), RepoPaths.Fixture("bad", "binary.txt"), "-q");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary content", _cli.Read("brief-out/brief.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "no such file or folder")]
    [InlineData("bad/binary.txt", "binary content")]
    [InlineData("bad/latin1.txt", "not valid UTF-8")]
    [InlineData("bad/empty.txt", "the file is empty")]
    public async Task Unusable_input_exits_3_with_one_clear_line_and_keeps_the_previous_brief(string fixture, string reason)
    {
        Directory.CreateDirectory(_cli.OutDir);
        await File.WriteAllTextAsync(Path.Combine(_cli.OutDir, "brief.md"), "previous brief");

        var result = await _cli.RunAsync("brief", RepoPaths.Fixture(fixture.Split('/')), "-q");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Equal("previous brief", _cli.Read("brief-out/brief.md"));
    }

    [Fact]
    public async Task An_empty_folder_exits_3()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "empty")).FullName;

        var result = await _cli.RunAsync("brief", empty, "-q");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("folder has no", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("brief", "x.txt", "--max-words", "0")]
    [InlineData("brief", "x.txt", "--provider", "gpt")]
    [InlineData("brief", "x.txt", "--format", "pdf")]
    [InlineData("brief", "x.txt", "--concurrency", "1000")]
    [InlineData("brief", "x.txt", "--no-such-flag")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var result = await _cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "brief", "clean", "chunks" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cancellation_exits_130_and_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var result = await _cli.RunAsync(cts.Token, "brief", Story, "-q");

        Assert.Equal(130, result.ExitCode);
        Assert.False(Directory.Exists(_cli.OutDir));
    }

    [Fact]
    public async Task Settings_come_from_file_then_environment_then_flags()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "provider": "stub", "maxWords": 40 }""");
        await _cli.RunAsync("brief", Story, "-q", "-o", "file");
        _cli.Environment["SUMMARIZER_PROVIDER"] = "local";
        await _cli.RunAsync("brief", Story, "-q", "-o", "env");
        await _cli.RunAsync("brief", Story, "-q", "-o", "flag", "--provider", "stub");

        Assert.Contains("\"provider\": \"stub\"", _cli.Read("file/brief.json"), StringComparison.Ordinal);
        Assert.Contains("\"provider\": \"local\"", _cli.Read("env/brief.json"), StringComparison.Ordinal);
        Assert.Contains("\"provider\": \"stub\"", _cli.Read("flag/brief.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_settings_file_is_a_usage_error_naming_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "maxWords": "many" }""");

        var result = await _cli.RunAsync("brief", Story);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("summarizer.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_override_that_is_not_semantic_kernel_chat_syntax_is_a_usage_error_naming_the_file()
    {
        // A literal tag in the rules, as the prompt files had it before they were rendered by Semantic Kernel.
        var folder = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "my-prompts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "summarize-source.yaml"), """
            name: summarize-source
            template: |
              <message role="system">The article comes in a block like <article-KEY id="n" ...>.</message>
              <message role="user">{{$article}}</message>
            input_variables:
              - name: article
            """);

        var result = await _cli.RunAsync("brief", Story, "--provider", "stub", "--prompts", "my-prompts");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("summarize-source.yaml", error, StringComparison.Ordinal);
        Assert.Contains("&lt;", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.OutDir));
    }

    [Fact]
    public async Task Log_file_gets_json_lines()
    {
        await _cli.RunAsync("brief", Story, "-q", "--log-file", "run.log");

        var lines = _cli.Read("run.log").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }
}
