using System.Collections.Frozen;
using System.Text;

namespace Summarizer.Facts;

/// <summary>
/// A spelling-blind key for names, so that transliterations and diacritics agree: Strøm/Stroem,
/// Vestergård/Vestergaard, Sæther/Saether, Kovač/Kovac, Dmitri/Dmitriy, Zelensky/Zelenskyy. Letters are
/// transliterated by table (precomposed letters do not decompose under invariant globalization), then the
/// spellings that transliteration makes ambiguous (ae/a, oe/o, ue/u, y/i, doubled letters) are merged.
/// </summary>
internal static class NameKey
{
    private static readonly FrozenDictionary<char, string> Latin = new Dictionary<char, string>
    {
        ['à'] = "a", ['á'] = "a", ['â'] = "a", ['ã'] = "a", ['ä'] = "a", ['å'] = "a", ['ā'] = "a", ['ą'] = "a", ['ă'] = "a",
        ['æ'] = "ae", ['ç'] = "c", ['č'] = "c", ['ć'] = "c", ['ď'] = "d", ['đ'] = "d", ['ð'] = "d",
        ['è'] = "e", ['é'] = "e", ['ê'] = "e", ['ë'] = "e", ['ē'] = "e", ['ę'] = "e", ['ě'] = "e",
        ['ğ'] = "g", ['ì'] = "i", ['í'] = "i", ['î'] = "i", ['ï'] = "i", ['ī'] = "i", ['ı'] = "i", ['ł'] = "l",
        ['ñ'] = "n", ['ń'] = "n", ['ň'] = "n", ['ò'] = "o", ['ó'] = "o", ['ô'] = "o", ['õ'] = "o", ['ö'] = "o",
        ['ø'] = "o", ['ō'] = "o", ['ő'] = "o", ['œ'] = "oe", ['ř'] = "r", ['ś'] = "s", ['š'] = "s", ['ş'] = "s",
        ['ș'] = "s", ['ß'] = "ss", ['ť'] = "t", ['ț'] = "t", ['ù'] = "u", ['ú'] = "u", ['û'] = "u", ['ü'] = "u",
        ['ū'] = "u", ['ů'] = "u", ['ű'] = "u", ['ý'] = "y", ['ÿ'] = "y", ['ž'] = "z", ['ź'] = "z", ['ż'] = "z",
    }.ToFrozenDictionary();

    /// <summary>The key of one name: its words' keys joined by spaces ("Zoë Marland" -> "zoe marland").</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Select(Word).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    /// <summary>The key of one word.</summary>
    public static string Word(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var latin = new StringBuilder(word.Length);
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (Latin.TryGetValue(c, out var plain))
            {
                latin.Append(plain);
            }
            else if (char.IsLetterOrDigit(c))
            {
                latin.Append(c);
            }
        }

        var merged = latin.ToString()
            .Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal).Replace('y', 'i');
        var key = new StringBuilder(merged.Length);
        foreach (var c in merged)
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// True when two name keys can name the same person or place: one's words all occur in the other ("Renwick"
    /// in "Tobias Renwick"), or, for two full names, their last words (surnames) agree and so do first words.
    /// </summary>
    public static bool SameName(string? a, string? b)
    {
        if (a is null || b is null || a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var x = a.Split(' ');
        var y = b.Split(' ');
        return x.All(y.Contains) || y.All(x.Contains);
    }
}
