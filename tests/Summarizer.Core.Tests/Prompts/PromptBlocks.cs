using System.Text.RegularExpressions;

namespace Summarizer.Core.Tests.Prompts;

/// <summary>A source block found in a rendered prompt: its tag, key, attributes and the text between its tags.</summary>
internal sealed record ParsedBlock(string Tag, string Key, IReadOnlyDictionary<string, string> Attributes, string Body, int Start, int End);

/// <summary>
/// Reads source blocks (<c>&lt;tag-KEY name="value"&gt;\n...\n&lt;/tag-KEY&gt;</c>) out of a rendered prompt, written
/// independently of the renderer. Each opening must have exactly one closing tag and its name occur nowhere
/// else in the text, else the parse fails: that is what "the text cannot close or fake its block" means.
/// </summary>
internal static partial class PromptBlocks
{
    public static IReadOnlyList<ParsedBlock> Parse(string text)
    {
        var blocks = new List<ParsedBlock>();
        foreach (Match open in Opening().Matches(text))
        {
            var name = $"{open.Groups["tag"].Value}-{open.Groups["key"].Value}";
            var closing = $"\n</{name}>";
            var end = text.IndexOf(closing, open.Index + open.Length, StringComparison.Ordinal);
            Assert.True(end >= 0, $"block {name} is never closed");
            Assert.Equal(1, Count(text, $"<{name}"));
            Assert.Equal(1, Count(text, $"</{name}>"));
            Assert.Equal(2, Count(text, name)); // the name appears in its own two tags and nowhere else
            var attributes = Attribute().Matches(open.Groups["attributes"].Value).ToDictionary(a => a.Groups[1].Value, a => a.Groups[2].Value);
            blocks.Add(new ParsedBlock(open.Groups["tag"].Value, open.Groups["key"].Value, attributes, text[(open.Index + open.Length)..end], open.Index, end + closing.Length));
        }

        return blocks;
    }

    private static int Count(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.OrdinalIgnoreCase).Length) / value.Length;

    [GeneratedRegex(@"<(?<tag>[a-z]+(?:-[a-z]+)*)-(?<key>[0-9a-f]{12})(?<attributes>(?: [a-z]+=""[^""<>\n]*"")*)>\n")]
    private static partial Regex Opening();

    [GeneratedRegex(@" ([a-z]+)=""([^""]*)""")]
    private static partial Regex Attribute();
}
