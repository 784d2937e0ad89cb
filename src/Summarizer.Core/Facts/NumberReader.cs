using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Facts;

/// <summary>A number as written: digits ("3,000", "4.2bn") or words ("twelve", "three thousand", "a dozen").</summary>
/// <param name="Suffix">Letters glued to the digits, lowercase ("bn", "m", "pm", "year-old", "hour"); "" when none.</param>
internal readonly record struct WrittenNumber(decimal Value, int First, int Last, string Suffix, bool IsWord);

/// <summary>Reads numbers at a token position, culture-invariantly.</summary>
internal static class NumberReader
{
    /// <summary>Number words ("one" to "ninety", "dozen"), read alone or hyphenated ("thirty-five").</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scale words after a number ("4.1 million", "three thousand").</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scale letters glued to digits: "$4.2bn", "€25m", "£50k".</summary>
    public static readonly FrozenDictionary<string, decimal> GluedScales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m,
        ["tn"] = 1_000_000_000_000m,
        // The scale word glued to the digits, as headlines and tabloids write it: "£5million", "$2billion".
        ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The number starting at token <paramref name="i"/>, scale words included; false when none starts there.</summary>
    public static bool TryRead(Words words, int i, out WrittenNumber number)
    {
        number = default;
        var word = words[i];
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsDigit(word[0]))
        {
            return TryDigits(words, i, out number);
        }

        return TryWords(words, i, out number);
    }

    private static bool TryDigits(Words words, int i, out WrittenNumber number)
    {
        number = default;
        var word = words[i];
        var end = 0;
        while (end < word.Length && (char.IsDigit(word[end]) || ((word[end] is ',' or '.') && end + 1 < word.Length && char.IsDigit(word[end + 1]))))
        {
            end++;
        }

        var digits = word[..end].Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var suffix = word[end..].TrimStart('-');
        var last = i;
        if (suffix.Length == 0)
        {
            (value, last) = WithScales(words, value, i);
        }

        number = new WrittenNumber(value, i, last, suffix, IsWord: false);
        return true;
    }

    private static bool TryWords(Words words, int i, out WrittenNumber number)
    {
        number = default;
        // Most words open no number: a word that is no number word, not hyphenated and no article is passed at once (the
        // loop below would stop at it having read nothing). This runs on every token.
        if (words[i] is not ("a" or "an") && !NumberWords.ContainsKey(words[i]) && !words[i].Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var j = i;
        decimal current = 0;
        var any = false;
        var suffix = "";

        if (InName(words, i))
        {
            return false; // "Channel Nine Westland understands": a word of a name, not a count
        }

        // "a dozen", "a hundred", "a million": the article stands for one.
        if (words[j] is "a" or "an" && (words[j + 1] == "dozen" || Scales.ContainsKey(words[j + 1])))
        {
            current = 1;
            j++;
            if (words[j] == "dozen")
            {
                current = 12;
                j++;
            }

            any = true;
        }

        while (j < words.Count)
        {
            // Only a hyphenated word is split: this runs on every token.
            var parts = words[j].Contains('-', StringComparison.Ordinal) ? words[j].Split('-') : null;
            if (parts is { Length: > 1 } && parts.All(NumberWords.ContainsKey))
            {
                current += parts.Sum(p => NumberWords[p]); // "thirty-five"
            }
            else if (parts is { Length: >= 2 } && NumberWords.TryGetValue(parts[0], out var lead) && parts[1].Length > 0 && char.IsLetter(parts[1][0]))
            {
                current += lead; // "nine-hour": the number ends here and names its unit
                suffix = string.Join('-', parts.Skip(1));
                any = true;
                j++;
                break;
            }
            else if (NumberWords.TryGetValue(words[j], out var n))
            {
                current = words[j] == "dozen" && current > 0 ? current * 12 : current + n;
            }
            else if (any && words[j] == "hundred")
            {
                current *= 100;
            }
            else
            {
                break;
            }

            any = true;
            j++;
            if (words.BreakAfter(j - 1))
            {
                break;
            }

            if (words[j] == "and" && words[j - 1] == "hundred" && IsNumberWord(words[j + 1]))
            {
                j++; // "one hundred and twenty"
            }
        }

        if (!any)
        {
            return false;
        }

        var last = j - 1;
        decimal value = current;
        if (suffix.Length == 0)
        {
            (value, last) = WithScales(words, current, last);
        }

        // A lone "one" is a pronoun far more often than a figure ("one of the", "no one").
        if (last == i && words[i] == "one")
        {
            return false;
        }

        number = new WrittenNumber(value, i, last, suffix, IsWord: true);
        return true;
    }

    private static bool IsNumberWord(string word) =>
        NumberWords.ContainsKey(word) || word == "hundred" || word.Split('-').All(NumberWords.ContainsKey);

    private static (decimal Value, int Last) WithScales(Words words, decimal value, int last)
    {
        while (Scales.TryGetValue(words[last + 1], out var scale) && !words.BreakAfter(last))
        {
            value *= scale;
            last++;
        }

        return (value, last);
    }

    // A capitalised number word right after a capitalised word inside a sentence that is not set in title case
    // ("Channel Nine Westland", "the Apollo Eleven crew") is part of a name. In a title-case headline ("Fire Kills
    // Nine") every word is capitalised, so capitals there say nothing.
    private static bool InName(Words words, int i)
    {
        if (i < 2 || !words.Capitalized(i) || !words.Capitalized(i - 1) || words.BreakAfter(i - 1))
        {
            return false;
        }

        var lower = 0;
        for (var k = 1; k < words.Count; k++)
        {
            lower += char.IsLower(words.Tokens[k].Text[0]) ? 1 : 0;
        }

        return lower * 2 > words.Count - 1;
    }
}
