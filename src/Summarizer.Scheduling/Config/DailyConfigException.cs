namespace Summarizer.Scheduling.Config;

/// <summary>
/// <c>brief.yaml</c> could not be used. <see cref="Problems"/> holds one message per problem, each
/// starting with the YAML path it is about (<c>sources[2]: exactly one of feed, folder, url</c>).
/// </summary>
public sealed class DailyConfigException : Exception
{
    public DailyConfigException(string configPath, IReadOnlyList<string> problems)
        : base(Format(configPath, problems))
    {
        ConfigPath = configPath;
        Problems = problems;
    }

    public DailyConfigException(string configPath, string problem, Exception? inner = null)
        : base(Format(configPath, [problem]), inner)
    {
        ConfigPath = configPath;
        Problems = [problem];
    }

    public string ConfigPath { get; }

    public IReadOnlyList<string> Problems { get; }

    private static string Format(string path, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"{path}: {problems[0]}"
            : $"{path}: {problems.Count} problems:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems);
}
