using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>
/// Structural rules for the end of an article, where comment sections, press-release blurbs,
/// author bios and desk sign-offs live; they need position, so they are code, not patterns.
/// </summary>
internal static class TailRules
{
    /// <summary>Comment sections, author bios and desk sign-offs live at the end of an article.</summary>
    public static void Apply(List<Paragraph> paragraphs, List<Removal> removals)
    {
        // A comment heading in the second half opens the comment section: drop from there on.
        for (var i = paragraphs.Count / 2; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Text.Length <= 40 && NoiseRules.CommentHeading.IsMatch(paragraphs[i].Text))
            {
                RemoveFrom(paragraphs, i, NoiseRules.CommentSection, removals);
                break;
            }
        }

        for (var i = paragraphs.Count / 2; i < paragraphs.Count - 1; i++)
        {
            var about = paragraphs[i].Text.Length <= 50 ? NoiseRules.AboutHeading.Match(paragraphs[i].Text) : Match.Empty;
            if (about.Success && paragraphs[i + 1].Text.StartsWith(about.Groups[1].Value.Split(' ')[0], StringComparison.Ordinal))
            {
                RemoveFrom(paragraphs, i, NoiseRules.PressBoilerplate, removals);
                break;
            }
        }

        for (var i = paragraphs.Count / 2; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            var isHeading = text.Length <= 30 && NoiseRules.AuthorHeading.IsMatch(text);
            if (isHeading || (text.Length <= 600 && NoiseRules.BioLine.IsMatch(text) && i >= paragraphs.Count - 3))
            {
                var end = i + 1;
                while (end < paragraphs.Count && end - i <= 3 && paragraphs[end].Text.Length <= 600
                       && NoiseRules.BioLine.IsMatch(paragraphs[end].Text))
                {
                    end++;
                }

                if (isHeading && end == i + 1 && i + 1 < paragraphs.Count && i + 2 >= paragraphs.Count)
                {
                    end = paragraphs.Count;
                }

                if (!isHeading || end > i + 1 || i == paragraphs.Count - 1)
                {
                    for (var k = i; k < end; k++)
                    {
                        removals.Add(new Removal(NoiseRules.AuthorBio, paragraphs[k].Text));
                    }

                    paragraphs.RemoveRange(i, end - i);
                    break;
                }
            }
        }

        // Desk credits close wire copy, sometimes followed by a sign-off or a trust-principles link.
        for (var i = Math.Max(1, paragraphs.Count - 3); i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Text.Length <= 300 && NoiseRules.CreditLine.IsMatch(paragraphs[i].Text)
                && NoiseRules.CreditName.IsMatch(paragraphs[i].Text))
            {
                removals.Add(new Removal(NoiseRules.Credit, paragraphs[i].Text));
                paragraphs.RemoveAt(i);
                i--;
            }
        }

        while (paragraphs.Count > 1 && IsSignOff(paragraphs[^1].Text))
        {
            removals.Add(new Removal(NoiseRules.SignOff, paragraphs[^1].Text));
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    private static void RemoveFrom(List<Paragraph> paragraphs, int start, string rule, List<Removal> removals)
    {
        for (var k = start; k < paragraphs.Count; k++)
        {
            removals.Add(new Removal(rule, paragraphs[k].Text));
        }

        paragraphs.RemoveRange(start, paragraphs.Count - start);
    }

    /// <summary>"NEWS DESK", "PRESS UPDATE", "-30-", "###": a short all-caps line closing the piece.</summary>
    private static bool IsSignOff(string text)
    {
        if (text is "###" or "-30-" or "- 30 -" or "—30—" or "END")
        {
            return true;
        }

        if (text.Length is < 3 or > 40 || WordCount.Of(text) > 5 || text.EndsWith('.'))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }
}
