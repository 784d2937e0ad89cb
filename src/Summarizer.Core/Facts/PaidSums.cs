using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// A sum paid to someone: "ordered to pay him £38,400", "will pay £150 to every tenant", "has been awarded £52,000". A
/// sum its verb gives a recipient is what that recipient gets (compensation, a payout, a refund), the aid frame, not the
/// price of a thing bought ("paid £5m for the land"). English marks the recipient by grammar: an object pronoun between
/// the verb and the sum, or "to" with a pronoun or quantifier after it; "awarded" with the sum as its own object (not
/// the value of a noun, "awarded a £2m contract") gives the sum itself.
/// </summary>
internal static class PaidSums
{
    /// <summary>The frame a sum paid to someone takes.</summary>
    public const string Frame = "aid";

    private static readonly FrozenSet<string> PayVerbs = FrozenSet.ToFrozenSet(
        ["pay", "pays", "paid", "paying"], StringComparer.Ordinal);

    // Object pronouns and the quantifiers that open a group of recipients ("to each household", "to all those affected").
    private static readonly FrozenSet<string> Recipients = FrozenSet.ToFrozenSet(
        ["him", "her", "them", "us", "me", "you", "each", "every", "all", "everyone", "everybody", "anyone", "those"], StringComparer.Ordinal);

    // Words between "awarded" and its sum that leave the sum its object: "awarded a further £2,000", "awarded about £5m".
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "further", "extra", "another", "additional", "about", "around", "nearly", "almost", "some", "just",
         "over", "more", "than", "up", "to"], StringComparer.Ordinal);

    /// <summary>
    /// True when the money <paramref name="value"/> is paid to a recipient by the pay verb at <paramref name="cue"/> (the
    /// cue that framed it, or -1) or awarded to one.
    /// </summary>
    public static bool ToRecipient(Words words, ValueSpan value, int cue)
    {
        if (value.Value.Kind != ValueKind.Money)
        {
            return false;
        }

        if (cue >= 0 && cue < value.First && PayVerbs.Contains(words[cue]))
        {
            return (cue + 2 == value.First && Recipients.Contains(words[cue + 1]))
                || (value.Last + 2 < words.Count && !words.BreakAfter(value.Last) && words[value.Last + 1] == "to" && Recipients.Contains(words[value.Last + 2]));
        }

        return cue < 0 && Awarded(words, value);
    }

    // "has been awarded £52,000", "was awarded £9,500 in damages"; not "awarded a £2m contract" (the sum values the noun).
    private static bool Awarded(Words words, ValueSpan value)
    {
        var k = value.First - 1;
        while (k > 0 && !words.BreakAfter(k) && Fillers.Contains(words[k]))
        {
            k--;
        }

        if (k < 0 || words.BreakAfter(k) || words[k] != "awarded")
        {
            return false;
        }

        var next = value.Last + 1;
        return next >= words.Count || words.BreakAfter(value.Last) || !char.IsLower(words.Tokens[next].Text[0]) || Stopwords.IsStopword(words[next]);
    }
}
