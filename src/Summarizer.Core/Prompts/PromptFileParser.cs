using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Summarizer.Prompts;

/// <summary>
/// Reads one prompt file into Semantic Kernel's <see cref="PromptTemplateConfig"/> and checks it before anything renders it.
/// </summary>
/// <remarks>
/// Microsoft.SemanticKernel.Yaml is not served here, so YAML goes through YamlDotNet to JSON and then
/// <see cref="PromptTemplateConfig.FromJson"/> (typed straight into the config, YamlDotNet fails on execution_settings).
/// SK then owns the shape, the defaults and the rendering. What SK does not check, and a prompt override must not
/// get wrong silently, stays here: the name matches the file, every <c>{{$var}}</c> is declared (SK adds an undeclared
/// one and renders it empty), no function calls (our kernel has none), well-formed message blocks (on bad XML SK sends
/// the whole prompt as one user message), readable settings (SK's ToChatOptions drops a value it cannot read), and no
/// <c>allow_dangerously_set_content</c> (it would let article text add messages).
/// </remarks>
internal static partial class PromptFileParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
    private static readonly ISerializer Json = new SerializerBuilder().JsonCompatible().Build();
    private static readonly KernelPromptTemplateFactory Factory = new();

    public static PromptTemplate Parse(string yaml, string expectedName, string origin)
    {
        var config = ToConfig(yaml, origin);
        var name = config.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new PromptFormatException($"Prompt file {origin} has no 'name'.");
        }

        if (!string.Equals(name, expectedName, StringComparison.Ordinal))
        {
            throw new PromptFormatException($"Prompt file {origin} is named '{name}' but its file name says '{expectedName}'.");
        }

        if (string.IsNullOrWhiteSpace(config.Template))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}) has an empty 'template'.");
        }

        if (config.AllowDangerouslySetContent || config.InputVariables.Exists(v => v.AllowDangerouslySetContent))
        {
            throw new PromptFormatException(
                $"Prompt '{name}' ({origin}) sets allow_dangerously_set_content; variable values must stay encoded so article text cannot add messages.");
        }

        CheckVariables(name, origin, config);
        ChatPromptReader.CheckTemplate(name, origin, Placeholder().Replace(config.Template, string.Empty));
        CheckSettings(name, origin, config);
        if (!Factory.TryCreate(config, out var template))
        {
            throw new PromptFormatException(
                $"Prompt '{name}' ({origin}) has template_format '{config.TemplateFormat}'; only '{PromptTemplateConfig.SemanticKernelTemplateFormat}' is supported.");
        }

        return new PromptTemplate(config, origin, template);
    }

    /// <summary>Placeholders in a template: <c>{{$name}}</c>, spaces allowed inside the braces.</summary>
    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();

    private static PromptTemplateConfig ToConfig(string yaml, string origin)
    {
        try
        {
            var document = Yaml.Deserialize<object?>(yaml) ?? throw new PromptFormatException($"Prompt file {origin} is empty.");
            if (document is not IDictionary<object, object?>)
            {
                throw new PromptFormatException($"Prompt file {origin} is not a YAML mapping of prompt fields.");
            }

            return PromptTemplateConfig.FromJson(Json.Serialize(document));
        }
        catch (YamlException e)
        {
            throw new PromptFormatException($"Prompt file {origin} is not valid YAML: {e.Message}", e);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new PromptFormatException($"Prompt file {origin} is not in Semantic Kernel's prompt shape: {e.Message}", e);
        }
    }

    private static void CheckVariables(string name, string origin, PromptTemplateConfig config)
    {
        if (config.InputVariables.Exists(v => string.IsNullOrWhiteSpace(v.Name)))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}) has an input variable without a name.");
        }

        var duplicate = config.InputVariables.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}) declares input variable '{duplicate.Key}' twice.");
        }

        foreach (Match block in AnyBlock().Matches(config.Template))
        {
            var placeholder = Placeholder().Match(block.Value);
            if (!placeholder.Success || placeholder.Length != block.Length)
            {
                throw new PromptFormatException(
                    $"Prompt '{name}' ({origin}) has '{block.Value}'; only variables like {{{{$name}}}} are supported (no functions).");
            }

            var variable = placeholder.Groups[1].Value;
            if (!config.InputVariables.Exists(v => string.Equals(v.Name, variable, StringComparison.Ordinal)))
            {
                throw new PromptFormatException($"Prompt '{name}' ({origin}) uses {{{{${variable}}}}} but does not declare it in input_variables.");
            }
        }
    }

    // SK keeps execution settings as untyped extension data and its ToChatOptions skips a value it cannot read.
    private static void CheckSettings(string name, string origin, PromptTemplateConfig config)
    {
        if (config.DefaultExecutionSettings?.ExtensionData is not { } settings)
        {
            return;
        }

        if (settings.TryGetValue("temperature", out var t) && t is not null
            && !(double.TryParse(Scalar(t), NumberStyles.Float, CultureInfo.InvariantCulture, out var temperature) && temperature is >= 0 and <= 2))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}): execution_settings.default.temperature '{Scalar(t)}' must be a number from 0 to 2.");
        }

        if (settings.TryGetValue("max_tokens", out var m) && m is not null
            && !(int.TryParse(Scalar(m), NumberStyles.Integer, CultureInfo.InvariantCulture, out var maxTokens) && maxTokens > 0))
        {
            throw new PromptFormatException($"Prompt '{name}' ({origin}): execution_settings.default.max_tokens '{Scalar(m)}' must be a positive integer.");
        }
    }

    private static string Scalar(object value) => value is JsonElement { ValueKind: JsonValueKind.String } s
        ? s.GetString() ?? string.Empty
        : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
