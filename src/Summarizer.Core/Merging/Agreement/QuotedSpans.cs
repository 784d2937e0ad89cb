using System.Collections.Frozen;
using System.Text;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The quoted spans of a claim, however short ("heartbreaking", 'a betrayal'): straight or curly, double or single
/// quotes. A straight single quote counts only where it cannot be an apostrophe (after a space or bracket, and
/// closed before a non-letter), so "Quist's lawyers" holds no quote.
/// </summary>
internal static class QuotedSpans
{
    /// <summary>Inner spans (start, end) of the quotes in <paramref name="text"/>, empty ones left out.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            var close = Closer(text, i);
            if (close is null)
            {
                continue;
            }

            var end = FindClose(text, i + 1, close.Value);
            if (end < 0)
            {
                continue;
            }

            if (Folding.Flatten(text[(i + 1)..end]).Length > 0)
            {
                spans.Add((i + 1, end));
            }

            i = end;
        }

        return spans;
    }

    /// <summary>The quotes' words, flattened for containment (case, accents, punctuation and spacing ignored).</summary>
    public static List<string> Flattened(string text) =>
        [.. Find(text).Select(s => Flatten(text[s.Start..s.End])).Where(f => f.Length > 0)];

    /// <summary>
    /// <see cref="Folding.Flatten"/> with precomposed Latin letters reduced to their base letters as well
    /// ("Sæther" = "saether", "Ça" = "ca"): a quote is the same words however its accents were typed.
    /// </summary>
    public static string Flatten(string text)
    {
        var flat = Folding.Flatten(text);
        var sb = new StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            sb.Append(c < 'à' ? c.ToString() : BaseLetters.GetValueOrDefault(c, c.ToString()));
        }

        return sb.ToString();
    }

    private static readonly FrozenDictionary<char, string> BaseLetters = BuildBaseLetters();

    private static FrozenDictionary<char, string> BuildBaseLetters()
    {
        var map = new Dictionary<char, string>();
        foreach (var (letters, plain) in new[]
        {
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
            ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"), ("ð", "d"),
        })
        {
            foreach (var c in letters)
            {
                map[c] = plain;
            }
        }

        return map.ToFrozenDictionary();
    }

    // The closing mark an opening mark at i calls for, or null when i opens no quote.
    private static char? Closer(string text, int i) => text[i] switch
    {
        '“' => '”',
        '"' => '"',
        '‘' => '’',
        '\'' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => '\'',
        _ => null,
    };

    private static int FindClose(string text, int from, char close)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            var closes = close switch
            {
                '"' => c is '"' or '”',
                '”' => c is '”' or '"',
                // A single closing mark followed by a letter is an apostrophe ("the union’s", "don't").
                _ => (c == close || (close == '’' && c == '\'') || (close == '\'' && c == '’'))
                    && (j + 1 >= text.Length || !char.IsLetter(text[j + 1])),
            };
            if (closes)
            {
                return j;
            }
        }

        return -1;
    }
}
