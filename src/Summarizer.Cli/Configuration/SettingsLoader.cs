using Microsoft.Extensions.Configuration;

namespace Summarizer.Cli.Configuration;

/// <summary>Reads <c>summarizer.json</c> from the working directory and the documented environment variables.</summary>
internal static class SettingsLoader
{
    public const string FileName = "summarizer.json";

    /// <exception cref="SettingsException">The file exists but cannot be read or bound.</exception>
    public static SummarizerSettings Load(CliContext context)
    {
        var fromFile = LoadFile(Path.Combine(context.WorkingDirectory, FileName));
        return fromFile.OverriddenBy(FromEnvironment(context.Environment));
    }

    public static SummarizerSettings FromEnvironment(Func<string, string?> environment) => new()
    {
        Provider = NonEmpty(environment("SUMMARIZER_PROVIDER")),
        Model = NonEmpty(environment("SUMMARIZER_MODEL")),
        Endpoint = NonEmpty(environment("SUMMARIZER_ENDPOINT")) ?? NonEmpty(environment("OPENAI_BASE_URL")),
        ApiKey = NonEmpty(environment("OPENAI_API_KEY")),
        Redis = NonEmpty(environment("SUMMARIZER_REDIS")),
    };

    /// <summary>summarizer.json as configuration (its <c>Serilog</c> section configures logging), or null without one.</summary>
    /// <exception cref="SettingsException">The file exists but cannot be read.</exception>
    public static IConfiguration? LoadFileConfiguration(CliContext context)
    {
        var path = Path.Combine(context.WorkingDirectory, FileName);
        return File.Exists(path) ? Read(path, p => new ConfigurationBuilder().AddJsonFile(p, optional: false, reloadOnChange: false).Build()) : null;
    }

    private static SummarizerSettings LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            return new SummarizerSettings();
        }

        return Read(path, p =>
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(p, optional: false, reloadOnChange: false).Build();

            // The Serilog section belongs to Serilog (see CliLogging); every other unknown key is an error.
            var settings = new ConfigurationBuilder()
                .AddInMemoryCollection(configuration.AsEnumerable().Where(kv => !IsLoggingKey(kv.Key)))
                .Build();
            return settings.Get<SummarizerSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new SummarizerSettings();
        });
    }

    private static bool IsLoggingKey(string key) =>
        key.Equals(Logging.CliLogging.SectionName, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(Logging.CliLogging.SectionName + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);

    private static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or IOException)
        {
            throw new SettingsException($"{path}: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A configuration file or setting could not be used; reported as a usage error (exit 2).</summary>
internal sealed class SettingsException(string message, Exception? inner = null) : Exception(message, inner);
