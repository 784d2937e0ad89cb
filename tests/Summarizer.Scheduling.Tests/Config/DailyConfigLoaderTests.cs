using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.Tests.Support;

namespace Summarizer.Scheduling.Tests.Config;

public sealed class DailyConfigLoaderTests : IDisposable
{
    private const string Valid = """
        output: ./briefs
        window: 24h
        schedule: { cron: "0 6 * * *", timeZone: "Europe/Paris" }
        provider: { name: local }
        sources:
          - feed: https://example.org/world/rss.xml
          - folder: ./inbox
          - url: https://example.org/some-article
          - feed: feeds/local.xml
        """;

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private DailyConfig Load(string yaml) => DailyConfigLoader.Load(_dir.Write("brief.yaml", yaml));

    private IReadOnlyList<string> Problems(string yaml) =>
        Assert.Throws<DailyConfigException>(() => Load(yaml)).Problems;

    [Fact]
    public void A_folder_gives_one_brief_per_yaml_file_in_name_order_and_a_file_gives_itself()
    {
        _dir.Write("briefs/world.yaml", Valid.Replace("./briefs", "./out/world", StringComparison.Ordinal));
        _dir.Write("briefs/business.yml", Valid.Replace("./briefs", "./out/business", StringComparison.Ordinal));
        _dir.Write("briefs/README.md", "not a brief");
        var folder = Path.Combine(_dir.Path, "briefs");

        var briefs = DailyConfigLoader.LoadAll(folder);
        var single = DailyConfigLoader.LoadAll(Path.Combine(folder, "world.yaml"));

        Assert.Equal(["business.yml", "world.yaml"], briefs.Select(b => Path.GetFileName(b.ConfigPath)));
        Assert.Equal([Path.Combine(folder, "out", "business"), Path.Combine(folder, "out", "world")], briefs.Select(b => Path.GetFullPath(b.Output)));
        Assert.Equal("world.yaml", Path.GetFileName(Assert.Single(single).ConfigPath));
    }

    [Fact]
    public void A_folder_with_no_brief_with_a_bad_one_or_with_two_sharing_an_output_is_refused_naming_each_problem()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        _dir.Write("mixed/a.yaml", Valid);
        _dir.Write("mixed/b.yaml", Valid);
        _dir.Write("mixed/c.yaml", "output: ./c\nsources: []");

        var empty = Assert.Throws<DailyConfigException>(() => DailyConfigLoader.LoadAll(Path.Combine(_dir.Path, "empty")));
        var mixed = Assert.Throws<DailyConfigException>(() => DailyConfigLoader.LoadAll(Path.Combine(_dir.Path, "mixed")));

        Assert.Contains("no brief", Assert.Single(empty.Problems), StringComparison.Ordinal);
        Assert.Equal(2, mixed.Problems.Count);
        Assert.Contains(mixed.Problems, p => p.Contains("c.yaml", StringComparison.Ordinal));
        Assert.Contains(mixed.Problems, p => p.StartsWith("a.yaml and b.yaml write into the same output", StringComparison.Ordinal));
    }

    [Fact]
    public void Loads_the_design_example()
    {
        var config = Load(Valid);

        Assert.Equal(Path.Combine(_dir.Path, "brief.yaml"), config.ConfigPath);
        Assert.Equal(Path.Combine(_dir.Path, "briefs"), config.Output);
        Assert.Equal(TimeSpan.FromHours(24), config.Window);
        Assert.Equal("0 6 * * *", config.Schedule.Cron);
        Assert.Equal("Europe/Paris", config.Schedule.TimeZone.Id);
        Assert.Equal(new ProviderConfig("local", null, null), config.Provider);
        Assert.Equal(
            [
                new SourceConfig(SourceKind.Feed, "https://example.org/world/rss.xml"),
                new SourceConfig(SourceKind.Folder, Path.Combine(_dir.Path, "inbox")),
                new SourceConfig(SourceKind.Url, "https://example.org/some-article"),
                new SourceConfig(SourceKind.Feed, Path.Combine(_dir.Path, "feeds", "local.xml")),
            ],
            config.Sources);
        Assert.False(config.AllowPrivateNetworks);
    }

    [Fact]
    public void AllowPrivateNetworks_true_lets_the_job_read_an_intranet()
    {
        var config = Load(Valid + "\nallowPrivateNetworks: true\n");

        Assert.True(config.AllowPrivateNetworks);
    }

    [Fact]
    public void Applies_defaults_for_optional_keys()
    {
        var config = Load("""
            schedule: { cron: "0 6 * * *" }
            sources: [ { folder: /tmp/in } ]
            """);

        Assert.Equal(Path.Combine(_dir.Path, "briefs"), config.Output);
        Assert.Equal(TimeSpan.FromHours(24), config.Window);
        Assert.Equal(TimeZoneInfo.Utc.Id, config.Schedule.TimeZone.Id);
        Assert.Equal("local", config.Provider.Name);
        Assert.Equal("/tmp/in", config.Sources[0].Location);
    }

    [Fact]
    public void Reads_an_openai_provider()
    {
        var config = Load(Valid.Replace("{ name: local }", "{ name: openai, model: gpt-4o-mini, endpoint: \"http://localhost:8080/v1\" }", StringComparison.Ordinal));
        Assert.Equal(new ProviderConfig("openai", "gpt-4o-mini", "http://localhost:8080/v1"), config.Provider);
    }

    [Theory]
    [InlineData("timeZone: \"Europe/Paris\"", "timeZone: \"Europe/Parris\"", "schedule.timeZone: unknown time zone 'Europe/Parris'")]
    [InlineData("cron: \"0 6 * * *\"", "cron: \"0 6 * *\"", "schedule.cron: expected 5 fields")]
    [InlineData("cron: \"0 6 * * *\"", "cron: \"0 25 * * *\"", "schedule.cron: hour: 25 is out of range 0-23")]
    [InlineData("window: 24h", "window: 24", "window: '24' is not a duration")]
    [InlineData("{ name: local }", "{ name: claude }", "provider.name: unknown provider 'claude' (use local, stub, openai)")]
    [InlineData("{ name: local }", "{ name: openai, endpoint: localhost }", "provider.endpoint: 'localhost' is not an http(s) URL")]
    [InlineData("- url: https://example.org/some-article", "- url: ftp://example.org/a", "sources[2].url: 'ftp://example.org/a' is not an http(s) URL")]
    [InlineData("- url: https://example.org/some-article", "- { url: https://example.org/a, folder: ./x }", "sources[2]: exactly one of feed, folder, url")]
    [InlineData("- url: https://example.org/some-article", "- page: https://example.org/a", "sources[2].page: unknown key (expected feed, folder, url)")]
    [InlineData("- url: https://example.org/some-article", "- https://example.org/a", "sources[2]: exactly one of feed, folder, url")]
    [InlineData("- folder: ./inbox", "- folder:", "sources[1].folder: a value is required")]
    [InlineData("timeZone:", "timezone:", "schedule.timezone: unknown key (did you mean 'timeZone'?)")]
    [InlineData("window: 24h", "window: [24h]", "window: expected a single value, not a list")]
    [InlineData("window: 24h", "window: 24h\nallowPrivateNetworks: sometimes", "allowPrivateNetworks: expected true or false, not 'sometimes'")]
    [InlineData("window: 24h", "window: 24h\nallowprivatenetworks: true", "allowprivatenetworks: unknown key (did you mean 'allowPrivateNetworks'?)")]
    public void Names_the_yaml_path_of_each_problem(string replace, string with, string expected)
    {
        var problems = Problems(Valid.Replace(replace, with, StringComparison.Ordinal));
        Assert.StartsWith(expected, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var ex = Assert.Throws<DailyConfigException>(() => Load("""
            window: soon
            schedule: { cron: "0 6 * * *", timeZone: Mars/Olympus }
            sources: []
            """));

        Assert.Equal(
            [
                "window: 'soon' is not a duration like 24h, 90m, 2d or 1h30m",
                "schedule.timeZone: unknown time zone 'Mars/Olympus'",
                "sources: at least one source is required",
            ],
            ex.Problems);
        Assert.Contains("3 problems", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir.Path, "brief.yaml"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_schedule_and_sources_are_reported()
    {
        Assert.Equal(
            [
                "schedule: required, like { cron: \"0 6 * * *\", timeZone: \"Europe/Paris\" }",
                "sources: required, a list of feed, folder or url entries",
            ],
            Problems("output: ./out"));
    }

    [Fact]
    public void Invalid_yaml_names_line_and_column()
    {
        var ex = Assert.Throws<DailyConfigException>(() => Load("window: 24h\nschedule: 'unterminated\n"));
        Assert.Matches("^line \\d+, column \\d+: invalid YAML", ex.Problems[0]);
    }

    [Fact]
    public void Unclosed_flow_collection_is_a_config_error()
    {
        var ex = Assert.Throws<DailyConfigException>(() => Load("schedule: { cron: \"0 6 * * *\"\nsources: [\n"));
        Assert.StartsWith("invalid YAML", ex.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_config_error()
    {
        var ex = Assert.Throws<DailyConfigException>(() => DailyConfigLoader.Load(Path.Combine(_dir.Path, "nope.yaml")));
        Assert.StartsWith("cannot read the file", ex.Problems[0], StringComparison.Ordinal);
    }
}
