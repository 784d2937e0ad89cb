using System.Text;

namespace Summarizer.Cleaning;

/// <summary>
/// Turns normalized lines into paragraphs: strips quote markers and bullet glyphs, keeps each
/// list item, heading and table row on its own, and re-joins hard-wrapped lines.
/// </summary>
internal static class ParagraphBuilder
{
    private const string BulletGlyphs = "•–-*·▪●◦‣—";

    public static List<Paragraph> Build(string text, bool joinWrapped)
    {
        var paragraphs = new List<Paragraph>();
        var block = new List<(string Text, bool IsListItem)>();
        foreach (var rawLine in text.Split('\n'))
        {
            var (line, isListItem) = StripMarkers(rawLine);
            if (line.Length == 0)
            {
                Flush(block, paragraphs, joinWrapped);
                continue;
            }

            block.Add((CollapseSpaces(line), isListItem));
        }

        Flush(block, paragraphs, joinWrapped);
        return paragraphs;
    }

    /// <summary>Removes "&gt; " quote markers and leading bullet glyphs (nested lists stack them); reports whether it was a list item.</summary>
    internal static (string Line, bool IsListItem) StripMarkers(string line)
    {
        var span = line.AsSpan().Trim();
        var isListItem = false;
        // Quote markers and bullets nest in either order ("> - item", "- > quote"): strip until neither is left.
        while (true)
        {
            if (span.Length > 0 && span[0] == '>')
            {
                span = span[1..].TrimStart();
            }
            else if (span.Length >= 2 && BulletGlyphs.Contains(span[0], StringComparison.Ordinal) && char.IsWhiteSpace(span[1]))
            {
                span = span[1..].TrimStart();
                isListItem = true;
            }
            else
            {
                break;
            }
        }

        return (span.ToString(), isListItem);
    }

    internal static string CollapseSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var previousSpace = false;
        foreach (var c in line)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Flush(List<(string Text, bool IsListItem)> block, List<Paragraph> paragraphs, bool joinWrapped)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (joinWrapped && LooksHardWrapped(block))
        {
            var joined = new StringBuilder(block[0].Text);
            for (var i = 1; i < block.Count; i++)
            {
                Append(joined, block[i].Text);
            }

            paragraphs.Add(new Paragraph(joined.ToString(), block[0].IsListItem));
            block.Clear();
            return;
        }

        var current = new StringBuilder(block[0].Text);
        var currentIsList = block[0].IsListItem;
        for (var i = 1; i < block.Count; i++)
        {
            var (line, isList) = block[i];
            if (joinWrapped && !isList && ContinuesPrevious(current, line))
            {
                Append(current, line);
                continue;
            }

            paragraphs.Add(new Paragraph(current.ToString(), currentIsList));
            current.Clear().Append(line);
            currentIsList = isList;
        }

        paragraphs.Add(new Paragraph(current.ToString(), currentIsList));
        block.Clear();
    }

    /// <summary>
    /// A block is hard-wrapped when its lines (but the last) have similar, moderate widths and
    /// most breaks fall inside sentences; table rows and one-line paragraphs fail one of these.
    /// </summary>
    private static bool LooksHardWrapped(List<(string Text, bool IsListItem)> block)
    {
        if (block.Count < 2 || block.Exists(l => l.IsListItem))
        {
            return false;
        }

        var max = block.Max(l => l.Text.Length);
        if (max is < 30 or > 110)
        {
            return false;
        }

        var midSentenceBreaks = 0;
        for (var i = 0; i < block.Count - 1; i++)
        {
            if (block[i].Text.Length < max * 0.6)
            {
                return false;
            }

            var next = block[i + 1].Text;
            if (char.IsLower(next[0]) || char.IsDigit(next[0]) || !EndsSentence(block[i].Text))
            {
                midSentenceBreaks++;
            }
        }

        return midSentenceBreaks * 2 >= block.Count - 1 && block.Skip(1).Any(l => char.IsLower(l.Text[0]));
    }

    /// <summary>A line that starts in lower case after a line that stopped mid-sentence continues it.</summary>
    private static bool ContinuesPrevious(StringBuilder previous, string line) =>
        previous.Length >= 30
        && char.IsLower(line[0])
        && (char.IsLetter(previous[^1]) || previous[^1] is ',' or '-');

    private static void Append(StringBuilder paragraph, string line)
    {
        // "exam-" + "ple" is end-of-line hyphenation; "well-" + "Known" keeps its hyphen.
        if (paragraph.Length >= 2 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2]) && char.IsLower(line[0]))
        {
            paragraph.Length--;
            paragraph.Append(line);
            return;
        }

        paragraph.Append(' ').Append(line);
    }

    internal static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd("\"'”’)]*");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';' or '…';
    }
}
