using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Dir(string name) => Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, name)).FullName;

    [Fact]
    public async Task Extraction_scores_pages_against_the_ground_truth()
    {
        var dir = Dir("pages");
        const string body = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
        await File.WriteAllTextAsync(Path.Combine(dir, "a.html"), $"<html><body><nav>Home News Sport</nav><article><p>{body}</p></article><footer>Contact us</footer></body></html>");
        await File.WriteAllTextAsync(Path.Combine(dir, "ground-truth.json"), $$"""{ "a": { "articleBody": "{{body}}", "url": "https://x.example/a" } }""");

        var result = await _cli.RunAsync("eval", "extraction", dir, "--per-page");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a\t1.000\t1.000\tTrue", result.Output, StringComparison.Ordinal);
        Assert.Contains("pages 1  precision 1.0000  recall 1.0000  F1 1.0000  accuracy 1.0000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summaries_prints_rouge_per_cluster_and_the_mean()
    {
        var cluster = Dir("set/c1");
        await File.WriteAllTextAsync(Path.Combine(cluster, "1.txt"), "Floods closed the main highway on Monday.\nRescue teams evacuated two villages near the river.");
        await File.WriteAllTextAsync(Path.Combine(cluster, "2.txt"), "The main highway was closed by floods on Monday.\nOfficials said the river would peak on Wednesday.");
        await File.WriteAllTextAsync(Path.Combine(cluster, "ref1.txt"), "Floods closed the main highway on Monday and villages were evacuated.");

        var result = await _cli.RunAsync("eval", "summaries", Path.Combine(_cli.WorkingDirectory, "set"), "--max-words", "20");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"c1\t\d+\.\d\d\t", result.Output);
        Assert.Matches(@"recall x 100: ROUGE-1 \d+\.\d\d  ROUGE-2 \d+\.\d\d", result.Output);
        Assert.Matches(@"redundancy: \d of 1 \(\d+\.\d%\) state a fact twice", result.Output);
    }

    [Fact]
    public async Task Summaries_measures_redundancy_of_a_story_folder_brief()
    {
        var story = Dir("story");
        await File.WriteAllTextAsync(Path.Combine(story, "a.txt"), "Floods closed the main highway near Arlen on Monday after two days of rain.\n\nRescue teams evacuated two villages near the river on Monday night.");
        await File.WriteAllTextAsync(Path.Combine(story, "b.txt"), "The main highway near Arlen was closed by floods on Monday after heavy rain.\n\nOfficials said the river would peak on Wednesday morning.");

        var result = await _cli.RunAsync("eval", "summaries", story);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"story\t\d+\t0", result.Output);
        Assert.Contains("redundancy: 0 of 1 (0.0%)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_ground_truth_exits_3()
    {
        var result = await _cli.RunAsync("eval", "extraction", Dir("nothing"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("ground-truth.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_scores_each_test_feed_by_its_expect_line_per_folder()
    {
        var dir = Dir("corpus/wellformed/rss");
        await File.WriteAllTextAsync(Path.Combine(dir, "title.xml"), "<!--\nDescription: item title\nExpect:      not bozo and entries[0]['title'] == u'Bridge opens'\n-->\n<rss><channel><item><title>Bridge opens</title></item></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(dir, "wrong.xml"), "<!--\nExpect:      feed['title'] == 'Expected'\n-->\n<rss><channel><title>Other</title></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(dir, "bozo.xml"), "<!--\nExpect:      bozo\n-->\n<rss></rss");

        var result = await _cli.RunAsync("eval", "feeds", Path.Combine(_cli.WorkingDirectory, "corpus"), "--failures");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("failed\twellformed/rss/wrong.xml\tfeed['title'] == 'Expected'\tfeed title \"Other\", no entries", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"wellformed/rss\s+1\s+1\s+0\s+0\s+1", result.Output);
        Assert.Contains("current formats (all but Atom 0.3, RSS 0.90, CDF and sanitising): 1 of 2 pass (50.0%); all: 1 of 2; crashes: 0", result.Output, StringComparison.Ordinal);
    }
}
