using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>The text noise rules: from normalized text to titled, paragraphed clean text.</summary>
internal sealed class TextCleaner(CleaningOptions options)
{
    /// <summary>
    /// Cleans <paramref name="text"/>. The first pass may detect a title; later passes run with it
    /// declared until the text stops changing, which makes the result idempotent by construction.
    /// </summary>
    /// <param name="dedupeParagraphs">False for HTML, whose markup already decided what repeats (menus, recipes).</param>
    public (string? Title, string Text) Clean(string text, string? declaredTitle, bool detectTitle, bool dedupeParagraphs, List<Removal> removals)
    {
        var title = declaredTitle is null ? null : ParagraphBuilder.CollapseSpaces(declaredTitle.Trim());
        if (title is { Length: 0 })
        {
            title = null;
        }

        var result = CleanOnce(text, ref title, detectTitle && title is null, dedupeParagraphs, removals);
        for (var pass = 0; pass < 3; pass++)
        {
            var again = CleanOnce(result, ref title, detectTitle: false, dedupeParagraphs, removals);
            if (again == result)
            {
                break;
            }

            result = again;
        }

        return (title, result);
    }

    private string CleanOnce(string text, ref string? title, bool detectTitle, bool dedupeParagraphs, List<Removal> removals)
    {
        text = TextNormalizer.Normalize(text, options, removals);
        foreach (var rule in NoiseRules.Inline)
        {
            text = RemoveInline(text, rule, removals);
        }

        var paragraphs = ParagraphBuilder.Build(text, options.JoinWrappedLines);
        var kept = new List<Paragraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var rule = MatchParagraphRule(paragraph);
            if (rule is null)
            {
                kept.Add(paragraph);
            }
            else
            {
                removals.Add(new Removal(rule, paragraph.Text));
            }
        }

        TailRules.Apply(kept, removals);

        // The title is looked for only once the noise is gone, so a second run sees the same first paragraph.
        var titleLineSeen = false;
        if (title is null && detectTitle && kept.Count >= 2 && LooksLikeHeadline(kept[0].Text))
        {
            title = kept[0].Text;
            removals.Add(new Removal(NoiseRules.Title, title));
            kept.RemoveAt(0);
            titleLineSeen = true;
        }

        RemoveRepeats(kept, title, titleLineSeen, dedupeParagraphs, removals);
        return Join(kept);
    }

    /// <summary>Removes copies of the headline and repeated long paragraphs.</summary>
    private void RemoveRepeats(List<Paragraph> paragraphs, string? title, bool titleLineSeen, bool dedupe, List<Removal> removals)
    {
        var titleKey = title is null ? null : Key(title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Paragraph>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            if (titleKey is not null && text.Length <= 300 && Key(text) == titleKey)
            {
                // A declared title repeated as the first line is the title line itself.
                removals.Add(new Removal(i == 0 && !titleLineSeen ? NoiseRules.Title : NoiseRules.DuplicateHeadline, text));
            }
            else if (dedupe && text.Length >= options.MinDuplicateParagraphLength && !seen.Add(text))
            {
                removals.Add(new Removal(NoiseRules.DuplicateParagraph, text));
            }
            else
            {
                result.Add(paragraphs[i]);
            }
        }

        paragraphs.Clear();
        paragraphs.AddRange(result);
    }

    private static string? MatchParagraphRule(Paragraph paragraph)
    {
        var text = paragraph.Text;
        foreach (var rule in NoiseRules.Paragraph)
        {
            if (text.Length <= 400 && rule.Pattern.IsMatch(text))
            {
                return rule.Name;
            }
        }

        return !paragraph.IsListItem && IsTagLine(text) ? NoiseRules.TagLine : null;
    }

    /// <summary>A lone lower-case keyword line ("ukraine"): tags, not prose; headings are capitalized.</summary>
    private static bool IsTagLine(string text)
    {
        if (text.Length is 0 or > 40 || !char.IsLower(text[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLower(c) && c != '-' && c != ',')
            {
                return false;
            }
        }

        return words <= 3;
    }

    /// <summary>Short, and not ending like a sentence: a headline rather than body text.</summary>
    internal bool LooksLikeHeadline(string text) =>
        text.Length <= 250
        && WordCount.Of(text) is > 0 and var words && words <= options.MaxTitleWords
        && text.Any(char.IsLetter)
        && !ParagraphBuilder.EndsSentence(text)
        && !text.EndsWith(',');

    /// <summary>Comparison key for titles: letters and digits only, lower case.</summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes a rule's matches; the gap left closes up to one space, or none before punctuation.</summary>
    private static string RemoveInline(string text, NoiseRule rule, List<Removal> removals)
    {
        if (!rule.Pattern.IsMatch(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (var match in rule.Pattern.EnumerateMatches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            removals.Add(new Removal(rule.Name, text.Substring(start, match.Length)));
            while (start > last && text[start - 1] == ' ')
            {
                start--;
            }

            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            builder.Append(text, last, start - last);
            var atLineStart = builder.Length == 0 || builder[^1] == '\n';
            var beforePunctuation = end >= text.Length || text[end] is '\n' or ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '”' or '’' or '"';
            if (!atLineStart && !beforePunctuation && start < match.Index + match.Length)
            {
                builder.Append(' ');
            }

            last = end;
        }

        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }

    private static string Join(List<Paragraph> paragraphs)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(paragraph.Text);
        }

        return builder.ToString();
    }
}
