using System.Text;

namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// Case and diacritic folding for the trust evaluation (README of fixtures/trust-cases: å→a, ø→o, æ→ae,
/// ñ→n, ...). An explicit table, so it folds the same under invariant globalization, where Unicode
/// decomposition is not available.
/// </summary>
internal static class TrustFolding
{
    private static readonly Dictionary<char, string> Table = Build();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c < 0x80)
            {
                builder.Append(c);
            }
            else if (Table.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        // Each base letter followed by the lower-case letters that fold to it (Latin-1 and Latin Extended-A).
        (string Base, string Letters)[] groups =
        [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
            ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"), ("ij", "ĳ"),
            ("'", "‘’ʼ′"), ("\"", "“”„«»″"), ("-", "‐‑‒–—−"),
        ];
        var table = new Dictionary<char, string>();
        foreach (var (folded, letters) in groups)
        {
            foreach (var letter in letters)
            {
                table[letter] = folded;
            }
        }

        return table;
    }
}
