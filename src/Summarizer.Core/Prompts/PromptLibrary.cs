using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.SemanticKernel;

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

    // Rendering reads only the kernel's culture (and plugins, which templates here may not call): one empty kernel serves all.
    private readonly Kernel _kernel = new() { Culture = CultureInfo.InvariantCulture };

    private PromptLibrary(IEnumerable<PromptTemplate> prompts)
    {
        _prompts = prompts.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        var text = string.Join('\u0001', Names.Select(n => _prompts[n]).Select(p => $"{p.Name}\u0002{p.Template}\u0002{Settings(p)}"));
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
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
    /// Renders a prompt with Semantic Kernel's template engine, which fills <c>{{$var}}</c> placeholders (spaces inside
    /// the braces allowed) in one pass and encodes every value, then reads the messages: values that contain
    /// placeholders or message tags stay text where the template put them. Optional variables without a value take
    /// their declared default, or the empty string.
    /// </summary>
    /// <exception cref="PromptNotFoundException">No prompt has that name.</exception>
    /// <exception cref="PromptVariableMissingException">A required variable has no value.</exception>
    internal async Task<RenderedPrompt> RenderAsync(string name, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prompt = Get(name);

        // SK does not enforce is_required when rendering: a missing value would silently render empty.
        var arguments = new KernelArguments();
        foreach (var variable in prompt.InputVariables)
        {
            if (values.TryGetValue(variable.Name, out var value) && value is not null)
            {
                arguments[variable.Name] = ChatPromptReader.XmlSafe(value);
            }
            else if (variable.IsRequired && variable.Default is null)
            {
                throw new PromptVariableMissingException(prompt.Name, variable.Name);
            }
        }

        var rendered = await prompt.Renderer.RenderAsync(_kernel, arguments, cancellationToken);
        return new RenderedPrompt(prompt, ChatPromptReader.Read(rendered, prompt.Name, prompt.Origin));
    }

    // Settings as SK maps them, so the fingerprint changes exactly when what a model is sent changes.
    private static string Settings(PromptTemplate prompt)
    {
        var options = prompt.CreateChatOptions();
        return string.Create(CultureInfo.InvariantCulture, $"{options.Temperature}\u0002{options.MaxOutputTokens}\u0002{options.TopP}");
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
