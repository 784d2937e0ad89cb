using System.Globalization;
using System.Text;

namespace Summarizer.Text;

/// <summary>Case- and accent-blind forms of words and texts, for comparisons that should not care how a word was typed.</summary>
internal static class Folding
{
    /// <summary>
    /// Lower case, combining marks dropped, typographic apostrophes made plain. A precomposed letter ("é") stays:
    /// with invariant globalization <see cref="string.Normalize(NormalizationForm)"/> does not decompose it. Folding
    /// it (a table, measured 2026-11-29) made "Hélène" meet "Helene" and so raised the content overlap of sentences
    /// that share only a name: three of the five attributions it changed over the trust cases became wrong.
    /// </summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (System.Text.Ascii.IsValid(word))
        {
            // Plain ASCII has no marks to drop and no curly apostrophes: only the case changes (and most words are
            // already lower case, returned as they are). Every token of every source passes here.
            return word.AsSpan().ContainsAnyInRange('A', 'Z') ? word.ToLowerInvariant() : word;
        }

        var decomposed = word.Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Letters and digits only, folded, single spaces (apostrophes dropped): for quote and phrase containment.</summary>
    public static string Flatten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Plain ASCII folds one character at a time (as Fold would the whole), so no folded copy of the text is made.
        var ascii = System.Text.Ascii.IsValid(text);
        var folded = ascii ? text : Fold(text);
        var sb = new StringBuilder(folded.Length);
        var space = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(ascii ? char.ToLowerInvariant(c) : c);
                space = false;
            }
            else if (!space && c != '\'')
            {
                sb.Append(' ');
                space = true;
            }
        }

        if (space && sb.Length > 0)
        {
            sb.Length--; // the one space a trailing run of other characters left
        }

        return sb.ToString();
    }
}
