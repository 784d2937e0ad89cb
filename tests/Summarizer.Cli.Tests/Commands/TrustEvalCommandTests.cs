using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary><c>eval trust</c> over the tiny hand-made cases of tests/trust-cases (never the fixtures' holdout).</summary>
public sealed class TrustEvalCommandTests : IDisposable
{
    private static readonly string Cases = Path.Combine(RepoPaths.Root, "tests", "trust-cases");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Runs_the_brief_per_case_and_reports_the_sets_apart()
    {
        var result = await _cli.RunAsync("eval", "trust", Cases, "--out", "kept", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("trust evaluation, provider local", result.Output, StringComparison.Ordinal);
        Assert.Contains("\ndev: 1 case(s)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nholdout: 1 case(s)\n", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n01-port-wenna +\d+/2 ", result.Output);
        Assert.Contains("dev total (1 case(s))", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, "kept", "01-port-wenna", "brief.json")));
        Assert.True(File.Exists(Path.Combine(_cli.WorkingDirectory, "kept", "02-mill-strike", "brief.md")));
    }

    [Fact]
    public async Task Set_and_case_select_and_json_is_machine_readable()
    {
        var result = await _cli.RunAsync("eval", "trust", Cases, "--set", "dev", "--case", "01-port-wenna", "--json", "-q");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var set = Assert.Single(json.RootElement.GetProperty("sets").EnumerateArray());
        Assert.Equal("dev", set.GetProperty("set").GetString());
        Assert.Equal("01-port-wenna", Assert.Single(set.GetProperty("cases").EnumerateArray()).GetProperty("case").GetString());
        Assert.Equal(2, set.GetProperty("total").GetProperty("disagreements").GetProperty("of").GetInt32());
        Assert.Empty(Directory.GetDirectories(_cli.WorkingDirectory));
    }

    [Fact]
    public async Task The_model_path_runs_through_the_same_composition()
    {
        var result = await _cli.RunAsync("eval", "trust", Cases, "--set", "holdout", "--provider", "stub", "--no-cache", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("trust evaluation, provider stub", result.Output, StringComparison.Ordinal);
        Assert.Contains("02-mill-strike", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--set", "train")]
    [InlineData("--case", "99-nothing")]
    [InlineData("--provider", "nope")]
    public async Task Bad_arguments_exit_2(string flag, string value)
    {
        var result = await _cli.RunAsync("eval", "trust", Cases, flag, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_key_exits_2_naming_case_file_and_entry()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "cases", "01-port-wenna")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Cases, "01-port-wenna")))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        var key = (await File.ReadAllTextAsync(Path.Combine(Cases, "01-port-wenna.key.yaml"))).Replace("\"would rebuild\"", "\"would not rebuild\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "cases", "01-port-wenna.key.yaml"), key);

        var result = await _cli.RunAsync("eval", "trust", "cases");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: 01-port-wenna.key.yaml: entry s2: says c.txt: \"would not rebuild\" does not occur in the file.", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Check_keys_validates_every_key_without_running_a_brief()
    {
        var result = await _cli.RunAsync("eval", "trust", Cases, "--check-keys", "--out", "kept", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 key(s) valid (1 dev, 1 holdout); no brief was run.", result.Output.Trim());
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "kept")));
    }

    // Each way a key can break is reported with the key file and the entry that breaks it, and no count of valid keys.
    [Theory]
    [InlineData("verbatim")]
    [InlineData("file")]
    public async Task Check_keys_on_a_broken_key_exits_2_naming_key_and_entry(string breakage)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "cases", "02-mill-strike")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Cases, "02-mill-strike")))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        var key = await File.ReadAllTextAsync(Path.Combine(Cases, "02-mill-strike.key.yaml"));
        var (broken, entry, problem) = breakage == "verbatim" ? BreakFirstSaysString(key) : NameAMissingFile(key);
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "cases", "02-mill-strike.key.yaml"), broken);

        var result = await _cli.RunAsync("eval", "trust", "cases", "--check-keys");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: 02-mill-strike.key.yaml: entry {entry}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    // The first verbatim evidence string of the key gets a word that is in no article; the entry is the one that holds it.
    private static (string Key, string Entry, string Problem) BreakFirstSaysString(string key)
    {
        var at = key.IndexOf("says:", StringComparison.Ordinal);
        var quote = key.IndexOf('"', at);
        return (key.Insert(quote + 1, "zzqx "), EntryBefore(key, at), "does not occur in the file");
    }

    // The first evidence string of the key is credited to a file the case does not have.
    private static (string Key, string Entry, string Problem) NameAMissingFile(string key)
    {
        var at = key.IndexOf("says:", StringComparison.Ordinal);
        var file = key.IndexOf(".txt:", at, StringComparison.Ordinal);
        var start = key.LastIndexOf(' ', file) + 1;
        return (key[..start] + "zz-missing" + key[file..], EntryBefore(key, at), "zz-missing.txt, which is not among the case's articles");
    }

    private static string EntryBefore(string key, int at)
    {
        var id = key.LastIndexOf("- id: ", at, StringComparison.Ordinal) + "- id: ".Length;
        return key[id..key.IndexOf('\n', id)].Trim();
    }

    [Fact]
    public async Task A_folder_without_keys_exits_2()
    {
        Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "empty"));

        var result = await _cli.RunAsync("eval", "trust", "empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("answer keys", result.Error, StringComparison.Ordinal);
    }
}
