using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Summarizer.Prompts;

/// <summary>Reads one prompt file in Semantic Kernel's YAML shape and checks it before anything renders it.</summary>
internal static partial class PromptFileParser
{
    public const string TemplateFormat = "semantic-kernel";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties() // SK files may carry output_variable, allow_dangerously_set_content, ...
        .Build();

    public static PromptTemplate Parse(string yaml, string expectedName, string origin)
    {
        PromptFile file;
        try
        {
            file = Yaml.Deserialize<PromptFile?>(yaml) ?? throw new PromptFormatException($"Prompt file {origin} is empty.");
        }
        catch (YamlException e)
        {
            throw new PromptFormatException($"Prompt file {origin} is not valid YAML: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(file.Name))
        {
            throw new PromptFormatException($"Prompt file {origin} has no 'name'.");
        }

        if (!string.Equals(file.Name, expectedName, StringComparison.Ordinal))
        {
            throw new PromptFormatException($"Prompt file {origin} is named '{file.Name}' but its file name says '{expectedName}'.");
        }

        if (string.IsNullOrWhiteSpace(file.Template))
        {
            throw new PromptFormatException($"Prompt '{file.Name}' ({origin}) has an empty 'template'.");
        }

        if (file.TemplateFormat is not null && !string.Equals(file.TemplateFormat, TemplateFormat, StringComparison.Ordinal))
        {
            throw new PromptFormatException(
                $"Prompt '{file.Name}' ({origin}) has template_format '{file.TemplateFormat}'; only '{TemplateFormat}' is supported.");
        }

        var variables = (file.InputVariables ?? []).Select(v => ToVariable(v, file.Name, origin)).ToList();
        var duplicate = variables.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PromptFormatException($"Prompt '{file.Name}' ({origin}) declares input variable '{duplicate.Key}' twice.");
        }

        CheckPlaceholders(file.Name, origin, file.Template, variables);
        return new PromptTemplate(
            file.Name,
            file.Description,
            file.Template,
            origin,
            variables,
            ToSettings(file, origin),
            SplitMessages(file.Name, origin, file.Template));
    }

    /// <summary>Placeholders in a template: <c>{{$name}}</c>, spaces allowed inside the braces.</summary>
    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    public static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"<message\s+role=""(system|user|assistant)""\s*>(.*?)</message>", RegexOptions.Singleline)]
    private static partial Regex MessageBlock();

    private static void CheckPlaceholders(string name, string origin, string template, List<PromptInputVariable> variables)
    {
        foreach (Match block in AnyBlock().Matches(template))
        {
            var placeholder = Placeholder().Match(block.Value);
            if (!placeholder.Success || placeholder.Length != block.Length)
            {
                throw new PromptFormatException(
                    $"Prompt '{name}' ({origin}) has '{block.Value}'; only variables like {{{{$name}}}} are supported (no functions).");
            }

            var variable = placeholder.Groups[1].Value;
            if (!variables.Exists(v => string.Equals(v.Name, variable, StringComparison.Ordinal)))
            {
                throw new PromptFormatException($"Prompt '{name}' ({origin}) uses {{{{${variable}}}}} but does not declare it in input_variables.");
            }
        }
    }

    // Semantic Kernel's chat syntax: <message role="...">...</message> blocks; a template without
    // them is one user message. Splitting before rendering means article text can never add roles.
    private static List<PromptMessage> SplitMessages(string name, string origin, string template)
    {
        var matches = MessageBlock().Matches(template);
        if (matches.Count == 0)
        {
            return [new PromptMessage("user", template.Trim())];
        }

        var outside = MessageBlock().Replace(template, string.Empty);
        if (!string.IsNullOrWhiteSpace(outside))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}) has text outside its <message> blocks: '{outside.Trim()}'.");
        }

        return [.. matches.Select(m => new PromptMessage(m.Groups[1].Value, m.Groups[2].Value.Trim()))];
    }

    private static PromptInputVariable ToVariable(InputVariableEntry entry, string name, string origin)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}) has an input variable without a name.");
        }

        return new PromptInputVariable(entry.Name, entry.Description, entry.IsRequired ?? true, entry.Default);
    }

    private static PromptExecutionSettings ToSettings(PromptFile file, string origin)
    {
        if (file.ExecutionSettings is null || !file.ExecutionSettings.TryGetValue("default", out var settings) || settings is null)
        {
            return PromptExecutionSettings.None;
        }

        float? temperature = null;
        int? maxTokens = null;
        if (settings.TryGetValue("temperature", out var tv) && Convert.ToString(tv, CultureInfo.InvariantCulture) is { } t)
        {
            temperature = float.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 2
                ? value
                : throw new PromptFormatException($"Prompt '{file.Name}' ({origin}): execution_settings.default.temperature '{t}' must be a number from 0 to 2.");
        }

        if (settings.TryGetValue("max_tokens", out var mv) && Convert.ToString(mv, CultureInfo.InvariantCulture) is { } m)
        {
            maxTokens = int.TryParse(m, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new PromptFormatException($"Prompt '{file.Name}' ({origin}): execution_settings.default.max_tokens '{m}' must be a positive integer.");
        }

        return new PromptExecutionSettings(temperature, maxTokens);
    }

    private sealed class PromptFile
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? Template { get; set; }

        public string? TemplateFormat { get; set; }

        public List<InputVariableEntry>? InputVariables { get; set; }

        public Dictionary<string, Dictionary<string, object?>?>? ExecutionSettings { get; set; }
    }

    private sealed class InputVariableEntry
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public bool? IsRequired { get; set; }

        public string? Default { get; set; }
    }
}
