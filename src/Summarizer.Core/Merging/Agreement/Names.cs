using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>Proper-name rules: a small alias table and tolerance for spelling variants of long names.</summary>
internal static class Names
{
    // Each row names one entity; any form grounds any other. Kept general and short on purpose.
    private static readonly string[][] AliasGroups =
    [
        ["United States of America", "United States", "U.S.A.", "U.S.", "USA", "US", "America", "American", "Americans"],
        ["United Kingdom", "Great Britain", "Britain", "British", "U.K.", "UK"],
        ["European Union", "E.U.", "EU"],
        ["United Nations", "U.N.", "UN"],
        ["North Atlantic Treaty Organization", "NATO", "Nato"],
        ["Kyiv", "Kiev"],
    ];

    public static readonly FrozenSet<string> CommonOpeners = FrozenSet.ToFrozenSet(
        ["Officials", "Leaders", "Critics", "Residents", "Analysts", "Experts", "Authorities", "Police", "Witnesses",
         "Both", "Several", "Sources", "Talks", "Many", "Most", "Some", "Others", "Despite", "Following", "Overall",
         "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Separately", "Additionally", "Together", "Instead"],
        StringComparer.Ordinal);

    /// <summary>Alias forms, longest first, so "United States" is matched before "US".</summary>
    public static IEnumerable<(string Form, int Group)> Forms =>
        AliasGroups.SelectMany((g, i) => g.Select(f => (f, i))).OrderByDescending(x => x.f.Length).ThenBy(x => x.f, StringComparer.Ordinal);

    public static IReadOnlyList<string> Group(int group) => AliasGroups[group];

    /// <summary>Start offsets of <paramref name="form"/> in <paramref name="text"/> as a whole word (case-sensitive).</summary>
    public static IEnumerable<int> Occurrences(string text, string form)
    {
        var at = 0;
        while ((at = text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + form.Length;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) || form.EndsWith('.');
            if (before && after)
            {
                yield return at;
            }

            at = end;
        }
    }

    public static bool GroupOccursIn(int group, string text) => AliasGroups[group].Any(f => Occurrences(text, f).Any());

    /// <summary>True when the source has this word, a possessive/plural/demonym form of it, or a near spelling.</summary>
    public static bool WordGrounded(string word, SourceIndex source, int minVariantLength)
    {
        var folded = Folding.Fold(word).TrimEnd('.');
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        if (source.FoldedWords.Contains(folded) || source.Stems.Contains(Stemmer.Inflections.Stem(word)))
        {
            return true;
        }

        foreach (var w in source.FoldedWords)
        {
            if (IsVariant(folded, w, minVariantLength))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Zelensky"/"Zelenskyy", "Ukraine"/"Ukrainian": same long stem or a few edits on a long name.</summary>
    public static bool IsVariant(string a, string b, int minVariantLength)
    {
        if (Math.Max(a.Length, b.Length) < minVariantLength || Math.Min(a.Length, b.Length) < minVariantLength - 1
            || Math.Abs(a.Length - b.Length) > 3)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        // A long shared stem, or a whole short name plus a demonym ending ("Japan"/"Japanese", not "Paris"/"Parish").
        if (prefix >= 6 || (prefix >= 5 && prefix == Math.Min(a.Length, b.Length) && Math.Abs(a.Length - b.Length) >= 2))
        {
            return true;
        }

        // Transliterations differ by about one edit in four letters on long names ("Oleksandr"/"Olexandr").
        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 8 ? shorter / 4 : Math.Max(1, shorter / 6);
        return shorter >= minVariantLength && Math.Abs(a.Length - b.Length) <= 2 && EditDistance(a, b) <= allowed;
    }

    /// <summary>Levenshtein distance, for spelling variants of long names.</summary>
    public static int EditDistance(string a, string b)
    {
        // Two rows on the stack for names (this runs for many pairs of a story's names); a long text gets arrays.
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            var done = prev;
            prev = cur;
            cur = done;
        }

        return prev[b.Length];
    }
}
