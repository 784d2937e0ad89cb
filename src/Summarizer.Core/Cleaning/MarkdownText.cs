using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>Reduces Markdown to plain text lines the text rules understand; headings stay as their own lines.</summary>
internal static class MarkdownText
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private static readonly Regex Image = new(@"!\[[^\]\n]{0,500}\]\([^)\n]{0,1000}\)", Options);
    private static readonly Regex Link = new(@"\[([^\]\n]{1,500})\]\([^)\n]{0,1000}\)", Options);
    private static readonly Regex Strong = new(@"\*\*([^*\n]{1,1000})\*\*|__([^_\n]{1,1000})__", Options);
    private static readonly Regex Code = new(@"`([^`\n]{1,1000})`", Options);
    private static readonly Regex Heading = new(@"^#{1,6} +", Options);
    private static readonly Regex Rule = new(@"^ {0,3}([-*_] ?){3,}$", Options);
    private static readonly Regex TableSeparator = new(@"^\|? ?:?-{2,}:? ?(\| ?:?-{2,}:? ?){0,50}\|?$", Options);

    public static string ToPlainText(string markdown, List<Removal> removals)
    {
        var builder = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                removals.Add(new Removal(NoiseRules.MarkdownSyntax, line));
                continue;
            }

            if (!inFence)
            {
                line = Convert(line, removals);
            }

            if (line.Length > 0 || builder.Length > 0)
            {
                builder.Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Convert(string line, List<Removal> removals)
    {
        if (Rule.IsMatch(line) || TableSeparator.IsMatch(line.Trim()))
        {
            removals.Add(new Removal(NoiseRules.MarkdownSyntax, line));
            return string.Empty;
        }

        line = Heading.Replace(line, string.Empty);
        line = Image.Replace(line, m =>
        {
            removals.Add(new Removal(NoiseRules.MarkdownSyntax, m.Value));
            return string.Empty;
        });
        line = Link.Replace(line, m => m.Groups[1].Value);
        line = Strong.Replace(line, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        line = Code.Replace(line, m => m.Groups[1].Value);
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|') && trimmed.EndsWith('|') && trimmed.Length > 1)
        {
            // A table row becomes one line of its cells, as flattened tables are elsewhere.
            line = string.Join(' ', trimmed[1..^1].Split('|').Select(c => c.Trim()).Where(c => c.Length > 0));
        }

        return line;
    }
}
