using System.Collections.Frozen;
using System.Reflection;

namespace Summarizer.Prompts;

/// <summary>
/// The prompt templates, validated when loaded, rendered by name. Immutable and thread-safe.
/// The built-in prompts are embedded in the assembly; a user folder (<c>--prompts DIR</c>) may
/// override any of them file by file and add new ones.
/// </summary>
public sealed class PromptLibrary
{
    private const string ResourcePrefix = "Summarizer.Prompts.";
    private static readonly Lazy<PromptLibrary> LazyEmbedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, PromptTemplate> _prompts;

    private PromptLibrary(IEnumerable<PromptTemplate> prompts)
    {
        _prompts = prompts.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        var text = string.Join('\u0001', Names.Select(n => _prompts[n]).Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Name}\u0002{p.Template}\u0002{p.Settings.Temperature}\u0002{p.Settings.MaxTokens}")));
        Fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The prompts shipped with the tool (the <c>prompts/</c> folder of the repository).</summary>
    public static PromptLibrary Embedded => LazyEmbedded.Value;

    /// <summary>SHA-256 over every prompt's name, template and settings: it changes whenever what a model is asked changes.</summary>
    public string Fingerprint { get; }

    /// <summary>Prompt names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _prompts.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Loads <c>*.yaml</c> files from <paramref name="directory"/>; prompts it does not contain come
    /// from <see cref="Embedded"/>. With a null directory this is <see cref="Embedded"/>.
    /// </summary>
    /// <exception cref="PromptException">The folder is missing or a file in it is invalid.</exception>
    public static PromptLibrary Load(string? directory)
    {
        if (directory is null)
        {
            return Embedded;
        }

        if (!Directory.Exists(directory))
        {
            throw new PromptException($"Prompt folder '{directory}' does not exist.");
        }

        var overrides = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => PromptFileParser.Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), path))
            .ToList();
        var duplicate = overrides.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PromptFormatException($"Prompt '{duplicate.Key}' is defined twice in '{directory}' (.yaml and .yml).");
        }

        var names = overrides.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return new PromptLibrary(overrides.Concat(Embedded._prompts.Values.Where(p => !names.Contains(p.Name))));
    }

    /// <summary>Parses one prompt from YAML text (for tests and tools); <paramref name="name"/> must match its <c>name</c>.</summary>
    internal static PromptTemplate Parse(string yaml, string name) => PromptFileParser.Parse(yaml, name, "text");

    /// <exception cref="PromptNotFoundException">No prompt has that name.</exception>
    internal PromptTemplate Get(string name) =>
        _prompts.TryGetValue(name, out var prompt) ? prompt : throw new PromptNotFoundException(name, Names);

    /// <summary>
    /// Fills <c>{{$var}}</c> placeholders (spaces inside the braces allowed) in one pass, so values
    /// that themselves contain placeholders are left as written. Optional variables without a value
    /// take their declared default, or the empty string.
    /// </summary>
    /// <exception cref="PromptNotFoundException">No prompt has that name.</exception>
    /// <exception cref="PromptVariableMissingException">A required variable has no value.</exception>
    internal RenderedPrompt Render(string name, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prompt = Get(name);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in prompt.InputVariables)
        {
            if (values.TryGetValue(variable.Name, out var value) && value is not null)
            {
                resolved[variable.Name] = value;
            }
            else if (variable.IsRequired && variable.Default is null)
            {
                throw new PromptVariableMissingException(prompt.Name, variable.Name);
            }
            else
            {
                resolved[variable.Name] = variable.Default ?? string.Empty;
            }
        }

        var messages = prompt.Messages
            .Select(m => m with { Text = PromptFileParser.Placeholder().Replace(m.Text, match => resolved[match.Groups[1].Value]) })
            .ToList();
        return new RenderedPrompt(prompt.Name, messages, prompt.Settings);
    }

    private static PromptLibrary LoadEmbedded()
    {
        var assembly = typeof(PromptLibrary).Assembly;
        var prompts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => PromptFileParser.Parse(ReadResource(assembly, n), n[ResourcePrefix.Length..^".yaml".Length], "embedded:" + n[ResourcePrefix.Length..]))
            .ToList();
        var missing = PromptNames.All.Where(n => !prompts.Exists(p => p.Name == n)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptException($"Embedded prompts are missing: {string.Join(", ", missing)}. The build should embed prompts/*.yaml.");
        }

        return new PromptLibrary(prompts);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
