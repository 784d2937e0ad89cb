using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Summarizer.Checking;

/// <summary>A word of a text with its offsets.</summary>
internal readonly record struct WordToken(string Text, int Start, int End);

/// <summary>
/// The word handling the trust layer needs (tokenizing, folding, a light stemmer, stopwords). Separate from
/// <see cref="Summarizer.Text.WordTokenizer"/> on purpose: a grounding check must see "3.5", "30,000" and
/// "U.S." as one token in their original case, while the shared tokenizer splits them as ROUGE does; and
/// the light stemmer here only merges inflections, where Porter's also merges different words ("general" and
/// "generous" both become "gener") and so would lend a claim support it does not have.
/// </summary>
internal static class Words
{
    public static readonly FrozenSet<string> Stopwords = FrozenSet.ToFrozenSet(
        [
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "into", "onto", "about", "over", "under", "after", "before", "since", "until", "during", "than",
            "then", "that", "this", "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be",
            "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "not", "no", "so", "such", "if", "while", "when", "where", "which",
            "who", "whom", "whose", "what", "why", "how", "he", "she", "they", "them", "his", "her", "their", "we",
            "our", "you", "your", "i", "me", "my", "him", "us", "also", "more", "most", "some", "any", "all", "each",
            "other", "another", "both", "either", "neither", "only", "own", "same", "very", "just", "up", "down",
            "out", "off", "again", "further", "once", "said", "says", "say", "according", "per", "cent", "percent",
            "including", "among", "between", "through", "against", "across", "around", "nearly", "almost",
            "roughly", "approximately", "least", "less", "fewer", "many", "much", "several", "one", "new", "yet",
            "however", "meanwhile", "still", "already", "now", "recently", "last", "next", "because", "though",
            "although", "even", "well", "like", "via", "per", "within", "without", "whether", "toward", "towards",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "both", "this", "these", "those", "his", "her", "its", "their", "that", "we"],
        StringComparer.Ordinal);

    /// <summary>True when a sentence opens with a pronoun: out of its article the reader cannot tell who or what it means.</summary>
    public static bool StartsWithPronoun(string sentence)
    {
        var tokens = Tokenize(sentence);
        return tokens.Count > 0 && Pronouns.Contains(Fold(tokens[0].Text));
    }

    /// <summary>Words, numbers and dotted acronyms ("U.S."), with apostrophes and hyphens kept inside.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var result = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (i + 1 < text.Length && IsInner(text, i))))
            {
                i++;
            }

            // A dotted acronym keeps its final dot: "U.S." is one token.
            if (i < text.Length && text[i] == '.' && i - start >= 3 && text[i - 2] == '.')
            {
                i++;
            }

            result.Add(new WordToken(text[start..i], start, i));
        }

        return result;
    }

    // Joiners inside a word: "don't", "post-war", "U.S", "3.5"; a comma only between digits ("30,000").
    private static bool IsInner(string text, int i) => text[i] switch
    {
        '\'' or '’' or '-' or '.' => char.IsLetterOrDigit(text[i + 1]),
        ',' => char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]),
        _ => false,
    };

    /// <summary>Lower case, no diacritics, typographic apostrophes made plain.</summary>
    public static string Fold(string word)
    {
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

    /// <summary>Folded word without possessive and with a light plural/verb suffix strip.</summary>
    public static string Stem(string word)
    {
        var stem = StripSuffix(word);
        // A final "e" goes so that "rescue", "rescued" and "rescues" meet at "rescu".
        return stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static string StripSuffix(string word)
    {
        var w = Fold(word);
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.TrimEnd('\'', '.');
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && w[^3] is 's' or 'x' or 'h')
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }

    /// <summary>Stemmed words that carry meaning: no stopwords, no pure numbers, no single letters.</summary>
    public static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Tokenize(text))
        {
            var folded = Fold(t.Text);
            if (folded.Length < 2 || Stopwords.Contains(folded) || char.IsDigit(folded[0]))
            {
                continue;
            }

            set.Add(Stem(t.Text));
        }

        return set;
    }

    /// <summary>Letters and digits only, lower case, single spaces: for quote and phrase containment.</summary>
    public static string Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space && c != '\'')
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Levenshtein distance, for spelling variants of long names.</summary>
    public static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
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

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    public static double Overlap(IReadOnlySet<string> claim, IReadOnlySet<string> other) =>
        claim.Count == 0 ? 0 : (double)claim.Count(other.Contains) / claim.Count;
}
