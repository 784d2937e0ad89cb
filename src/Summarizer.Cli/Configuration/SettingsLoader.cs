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
    };

    private static SummarizerSettings LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            return new SummarizerSettings();
        }

        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
            return configuration.Get<SummarizerSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new SummarizerSettings();
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
