using System.Collections.Frozen;

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

    // The separators of a name's words, held once rather than built on every call.
    private static readonly char[] WordSeparators = [' ', '-', '\u00a0'];

    /// <summary>The key of one name: its words' keys joined by spaces ("Zoë Marland" -> "zoe marland").</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Select(Word).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    /// <summary>The key of one word.</summary>
    /// <remarks>
    /// Built in one buffer with a single string at the end: every token of every source is keyed, so the
    /// intermediate strings of a replace-by-replace version were a large share of the story analysis' allocations.
    /// Each step below is one left-to-right, non-overlapping pass, as <see cref="string.Replace(string, string?)"/> is.
    /// </remarks>
    public static string Word(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // A table entry is at most two letters, so twice the word's length always holds the transliteration.
        Span<char> key = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        var length = 0;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (Latin.TryGetValue(c, out var plain))
            {
                plain.CopyTo(key[length..]);
                length += plain.Length;
            }
            else if (char.IsLetterOrDigit(c))
            {
                key[length++] = c;
            }
        }

        length = MergeDigraph(key[..length], 'a');
        length = MergeDigraph(key[..length], 'o');
        length = MergeDigraph(key[..length], 'u');
        key[..length].Replace('y', 'i');
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (kept == 0 || key[kept - 1] != key[i])
            {
                key[kept++] = key[i];
            }
        }

        return new string(key[..kept]);
    }

    // "ae" -> "a" (and "oe", "ue" alike) in place, left to right; the new length.
    private static int MergeDigraph(Span<char> letters, char vowel)
    {
        var written = 0;
        for (var read = 0; read < letters.Length; read++)
        {
            letters[written++] = letters[read];
            if (letters[read] == vowel && read + 1 < letters.Length && letters[read + 1] == 'e')
            {
                read++; // the 'e' merges into the vowel before it
            }
        }

        return written;
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
