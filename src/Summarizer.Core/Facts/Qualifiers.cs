namespace Summarizer.Facts;

/// <summary>How a figure is hedged; it decides the figure's interval.</summary>
internal enum Qualifier
{
    None,
    About,
    AtLeast,
    MoreThan,
    LessThan,
    AtMost,
    Cap,
    Nearly,
    JustOver,
    ShortlyAfter,
    ShortlyBefore,
    After,
    Before,

    /// <summary>"by 14:20": done at that time or earlier, so the time itself is included.</summary>
    NoLaterThan,
}

/// <summary>Reads the hedge around a figure ("at least", "about", "up to", "or more") and turns it into an interval.</summary>
internal static class Qualifiers
{
    // Longest first, so "just over" wins over "over".
    private static readonly (string Phrase, Qualifier Qualifier)[] Before =
    [
        ("no more than", Qualifier.AtMost), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
        ("slightly more than", Qualifier.JustOver), ("a little over", Qualifier.JustOver), ("a little more than", Qualifier.JustOver),
        ("in excess of", Qualifier.MoreThan), ("a maximum of", Qualifier.Cap), ("is limited to", Qualifier.Cap), ("limited to", Qualifier.Cap),
        ("capped at", Qualifier.Cap), ("a limit of", Qualifier.Cap), ("limit of", Qualifier.Cap), ("a minimum of", Qualifier.AtLeast),
        ("just short of", Qualifier.Nearly), ("as many as", Qualifier.Cap), ("as much as", Qualifier.Cap),
        ("more than", Qualifier.MoreThan), ("fewer than", Qualifier.LessThan), ("less than", Qualifier.LessThan),
        ("at least", Qualifier.AtLeast), ("at most", Qualifier.AtMost), ("up to", Qualifier.Cap), ("maximum of", Qualifier.Cap),
        ("upwards of", Qualifier.MoreThan), ("just over", Qualifier.JustOver), ("just above", Qualifier.JustOver),
        ("just under", Qualifier.Nearly), ("just below", Qualifier.Nearly), ("close to", Qualifier.Nearly),
        ("shortly after", Qualifier.ShortlyAfter), ("just after", Qualifier.ShortlyAfter), ("soon after", Qualifier.ShortlyAfter),
        ("shortly before", Qualifier.ShortlyBefore), ("just before", Qualifier.ShortlyBefore), ("an estimated", Qualifier.About),
        // "a little after nine", "not long before midnight": the same hedge as "shortly", said the other ways news writes it.
        ("a little after", Qualifier.ShortlyAfter), ("a little before", Qualifier.ShortlyBefore),
        ("not long after", Qualifier.ShortlyAfter), ("not long before", Qualifier.ShortlyBefore),
        ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan), ("passed", Qualifier.MoreThan),
        ("topped", Qualifier.MoreThan), ("exceeded", Qualifier.MoreThan), ("surpassed", Qualifier.MoreThan),
        ("under", Qualifier.LessThan), ("below", Qualifier.LessThan), ("nearly", Qualifier.Nearly), ("almost", Qualifier.Nearly),
        ("about", Qualifier.About), ("around", Qualifier.About), ("roughly", Qualifier.About), ("approximately", Qualifier.About),
        ("some", Qualifier.About), ("circa", Qualifier.About), ("estimated", Qualifier.About), ("after", Qualifier.After),
        ("before", Qualifier.Before), ("by", Qualifier.NoLaterThan),
    ];

    private static readonly (string Phrase, Qualifier Qualifier)[] After =
    [
        ("or more", Qualifier.AtLeast), ("and over", Qualifier.AtLeast), ("and above", Qualifier.AtLeast), ("or over", Qualifier.AtLeast),
        ("and older", Qualifier.AtLeast), ("or older", Qualifier.AtLeast), ("or fewer", Qualifier.AtMost), ("or less", Qualifier.AtMost),
        ("and under", Qualifier.AtMost), ("or younger", Qualifier.AtMost), ("plus", Qualifier.AtLeast),
    ];

    /// <summary>The hedge just before token <paramref name="first"/>, and the index of its first word.</summary>
    public static (Qualifier Qualifier, int First) ReadBefore(Words words, int first, bool isTime)
    {
        // "around minus 14C": a sign word sits between the hedge and the figure it hedges.
        if (!isTime && words[first - 1] is "minus" or "negative" && ReadBefore(words, first - 1, isTime) is { Qualifier: not Qualifier.None } signed)
        {
            return signed;
        }

        foreach (var (phrase, qualifier) in Before)
        {
            if (!isTime && qualifier is Qualifier.After or Qualifier.Before or Qualifier.NoLaterThan or Qualifier.ShortlyAfter or Qualifier.ShortlyBefore)
            {
                continue; // "after 12 days" and "by 30 votes" are no hedge on a count
            }

            if (words.EndsAt(first - 1, phrase))
            {
                return (qualifier, first - Words.WordCount(phrase));
            }
        }

        return (Qualifier.None, first);
    }

    /// <summary>The hedge just after token <paramref name="last"/>, and the index of its last word.</summary>
    public static (Qualifier Qualifier, int Last) ReadAfter(Words words, int last)
    {
        foreach (var (phrase, qualifier) in After)
        {
            // "5%, plus a one-off payment" adds something; "60 plus" and "60-plus" hedge the figure.
            if (words.At(last + 1, phrase) && !words.BreakAfter(last) && !(phrase == "plus" && words[last + 2] is "a" or "an" or "the" or "some"))
            {
                return (qualifier, last + Words.WordCount(phrase));
            }
        }

        return (Qualifier.None, last);
    }

    /// <summary>The interval a hedged figure allows; <paramref name="isTime"/> hedges in minutes, not percent.</summary>
    public static Interval Apply(Qualifier qualifier, double value, bool isTime = false) => qualifier switch
    {
        Qualifier.About => isTime ? Interval.Between(value - AboutMinutes(value), value + AboutMinutes(value)) : Interval.Between(value * 0.95, value * 1.05),
        Qualifier.AtLeast => Interval.AtLeast(value),
        Qualifier.MoreThan => Interval.MoreThan(value),
        Qualifier.LessThan => Interval.LessThan(value),
        Qualifier.AtMost or Qualifier.Cap => Interval.AtMost(value),
        Qualifier.Nearly => isTime ? new Interval(value - 30, value, HighOpen: true) : new Interval(value * 0.9, value, HighOpen: true),
        Qualifier.JustOver => isTime ? new Interval(value, value + 45, LowOpen: true) : new Interval(value, value * 1.05, LowOpen: true),
        // "Shortly after 5.40pm" is said of a moment within the half hour: 6.25pm is another time, not a closer reading.
        Qualifier.ShortlyAfter => new Interval(value, value + 30, LowOpen: true),
        Qualifier.ShortlyBefore => new Interval(value - 30, value, HighOpen: true),
        Qualifier.After => new Interval(value, value + 180, LowOpen: true),
        Qualifier.Before => new Interval(value - 180, value, HighOpen: true),
        Qualifier.NoLaterThan => new Interval(value - 180, value),
        _ => Interval.Point(value),
    };

    // How far "about" reaches round a clock time: as far as the time's own rounding suggests. "about 5pm" is a time
    // rounded to the hour, so half an hour either way; "about 9.30" to the half or quarter hour; "about 8.20am" is
    // already given to the minute's tens and cannot stand for 7.52am.
    private static double AboutMinutes(double minutes) => (minutes % 60) switch
    {
        0 => 30,
        15 or 30 or 45 => 15,
        _ => 10,
    };
}
