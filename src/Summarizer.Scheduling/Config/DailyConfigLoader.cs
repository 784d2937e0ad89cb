using Summarizer.Scheduling.Schedule;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using Summarizer.Documents;
using Summarizer.Ingestion;

namespace Summarizer.Scheduling.Config;

/// <summary>Reads and validates <c>brief.yaml</c>.</summary>
public static class DailyConfigLoader
{
    /// <summary>
    /// The briefs <paramref name="path"/> names: one <c>brief.yaml</c>, or a folder of them (every <c>*.yaml</c> /
    /// <c>*.yml</c> directly in it, in name order), each brief with its own output and cron. Throws
    /// <see cref="DailyConfigException"/> for a folder with none, for every file that cannot be used (all are
    /// checked before any runs), and for two briefs writing into the same output folder.
    /// </summary>
    public static IReadOnlyList<DailyConfig> LoadAll(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            return [Load(fullPath)];
        }

        var files = Directory.EnumerateFiles(fullPath)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new DailyConfigException(fullPath, "the folder holds no brief (*.yaml or *.yml)");
        }

        var configs = new List<DailyConfig>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                configs.Add(Load(file));
            }
            catch (DailyConfigException ex)
            {
                problems.Add(ex.Message);
            }
        }

        problems.AddRange(configs
            .GroupBy(c => Path.GetFullPath(c.Output), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(c => Path.GetFileName(c.ConfigPath)))} write into the same output {g.Key}: give each brief its own"));
        return problems.Count > 0 ? throw new DailyConfigException(fullPath, problems) : configs;
    }

    /// <summary>
    /// Loads <paramref name="path"/>; throws <see cref="DailyConfigException"/> listing every problem found,
    /// each naming its YAML path.
    /// </summary>
    public static DailyConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DailyConfigException(fullPath, $"cannot read the file: {ex.Message}", ex);
        }

        return Parse(text, fullPath);
    }

    /// <summary>Validates YAML text as if it were read from <paramref name="configPath"/> (which anchors relative paths).</summary>
    public static DailyConfig Parse(string yaml, string configPath)
    {
        var fullPath = Path.GetFullPath(configPath);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new DailyConfigException(
                fullPath, $"line {ex.Start.Line}, column {ex.Start.Column}: invalid YAML: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this for some unterminated flow collections instead of a YamlException.
            throw new DailyConfigException(fullPath, "invalid YAML: the document ends inside an unclosed [ ] or { }", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new DailyConfigException(fullPath, "expected a mapping with output, window, schedule, provider and sources");
        }

        var reader = new Reader(Path.GetDirectoryName(fullPath)!);
        var config = reader.Read(root, fullPath);
        return reader.Problems.Count > 0 ? throw new DailyConfigException(fullPath, reader.Problems) : config!;
    }

    private sealed class Reader(string baseFolder)
    {
        public List<string> Problems { get; } = [];

        public DailyConfig? Read(YamlMappingNode root, string fullPath)
        {
            var map = Mapping(root, "", ["output", "window", "schedule", "provider", "sources", "allowPrivateNetworks", "maxArticleChars", "store"]);
            var output = Scalar(map, "output", "output") ?? DailyConfigDefaults.Output;
            var windowText = Scalar(map, "window", "window");
            var window = DailyConfigDefaults.Window;
            if (windowText is not null && !Durations.TryParse(windowText, out window, out var error))
            {
                Problems.Add($"window: {error}");
            }

            var maxArticleChars = ReadMaxArticleChars(map);
            var schedule = ReadSchedule(map);
            var provider = ReadProvider(map);
            var sources = ReadSources(map);
            var allowPrivateNetworks = Boolean(map, "allowPrivateNetworks");
            var store = ReadStore(map);
            if (schedule is null || Problems.Count > 0)
            {
                return null;
            }

            return new DailyConfig
            {
                ConfigPath = fullPath,
                Output = Resolve(output),
                Window = window,
                Schedule = schedule,
                Provider = provider,
                Sources = sources,
                AllowPrivateNetworks = allowPrivateNetworks,
                MaxArticleChars = maxArticleChars,
                Store = store,
            };
        }

        private Storage.StoreSetting ReadStore(Dictionary<string, YamlNode> root)
        {
            try
            {
                return Storage.StoreSetting.Parse(Scalar(root, "store", "store"));
            }
            catch (Storage.StoreException ex)
            {
                Problems.Add(ex.Message);
                return Storage.StoreSetting.Sqlite;
            }
        }

        private int? ReadMaxArticleChars(Dictionary<string, YamlNode> root)
        {
            if (Scalar(root, "maxArticleChars", "maxArticleChars") is not { } text)
            {
                return null;
            }

            if (int.TryParse(text.Replace("_", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value is >= InputReaderOptions.MinArticleChars and <= InputReaderOptions.MaxArticleCharsLimit)
            {
                return value;
            }

            Problems.Add($"maxArticleChars: '{text}' is not a whole number between {InputReaderOptions.MinArticleChars} and {InputReaderOptions.MaxArticleCharsLimit}");
            return null;
        }

        private ScheduleConfig? ReadSchedule(Dictionary<string, YamlNode> root)
        {
            if (!root.TryGetValue("schedule", out var node))
            {
                Problems.Add("schedule: required, like { cron: \"0 6 * * *\", timeZone: \"Europe/Paris\" }");
                return null;
            }

            if (node is not YamlMappingNode mapping)
            {
                Problems.Add("schedule: expected a mapping with cron and timeZone");
                return null;
            }

            var map = Mapping(mapping, "schedule.", ["cron", "timeZone"]);
            var cron = Scalar(map, "cron", "schedule.cron");
            var zoneId = Scalar(map, "timeZone", "schedule.timeZone") ?? DailyConfigDefaults.TimeZone;
            TimeZoneInfo? zone = null;
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                Problems.Add($"schedule.timeZone: unknown time zone '{zoneId}'");
            }

            if (cron is null)
            {
                if (!map.ContainsKey("cron"))
                {
                    Problems.Add("schedule.cron: required, a five-field cron expression like \"0 6 * * *\"");
                }

                return null;
            }

            try
            {
                _ = StandardCron.ToQuartz(cron);
            }
            catch (FormatException ex)
            {
                Problems.Add($"schedule.cron: {ex.Message}");
                return null;
            }

            return zone is null ? null : new ScheduleConfig(cron, zone);
        }

        private ProviderConfig ReadProvider(Dictionary<string, YamlNode> root)
        {
            var fallback = new ProviderConfig(DailyConfigDefaults.Provider, null, null);
            if (!root.TryGetValue("provider", out var node))
            {
                return fallback;
            }

            if (node is not YamlMappingNode mapping)
            {
                Problems.Add("provider: expected a mapping like { name: local }");
                return fallback;
            }

            var map = Mapping(mapping, "provider.", ["name", "model", "endpoint"]);
            var name = Scalar(map, "name", "provider.name") ?? DailyConfigDefaults.Provider;
            if (!DailyConfigDefaults.Providers.Contains(name, StringComparer.Ordinal))
            {
                Problems.Add($"provider.name: unknown provider '{name}' (use {string.Join(", ", DailyConfigDefaults.Providers)})");
            }

            var endpoint = Scalar(map, "endpoint", "provider.endpoint");
            if (endpoint is not null && !UrlNormalizer.IsWebAddress(endpoint))
            {
                Problems.Add($"provider.endpoint: '{endpoint}' is not an http(s) URL");
            }

            return new ProviderConfig(name, Scalar(map, "model", "provider.model"), endpoint);
        }

        private List<SourceConfig> ReadSources(Dictionary<string, YamlNode> root)
        {
            var sources = new List<SourceConfig>();
            if (!root.TryGetValue("sources", out var node) || node is YamlScalarNode { Value: null or "" })
            {
                Problems.Add("sources: required, a list of feed, folder or url entries");
                return sources;
            }

            if (node is not YamlSequenceNode sequence)
            {
                Problems.Add("sources: expected a list of feed, folder or url entries");
                return sources;
            }

            if (sequence.Children.Count == 0)
            {
                Problems.Add("sources: at least one source is required");
            }

            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var at = $"sources[{i}]";
                if (sequence.Children[i] is not YamlMappingNode entry)
                {
                    Problems.Add($"{at}: exactly one of feed, folder, url");
                    continue;
                }

                var before = Problems.Count;
                var map = Mapping(entry, at + ".", ["feed", "folder", "url"]);
                if (map.Count == 0 && Problems.Count > before)
                {
                    continue; // the unknown key was reported; "exactly one of" would repeat it
                }

                if (map.Count != 1)
                {
                    Problems.Add($"{at}: exactly one of feed, folder, url");
                    continue;
                }

                var (key, _) = map.First();
                var value = Scalar(map, key, $"{at}.{key}");
                if (string.IsNullOrWhiteSpace(value))
                {
                    Problems.Add($"{at}.{key}: a value is required");
                    continue;
                }

                switch (key)
                {
                    case "url" when !UrlNormalizer.IsWebAddress(value):
                        Problems.Add($"{at}.url: '{value}' is not an http(s) URL");
                        break;
                    case "url":
                        sources.Add(new SourceConfig(SourceKind.Url, value));
                        break;
                    case "feed":
                        sources.Add(new SourceConfig(SourceKind.Feed, UrlNormalizer.IsWebAddress(value) ? value : Resolve(value)));
                        break;
                    default:
                        sources.Add(new SourceConfig(SourceKind.Folder, Resolve(value)));
                        break;
                }
            }

            return sources;
        }

        // Keys of a mapping by name; unknown keys are reported rather than ignored, since a typo
        // ("timezone") would otherwise silently fall back to a default.
        private Dictionary<string, YamlNode> Mapping(YamlMappingNode node, string prefix, string[] known)
        {
            var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in node.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    var hint = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                    Problems.Add(hint is null
                        ? $"{prefix}{key}: unknown key (expected {string.Join(", ", known)})"
                        : $"{prefix}{key}: unknown key (did you mean '{hint}'?)");
                    continue;
                }

                map[key] = value;
            }

            return map;
        }

        private string? Scalar(Dictionary<string, YamlNode> map, string key, string at)
        {
            if (!map.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrEmpty(scalar.Value) ? null : scalar.Value;
            }

            Problems.Add($"{at}: expected a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }

        private bool Boolean(Dictionary<string, YamlNode> map, string key)
        {
            var value = Scalar(map, key, key);
            if (value is null)
            {
                return false;
            }

            if (bool.TryParse(value, out var flag))
            {
                return flag;
            }

            Problems.Add($"{key}: expected true or false, not '{value}'");
            return false;
        }

        private string Resolve(string path) =>
            Path.GetFullPath(Path.Combine(baseFolder, path));
    }
}
