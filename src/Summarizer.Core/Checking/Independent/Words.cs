using System.Globalization;
using System.Text;

namespace Summarizer.Checking.Independent;

/// <summary>What a scanned token is made of.</summary>
internal enum WordKind
{
    Letters,
    Digits,
    Symbol,
}

/// <summary>
/// One token of a text with its place: a run of letters (a dotted acronym such as "U.S." is one), a run of digits
/// with the separators inside it ("3,000", "52.4", "14:30"), or one symbol ($ € £ ¥ % °).
/// </summary>
/// <param name="Folded">Lower case, accents dropped (letters) or separators kept (digits).</param>
/// <param name="Glued">Written against the previous token with no space ("$240m": "m" is glued to "240").</param>
internal sealed record Word(string Text, string Folded, WordKind Kind, int Start, int End, bool Glued)
{
    public bool IsLetters => Kind == WordKind.Letters;

    public string Stem { get; } = Kind == WordKind.Letters ? Stemmer.Stem(Folded) : Folded;

    public string Skeleton { get; } = Kind == WordKind.Letters ? WordScanner.Skeleton(Folded) : Folded;

    public bool IsCapitalized => IsLetters && char.IsUpper(Text[0]);

    public bool IsAcronym => IsLetters && Text.Length >= 2 && Text.All(c => char.IsUpper(c) || c == '.');
}

/// <summary>
/// The checker's own tokenizer: it shares nothing with the attributor's, so a citation the attributor chose by its
/// token test is judged here by a different reading of the same text.
/// </summary>
internal static class WordScanner
{
    private const string Symbols = "$€£¥%°";

    public static List<Word> Scan(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var glued = i > 0 && !char.IsWhiteSpace(text[i - 1]) && words.Count > 0 && words[^1].End == i;
            if (char.IsLetter(c))
            {
                var end = LettersEnd(text, i);
                var raw = text[i..end];
                var (shown, cut) = Possessive(raw);
                words.Add(new Word(shown, Fold(shown.Replace(".", string.Empty, StringComparison.Ordinal)), WordKind.Letters, i, i + cut, glued));
                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiDigit(text[end])
                    || (text[end] is ',' or '.' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                {
                    end++;
                }

                words.Add(new Word(text[i..end], text[i..end], WordKind.Digits, i, end, glued));
                i = end;
            }
            else if (Symbols.Contains(c, StringComparison.Ordinal))
            {
                words.Add(new Word(c.ToString(), c.ToString(), WordKind.Symbol, i, i + 1, glued));
                i++;
            }
            else
            {
                i++;
            }
        }

        return words;
    }

    // Letters, inner apostrophes ("don't") and dotted single letters ("U.S.", "p.m.").
    private static int LettersEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if (c is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > start)
            {
                end++;
            }
            else if (c == '.' && end - start >= 1 && IsSingleLetterBefore(text, start, end)
                && end + 1 < text.Length && char.IsLetter(text[end + 1]) && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
            {
                end += 2; // "U.S": the dot and the next single letter
            }
            else
            {
                break;
            }
        }

        // Keep the closing dot of an acronym ("U.S.") out of the word but count it as read.
        return end;
    }

    private static bool IsSingleLetterBefore(string text, int start, int dot) =>
        dot - start == 1 || (dot - start >= 3 && text[dot - 2] == '.');

    // "Britain's" reads as "Britain"; "don't" stays whole.
    private static (string Shown, int Length) Possessive(string raw)
    {
        foreach (var ending in (string[])["'s", "’s", "s'", "s’"])
        {
            if (raw.Length > ending.Length + 1 && raw.EndsWith(ending, StringComparison.Ordinal))
            {
                var cut = ending[0] == 's' ? raw.Length - 1 : raw.Length - 2;
                return (raw[..cut], cut);
            }
        }

        return (raw, raw.Length);
    }

    /// <summary>Lower case, combining marks dropped, and the letters that do not decompose spelled out (ø, æ, ß...).</summary>
    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length + 2);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            sb.Append(Transliterate(lower) ?? lower.ToString());
        }

        return sb.ToString();
    }

    // Latin Extended-A (U+0100-U+017F) letter by letter, upper and lower case alike: the base letter of each, in code
    // point order ("ĂăĄą..." as "aaaa..."); '-' where the letter has two (Ĳ, Œ: spelled out below).
    private const string ExtendedA =
        "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "--" + "jj" + "kkk" + "llllllllll"
        + "nnnnnnnnn" + "oooooo" + "--" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s";

    // Precomposed letters survive FormD under invariant globalization, so they are spelled out here: the whole Latin
    // Extended-A block by table ("Vlădescu" is "Vladescu"), and the Latin-1 and Extended-B letters news names use.
    private static string? Transliterate(char c) =>
        c is >= '\u0100' and <= '\u017F' && ExtendedA[c - 0x100] != '-' ? ExtendedA[c - 0x100].ToString() : c switch
    {
        'ș' or 'Ș' => "s",
        'ț' or 'Ț' => "t",
        'ơ' => "o",
        'ư' => "u",
        'ø' => "o",
        'æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ĳ' or 'Ĳ' => "ij",
        'ß' => "ss",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ą' => "a",
        'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ę' or 'ě' => "e",
        'í' or 'ì' or 'î' or 'ï' or 'ī' => "i",
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ō' or 'ő' => "o",
        'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => "u",
        'ç' or 'ć' or 'č' => "c",
        'ñ' or 'ń' or 'ň' => "n",
        'š' or 'ś' or 'ş' => "s",
        'ž' or 'ź' or 'ż' => "z",
        'ý' or 'ÿ' => "y",
        'ř' => "r",
        'ğ' => "g",
        'ť' => "t",
        _ => null,
    };

    /// <summary>
    /// The spelling skeleton of a name, so transliterations meet: "Strøm"/"Stroem", "Vestergård"/"Vestergaard",
    /// "Zelensky"/"Zelenskyy"/"Zelenskiy", "Olexandr"/"Oleksandr".
    /// </summary>
    public static string Skeleton(string folded)
    {
        var s = folded.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal).Replace("iy", "y", StringComparison.Ordinal)
            .Replace("ks", "x", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
