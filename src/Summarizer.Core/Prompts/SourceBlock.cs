using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Prompts;

/// <summary>
/// The one place untrusted text (an article, a chunk of one, summaries written from it) is put into a
/// prompt: a block <c>&lt;tag-KEY name="value"&gt;</c> ... <c>&lt;/tag-KEY&gt;</c> whose KEY is derived from
/// its content and checked not to occur in it, so the text can never close its own block or fake the
/// real tags; a stray <c>&lt;/article&gt;</c> or <c>&lt;message role="system"&gt;</c> inside it is just text.
/// Deterministic (no randomness: the reply cache keys on the prompt). Attribute values are escaped so a
/// title cannot break the opening tag.
/// </summary>
/// <remarks>
/// Roles are safe separately: Semantic Kernel's template engine encodes every value, so a value cannot open or
/// close a message (<see cref="PromptLibrary.RenderAsync"/>). SK does not do this part: the model is sent the decoded
/// text, and only these keyed blocks tell it where the data ends.
/// </remarks>
internal static class SourceBlock
{
    // 48 bits keep tags short; uniqueness does not rest on the length but on the containment check.
    private const int KeyLength = 12;

    /// <summary>The block holding <paramref name="text"/> (trimmed), tagged <paramref name="tag"/>, with the given attributes.</summary>
    public static string Render(string tag, string text, params (string Name, string? Value)[] attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Trim();
        var opening = new StringBuilder();
        foreach (var (attribute, value) in attributes)
        {
            opening.Append(' ').Append(attribute).Append("=\"").Append(Escape(value ?? string.Empty)).Append('"');
        }

        var name = $"{tag}-{Key(tag, opening.ToString(), body)}";
        return $"<{name}{opening}>\n{body}\n</{name}>";
    }

    // Derived from everything in the block, so two blocks of one prompt differ; derived again while the
    // text happens to contain "tag-KEY" in any case (a crafted or unlucky article), which ends quickly.
    private static string Key(string tag, string attributes, string body)
    {
        var key = Hash($"{tag}\u0000{attributes}\u0000{body}");
        while (body.Contains($"{tag}-{key}", StringComparison.OrdinalIgnoreCase))
        {
            key = Hash($"{key}\u0000{body}");
        }

        return key;
    }

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..KeyLength];

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
