namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// Number words as figures: "twelve" -> 12, "twenty-five" -> 25, "three thousand" -> 3000, "a dozen" -> 12,
/// "two hundred and fifty" -> 250. A lone "one" stays a word (it is far more often a pronoun than a figure), except as
/// a side of a split, where the README's "N-M" is written out: "eight votes to one", "one vote to six", "seven to one".
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    public static List<TrustToken> Resolve(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = Read(tokens, i, out var value);
            if (end == i && IsSplitSide(result, tokens, i))
            {
                (end, value) = (i + 1, 1);
            }

            if (end > i)
            {
                result.Add(new TrustToken(TrustNormaliser.Canonical(value), TrustTokenKind.Number, AfterBreak: tokens[i].AfterBreak));
                i = end - 1;
            }
            else
            {
                result.Add(tokens[i]);
            }
        }

        return result;
    }

    // A lone "one" on either side of a split: after "N to" / "N votes to", or before "vote(s) to N".
    private static bool IsSplitSide(List<TrustToken> read, List<TrustToken> tokens, int i)
    {
        if (!TrustNormaliser.IsWord(tokens, i, "one") || tokens[i].AfterBreak)
        {
            return false;
        }

        var n = read.Count;
        var afterFigure = n >= 2 && TrustNormaliser.IsWord(read, n - 1, "to")
            && (read[n - 2].Kind == TrustTokenKind.Number
                || (n >= 3 && TrustNormaliser.IsWord(read, n - 2, "votes", "vote") && read[n - 3].Kind == TrustTokenKind.Number));
        var beforeFigure = TrustNormaliser.IsWord(tokens, i + 1, "vote", "votes") && TrustNormaliser.IsWord(tokens, i + 2, "to")
            && i + 3 < tokens.Count && (tokens[i + 3].Kind == TrustTokenKind.Number || IsUnit(tokens, i + 3));
        return afterFigure || beforeFigure;
    }

    private static bool IsUnit(List<TrustToken> tokens, int i) => TrustNormaliser.IsWord(tokens, i, [.. Units.Keys]);

    private static bool IsMultiplier(List<TrustToken> tokens, int i) => TrustNormaliser.IsWord(tokens, i, [.. Multipliers.Keys]);

    // The index after the number that starts at i, or i when none does.
    private static int Read(List<TrustToken> tokens, int i, out long value)
    {
        value = 0;
        var start = i;
        long total = 0, current = 0;
        if (TrustNormaliser.IsWord(tokens, i, "a") && IsMultiplier(tokens, i + 1))
        {
            current = 1;
            i++;
        }
        else if (TrustNormaliser.IsWord(tokens, i, "one") && !IsMultiplier(tokens, i + 1))
        {
            return start;
        }
        else if (!IsUnit(tokens, i))
        {
            return start;
        }

        for (; i < tokens.Count; i++)
        {
            if (i > start && tokens[i].AfterBreak)
            {
                break; // "lost three. Twenty-seven of his cattle": two figures
            }

            var word = tokens[i].Kind == TrustTokenKind.Word ? tokens[i].Text : string.Empty;
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
            }
            else if (word == "hundred" || word == "dozen")
            {
                current = Math.Max(current, 1) * Multipliers[word];
            }
            else if (Multipliers.TryGetValue(word, out var scale))
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
            else if (word == "and" && i > start && IsMultiplier(tokens, i - 1) && IsUnit(tokens, i + 1))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        value = total + current;
        return i;
    }
}
