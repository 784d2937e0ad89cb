using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Reads counts, money, percentages, durations, ages, quantities, magnitudes and vote splits from a sentence,
/// with the hedge around each figure as its interval. Dates and times of day are read first by their own readers;
/// the tokens they took are skipped here.
/// </summary>
internal static class FigureReader
{
    public static List<ValueSpan> Read(Words words, bool[] used)
    {
        var found = new List<ValueSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var span = ElapsedAt(words, i) ?? VoteAt(words, i) ?? DecadeOfLife(words, i) ?? PointFractions.At(words, i) ?? OneUnitAt(words, i) ?? FigureAt(words, i);
            if (span is null)
            {
                continue;
            }

            if (span.Value.Kind == ValueKind.Count && found.Count > 0 && found[^1].Value.Kind == ValueKind.Age
                && found[^1].Last + 2 == span.First && words[span.First - 1] is "and" or "or")
            {
                span = span with { Value = span.Value with { Kind = ValueKind.Age, Unit = "years" } }; // "aged 34 and 38"
            }

            found.Add(span);
            for (var k = span.First; k <= span.Last; k++)
            {
                used[k] = true;
            }

            i = span.Last;
        }

        return found;
    }

    /// <summary>
    /// True when token <paramref name="i"/> opens a time written with its seconds ("2:07:41"): how long something took (a
    /// race, a flight), not a clock time, which news writes to the minute.
    /// </summary>
    public static bool IsElapsed(Words words, int i) =>
        words[i] is { Length: > 0 and <= 2 } h && h.All(char.IsDigit) && words.Gap(i) == ":" && TwoDigits(words[i + 1])
        && words.Gap(i + 1) == ":" && TwoDigits(words[i + 2]);

    private static bool TwoDigits(string word) => word.Length == 2 && word.All(char.IsDigit);

    // "won in 2:07:41": hours, minutes and seconds, a duration.
    private static ValueSpan? ElapsedAt(Words words, int i)
    {
        if (!IsElapsed(words, i))
        {
            return null;
        }

        var seconds = (int.Parse(words[i], System.Globalization.CultureInfo.InvariantCulture) * 3600)
            + (int.Parse(words[i + 1], System.Globalization.CultureInfo.InvariantCulture) * 60)
            + int.Parse(words[i + 2], System.Globalization.CultureInfo.InvariantCulture);
        return new ValueSpan(new FactValue(ValueKind.Duration, Interval.Point(seconds), "s") { Stated = seconds }, i, i + 2,
            words.Tokens[i].Start, words.Tokens[i + 2].End, i);
    }

    // "a swing of 11.5 points", "a lead of four points in the polls": a swing or a lead between shares of a vote is in
    // percentage points, however the outlet shortens it.
    private static bool SwingPoints(Words words, int first, int last) =>
        words[last + 1] is "points" or "point" && Enumerable.Range(first - 3, 3).Any(k => words[k] is "swing" or "swings");

    // "voted 6-1", "a 5-2 vote", "by 31 votes to 18", "by six votes to one".
    private static ValueSpan? VoteAt(Words words, int i)
    {
        // A side may carry thousands separators ("3,412-2,876"): a ballot of a town, not of a committee.
        var parts = words[i] is { Length: > 2 } w && char.IsDigit(w[0]) && w.Contains('-', StringComparison.Ordinal)
            ? w.Split('-').Select(p => p.Replace(",", "", StringComparison.Ordinal)).ToArray() : null;
        if (parts is { Length: 2 } && parts.All(p => p.Length is > 0 and <= 5 && p.All(char.IsDigit)) && NearVote(words, i))
        {
            return VoteTallies.Vote(words, i, i, double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (NumberReader.TryRead(words, i, out var yes) || (words[i] == "one" && words[i + 1] is "vote" or "votes"))
        {
            var forVotes = words[i] == "one" ? 1m : yes.Value;
            var next = words[i] == "one" ? i + 1 : yes.Last + 1;
            // "by a vote of seven to one", "voted nine to four", "the vote was close, at 29 to 26", "by a majority verdict
            // of 11 to 1": the split written with "to", after the vote is named. (A figure that runs "from" one value
            // "to" another is a change; one followed by its unit, "30 to 40 seats", is a range.)
            if (words[next] == "to" && (words.EndsAt(i - 1, "vote of") || words[i - 1] == "voted" || VoteNamedBefore(words, i) || VoteTallies.NamedBySentence(words, i, next + 1)))
            {
                if (words[next + 1] == "one")
                {
                    return VoteTallies.Vote(words, i, next + 1, (double)forVotes, 1);
                }

                if (NumberReader.TryRead(words, next + 1, out var wordsAgainst) && wordsAgainst.Last == next + 1 && !UnitAfterSplit(words[next + 2]))
                {
                    return VoteTallies.Vote(words, i, next + 1, (double)forVotes, (double)wordsAgainst.Value);
                }
            }

            if (words[next] is "votes" or "vote" && words[next + 1] == "to")
            {
                var againstAt = next + 2;
                decimal against;
                int last;
                if (words[againstAt] == "one")
                {
                    (against, last) = (1m, againstAt);
                }
                else if (NumberReader.TryRead(words, againstAt, out var no))
                {
                    (against, last) = (no.Value, no.Last);
                }
                else
                {
                    return null;
                }

                return VoteTallies.Vote(words, i, last, (double)forVotes, (double)against);
            }

            return words[i] == "one" ? null : VoteTallies.ForAndAgainst(words, i, yes);
        }

        return null;
    }

    private static readonly Dictionary<string, int> Decades = new(StringComparer.Ordinal)
    {
        ["teens"] = 10, ["twenties"] = 20, ["thirties"] = 30, ["forties"] = 40, ["fifties"] = 50, ["sixties"] = 60,
        ["seventies"] = 70, ["eighties"] = 80, ["nineties"] = 90,
    };

    // "in his fifties", "in her early thirties", "in their late teens": an age given as a span of years; the early,
    // middle or late part of a decade narrows it.
    private static ValueSpan? DecadeOfLife(Words words, int i)
    {
        if (words[i] != "in" || words[i + 1] is not ("his" or "her" or "their"))
        {
            return null;
        }

        var k = i + 2;
        var part = words[k] is "early" or "mid" or "late" ? words[k++] : "";
        var word = words[k];
        if (part.Length == 0 && word.StartsWith("mid-", StringComparison.Ordinal))
        {
            (part, word) = ("mid", word[4..]);
        }

        if (!Decades.TryGetValue(word, out var decade))
        {
            return null;
        }

        var low = decade == 10 ? 13 : decade;
        var (from, to) = part switch
        {
            "early" => (low, decade + 3),
            "mid" => (decade + 3, decade + 6),
            "late" => (decade + 6, decade + 9),
            _ => (low, decade + 9),
        };
        return new ValueSpan(new FactValue(ValueKind.Age, Interval.Between(from, to), "years"), i, k, words.Tokens[i].Start, words.Tokens[k].End, k);
    }

    // "closed for a fortnight", "held for more than an hour", "fenced off for up to a week", "kept waiting for an hour
    // and a half", "for half an hour": a span of one unit is written with the article, not a figure, and is as much a
    // duration as "two weeks" or "90 minutes", so the two can agree or conflict. Read only where the words before it say
    // the span is how long something lasts ("for", "lasted", "took", "spent", "within", through a hedge): elsewhere "a day"
    // is a rate ("£30,000 a day", "40 lorries a day") or a noun of its own ("a day of waiting", "a week's notice"), and "a
    // second" is an ordinal ("for a second time").
    private static ValueSpan? OneUnitAt(Words words, int i)
    {
        var half = words[i] == "half" && words[i + 1] is "a" or "an";
        var article = half ? i + 1 : i;
        if (words[article] is not ("a" or "an") || !Units.TryDuration(words[article + 1], out var seconds) || words[article + 1].EndsWith('s')
            || words[article + 1] == "second" || words.BreakAfter(article))
        {
            return null;
        }

        var last = article + 1;
        var value = half ? seconds / 2 : seconds;
        if (!half && words.At(last + 1, "and a half") && !words.BreakAfter(last))
        {
            value *= 1.5;
            last += 3;
        }

        if (words.After(last) is '\'' or '’' or '-' || words[last + 1] == "of" || ComparesSpans(words, last))
        {
            return null;
        }

        var (before, first) = Qualifiers.ReadBefore(words, i, isTime: false);
        if (!SpanAnchors.Contains(words[first - 1]) || words.BreakAfter(first - 1))
        {
            return null;
        }

        if (before == Qualifier.None && words[first - 1] == "within")
        {
            (before, first) = (Qualifier.Cap, first - 1);
        }

        var range = Qualifiers.Apply(before, value);
        return new ValueSpan(new FactValue(ValueKind.Duration, range, "s", before == Qualifier.Cap) { Stated = value }, first, last,
            words.Tokens[first].Start, words.Tokens[last].End, i);
    }

    // "journeys could take up to 30 minutes longer", "an hour shorter than planned": the difference between two spans,
    // not how long anything lasts, so it neither agrees nor conflicts with another outlet's length of an act.
    private static bool ComparesSpans(Words words, int last) => !words.BreakAfter(last) && words[last + 1] is "longer" or "shorter";

    // Words that make a span after them how long something lasts or took. Narrower than Lasting, which also lets a
    // figure's span follow "in", "after" or "of": with the article those say when ("in a week", "after a day") or name
    // a thing ("a day of waiting"), not a length.
    private static readonly HashSet<string> SpanAnchors = new(StringComparer.Ordinal)
    {
        "for", "within", "last", "lasted", "lasting", "lasts", "took", "take", "takes", "taking", "spent", "spend", "spends",
    };

    // A split is a vote's when a vote word is near, or a body's decision is "by" it ("backed the drug by 9-4"), or it
    // follows a motion's passing or a body's decision with no vote word at all ("the budget went through 31-24", "the
    // board backed the plan 7-2"): a game is won or lost by its score, never passed or carried.
    private static bool NearVote(Words words, int i) =>
        Enumerable.Range(i - 3, 7).Any(k => k != i && VoteTallies.VoteWord(words[k]))
        || VoteTallies.SplitNamedBySentence(words, i)
        || (words[i - 1] == "by" && Enumerable.Range(i - 5, 4).Any(k => VoteTallies.Decision(words[k])))
        || (words[i - 1] is "through" && words[i - 2] is "went" or "go" or "goes" or "scraped" or "squeezed" or "sailed" or "got" or "voted")
        || Enumerable.Range(i - 3, 3).Any(k => VoteTallies.Decision(words[k]) || words[k] is "passed" or "carried" or "adopted");

    // A vote named in the five words before a split told with "to", and no word there that makes the two figures the ends
    // of a change or a range ("the vote share rose from 31 to 35").
    private static bool VoteNamedBefore(Words words, int i)
    {
        var before = Enumerable.Range(i - 5, 5).Select(k => words[k]).ToList();
        return before.Any(w => w is "vote" or "votes" or "voted" or "ballot" or "majority" or "split")
            && !before.Any(w => w is "from" or "between" or "rose" or "fell" or "share");
    }

    // Words that make "N to M" a range of some measure rather than a split of votes.
    private static bool UnitAfterSplit(string word) =>
        word is "votes" or "per" or "percent" or "%" or "points" or "seats" or "years" or "people" or "members";

    private static ValueSpan? FigureAt(Words words, int i)
    {
        var codeBefore = Units.CurrencyWords.TryGetValue(words[i], out var code) && code.Length == 3 && words.Tokens[i].Text.All(char.IsUpper);
        var at = codeBefore ? i + 1 : i;
        if (!NumberReader.TryRead(words, at, out var number) || IsOrdinal(number))
        {
            return null;
        }

        var amount = number.Value;
        var last = number.Last;
        var start = words.Tokens[codeBefore ? i : at].Start;
        var end = words.Tokens[last].End;
        var symbol = words.Before(at);
        string? currency = codeBefore ? code : Units.CurrencySymbols.GetValueOrDefault(symbol);
        if (currency is not null && !codeBefore)
        {
            start--;
        }

        var suffix = number.Suffix;
        ValueKind kind = ValueKind.Count;
        var unit = "";
        if (NumberReader.GluedScales.TryGetValue(suffix, out var glued) && (currency is not null || suffix != "m" || !LengthFollows(words, number.First, last)))
        {
            amount *= glued; // "€25m", "$4.2bn", "2.3m customers"
            suffix = "";
        }

        var value = (double)amount;
        double? rangeLow = null;
        var (writtenFactor, grain) = (0.0, 0.0);

        if (currency is null && Units.CurrencyWords.TryGetValue(words[last + 1], out var word) && (words[last + 1] != "pounds" || !words.At(last + 2, "of")))
        {
            currency = word; // "40 million euros", "50,000 pounds"
            last++;
            end = words.Tokens[last].End;
        }

        // "three and a half years", "two and a half hours": the half is part of the span's figure, not a count of three
        // left before a span of its own.
        if (currency is null && suffix.Length == 0 && !words.BreakAfter(last) && words.At(last + 1, "and a half") && Units.TryDuration(words[last + 4], out _))
        {
            value += 0.5;
            last += 3;
            end = words.Tokens[last].End;
        }

        if (currency is not null)
        {
            kind = ValueKind.Money;
            unit = currency;
        }
        else if (words.After(last) == '%' || words[last + 1] is "percent" or "pc" || words.At(last + 1, "per cent"))
        {
            kind = ValueKind.Percent;
            unit = "%";
            if (words.After(last) == '%')
            {
                end++;
            }
            else
            {
                last += words[last + 1] == "per" ? 2 : 1;
                end = words.Tokens[last].End;
            }
        }
        else if (words.At(last + 1, "percentage point") || words.At(last + 1, "percentage points") || words.At(last + 1, "basis points") || words[last + 1] == "bps"
            || SwingPoints(words, number.First, last))
        {
            kind = ValueKind.Percent;
            unit = "pp";
            value = words[last + 1] is "basis" or "bps" ? value / 100 : value;
            last += words[last + 1] is "bps" or "points" or "point" ? 1 : 2;
            end = words.Tokens[last].End;
        }
        else if (suffix is "year-old" or "years-old" || words.At(last + 1, "years old") || words.At(last + 1, "year old") || IsAgeByPosition(words, number))
        {
            kind = ValueKind.Age;
            unit = "years";
            if (suffix.Length == 0 && words[last + 1] is "years" or "year")
            {
                last += 2;
                end = words.Tokens[last].End;
            }
        }
        else if (suffix.Length == 0 && RangeOfTime(words, last, amount) is { } upper)
        {
            // "four to six weeks", "two or three days": one span of time given by its two ends, not a count and a span.
            kind = ValueKind.Duration;
            unit = "s";
            rangeLow = value * upper.Seconds;
            value = (double)upper.End.Value * upper.Seconds;
            last = upper.End.Last + 1;
            end = words.Tokens[last].End;
        }
        else if (Units.TryDuration(suffix.Length > 0 ? suffix : words[last + 1], out var seconds))
        {
            kind = ValueKind.Duration;
            value *= seconds;
            unit = "s";
            if (suffix.Length == 0)
            {
                last++;
                end = words.Tokens[last].End;
            }

            // "six hours and eight minutes", "two hours, seven minutes and 41 seconds", "9 hours 12 minutes": one duration,
            // not two or three. A smaller unit's figure right after a larger unit, joined by "and", a comma or nothing at
            // all, is the rest of the same span.
            var unitSeconds = seconds;
            while ((words[last + 1] == "and" || words.Gap(last).Trim() is "," or "") && NumberReader.TryRead(words, words[last + 1] == "and" ? last + 2 : last + 1, out var more)
                && more.Suffix.Length == 0 && Units.TryDuration(words[more.Last + 1], out var smaller) && smaller < unitSeconds)
            {
                value += (double)more.Value * smaller;
                unitSeconds = smaller;
                last = more.Last + 1;
                end = words.Tokens[last].End;
            }

            if (ComparesSpans(words, last))
            {
                return null;
            }

            if (words[last + 1] == "ago")
            {
                unit = "ago"; // "150 million years ago" dates an event; it is not how long something lasted
                last++;
                end = words.Tokens[last].End;
            }
        }
        else if (suffix is "magnitude" || words[last + 1] == "magnitude" || words[number.First - 1] == "magnitude" || words.At(number.First - 2, "magnitude of")
            || words.At(number.First - 2, "magnitude at") || words.At(number.First - 2, "magnitude to") || words.At(number.First - 2, "magnitude was"))
        {
            kind = ValueKind.Magnitude;
            unit = "magnitude";
            if (words[last + 1] == "magnitude")
            {
                last++;
                end = words.Tokens[last].End;
            }
        }
        else if (QuantityAt(words, suffix, last, out var dimension, out var factor, out var unitLast))
        {
            if (suffix.Length == 0 && BodyFeet(words, number.First, last))
            {
                return null;
            }

            kind = ValueKind.Quantity;
            unit = dimension;
            value *= factor;
            last = unitLast;
            (writtenFactor, grain) = (factor, Units.Grain(amount) * factor);
            if (Units.SmallerPart(words, last, factor) is { } part)
            {
                value += part.Value; // "12ft 9in": one measure in two units
                last = part.Last;
                grain = 0;
            }

            end = words.Tokens[last].End;
        }

        if (kind == ValueKind.Count && number.Value >= 1800 && number.Value <= 2100 && !number.IsWord && !words.Tokens[at].Text.Contains(',', StringComparison.Ordinal) && number.Suffix.Length == 0)
        {
            return null; // a year, read by the date reader when it is one
        }

        var (before, first) = Qualifiers.ReadBefore(words, codeBefore ? i : at, isTime: false);
        if (kind == ValueKind.Duration && words[first] is "over" && !Lasting.Contains(words[first - 1]))
        {
            (before, first) = (Qualifier.None, first + 1); // "240 mm fell over three days": across the period, not more than it
        }

        // "lanes were back open within six hours", "expects the shortage to ease within two to three weeks": the span
        // until something happens, bounded as "up to" bounds it; the span is then how long what ended lasted.
        if (kind == ValueKind.Duration && before == Qualifier.None && words[first - 1] == "within" && !words.BreakAfter(first - 2))
        {
            (before, first) = (Qualifier.Cap, first - 1);
        }

        var (after, afterLast) = Qualifiers.ReadAfter(words, last);
        if (after != Qualifier.None)
        {
            last = afterLast;
            end = words.Tokens[last].End;
        }

        var qualifier = before != Qualifier.None ? before : after;
        if (suffix == "plus")
        {
            qualifier = Qualifier.AtLeast;
        }

        // A temperature below zero is written with its sign, as a word ("minus 4C", "fell below minus 10C") or a glyph
        // ("-21.4C"): the sign is part of the value, so "minus 12.4C" lies below "minus 10C" rather than above it, and
        // "minus 21.4C" and "-21.4C" are one reading. The sign is shown with the figure.
        var temperature = kind == ValueKind.Quantity && unit == "temperature" && rangeLow is null && at > 0;
        var signWord = temperature && words[at - 1] is "minus" or "negative";
        var signGlyph = temperature && !signWord && SignGlyphBefore(words, at);
        var belowZero = signWord || signGlyph;
        if (belowZero)
        {
            value = -value;
        }

        if (signWord)
        {
            first = Math.Min(first, at - 1);
        }

        if (first < (codeBefore ? i : at))
        {
            start = words.Tokens[first].Start;
        }
        else if (signGlyph)
        {
            start = words.Tokens[at].Start - 1;
        }

        var range = rangeLow is { } low ? RangeInterval(qualifier, low, value) : Qualifiers.Apply(qualifier, value);
        if (qualifier == Qualifier.About && rangeLow is null && value > 0 && kind is ValueKind.Count or ValueKind.Money or ValueKind.Quantity)
        {
            range = RoundedAbout(range, value, kind == ValueKind.Quantity ? grain : Units.Grain((decimal)value));
        }

        if (belowZero && range.Low > range.High)
        {
            range = new Interval(range.High, range.Low, range.HighOpen, range.LowOpen); // "about minus 4C" scales towards zero
        }
        // An age with a bound after it ("adults aged 60 and over") defines a group, like a cap: two different bounds
        // for one group conflict, and the group's bound never meets a person's age.
        var isCap = qualifier == Qualifier.Cap || words[first - 1] is "maximum" or "max" || words.EndsAt(first - 1, "maximum of")
            || (kind == ValueKind.Age && after != Qualifier.None);
        return new ValueSpan(new FactValue(kind, range, unit, isCap) { Stated = value, WrittenIn = writtenFactor, Grain = grain }, first, last, start, end, at);
    }

    // "about 40 homes" beside "43 homes": a hedged round figure is the count rounded to its last non-zero digit, so it
    // allows what rounds to it ("about 40" is 35 to 45 by its digit), not only a twentieth either side. A hedge is no
    // range of its own, so the rounding is taken up to a tenth of the figure ("about 100" is not 50 to 150), and the
    // edge of the step is left out ("about 40" is no reading of 45, which rounds as well to 50).
    private static Interval RoundedAbout(Interval hedged, double value, double grain)
    {
        var step = Math.Min(grain, value * 0.1);
        return step <= value * 0.05 ? hedged : new Interval(value - step, value + step, LowOpen: step == grain, HighOpen: step == grain);
    }

    // The upper end of a range of time that opens at token last ("four to six weeks", "two or three days"): a bare number,
    // "to" or "or", a larger number and a unit of time after it.
    private static (WrittenNumber End, double Seconds)? RangeOfTime(Words words, int last, decimal low) =>
        words[last + 1] is "to" or "or" && !words.BreakAfter(last) && NumberReader.TryRead(words, last + 2, out var upper)
        && upper.Suffix.Length == 0 && upper.Value > low && Units.TryDuration(words[upper.Last + 1], out var seconds)
            ? (upper, seconds)
            : null;

    // A range keeps both ends; a hedge bounds it at the end it speaks of ("up to four to six weeks" is at most six weeks,
    // "at least two or three days" at least two).
    private static Interval RangeInterval(Qualifier qualifier, double low, double high) => qualifier switch
    {
        Qualifier.AtLeast or Qualifier.MoreThan => Qualifiers.Apply(qualifier, low),
        Qualifier.AtMost or Qualifier.Cap or Qualifier.LessThan => Qualifiers.Apply(qualifier, high),
        _ => Interval.Between(low, high),
    };

    // Words after which "over" hedges a duration ("for over three days", "lasted over an hour"); elsewhere "over" spans
    // it ("claims made over six years", "rain fell over three days").
    private static readonly HashSet<string> Lasting = new(StringComparer.Ordinal)
    {
        "for", "after", "of", "in", "within", "than", "last", "lasted", "lasting", "lasts", "took", "take", "takes", "taking", "spent",
        "spend", "spends", "ran", "run", "runs",
    };

    private static bool IsOrdinal(WrittenNumber number) => !number.IsWord && number.Suffix is "st" or "nd" or "rd" or "th";

    // "11m (36ft)", "14m long", "450m below the surface", "1.6m above the tide", "a depth of 62m": metres, not millions.
    private static bool LengthFollows(Words words, int first, int last) =>
        words[last + 1] is "long" or "high" or "tall" or "deep" or "wide" or "ft" || words.After(last) == ' ' && words.Gap(last).Contains('(', StringComparison.Ordinal)
        || Extents.NamedBefore(words, first)
        || (!words.BreakAfter(last) && (words[last + 1] is "above" or "below" or "beneath" or "underground" || PlacedOrStretched(words, first, last)));

    // A figure that a path, a direction or a stretch of something follows is a distance: "fell 6m through a roof light",
    // "800m from the entrance", "a surge of 2.1m up the coast", "9m of floor", "all 40m of it". A count of millions is
    // followed by what it counts ("2.3m customers", "1.2m of its members") or by the other end of a change ("from 2.1m
    // to 2.3m", "2.3m from 2.1m", "fell to 2.1m from a peak of 3m"), never by a route.
    private static bool PlacedOrStretched(Words words, int first, int last)
    {
        var next = words[last + 1];
        var after = words[last + 2];
        return next switch
        {
            "through" or "into" or "onto" or "across" or "along" or "inland" or "offshore" or "downstream" or "upstream" or "overhead" => true,
            "from" => words[first - 1] is not ("to" or "from") && after.Length > 0 && !char.IsDigit(after[0]) && !NumberReader.TryRead(words, last + 2, out _),
            "up" or "down" => Determiners.ArticlesAndPossessives.Contains(after),
            "of" => after == "it" || (after.Length > 1 && char.IsLower(words.Tokens[last + 2].Text[0]) && !Stopwords.IsStopword(after) && !char.IsDigit(after[0])
                && !after.EndsWith('s') && !MeasureClasses.Knows(after)),
            _ => false,
        };
    }

    // "-8C", "(-6.5F)": a minus glyph right before the figure, opening its word (not a hyphen inside one, "10-12C").
    private static bool SignGlyphBefore(Words words, int at)
    {
        var gap = words.Gap(at - 1);
        return gap.Length >= 2 && gap[^1] is '-' or '\u2212' && !char.IsLetterOrDigit(gap[^2]);
    }

    // "walked out on their own two feet": feet a person owns are the body's, not a length. A length in feet is not
    // said to be someone's ("its 40-foot mast" glues the unit to the figure and is read as a length).
    private static bool BodyFeet(Words words, int first, int last) =>
        words[last + 1] is "feet" or "foot" && first > 0
        && words[first - 1] is "own" or "my" or "your" or "his" or "her" or "our" or "their";

    private static bool QuantityAt(Words words, string suffix, int last, out string dimension, out double factor, out int unitLast)
    {
        unitLast = last;
        if (suffix.Length > 0 && Units.Quantities.TryGetValue(GluedUnit(suffix), out var glued))
        {
            (dimension, factor) = glued; // "41.3C", "61.7GW", "11m", "a 9-metre-high roof"
            PerHour(words, ref dimension, ref factor, ref unitLast); // "9.8mm/s"
            PerMass(words, ref dimension, ref factor, ref unitLast); // "160µg/kg"
            return true;
        }

        if (suffix.Length == 0 && Units.TryQuantity(words, last + 1, out var unit, out unitLast))
        {
            (dimension, factor) = unit;
            PerHour(words, ref dimension, ref factor, ref unitLast);
            PerMass(words, ref dimension, ref factor, ref unitLast);
            return true;
        }

        (dimension, factor) = ("", 1);
        return false;
    }

    // The unit glued to a figure: "m" is metres here (money and millions were read before); "metre-high" and "ft-deep"
    // are the unit with the extent it measures, read by the measure's signature.
    private static string GluedUnit(string suffix)
    {
        if (suffix == "m")
        {
            return "metres";
        }

        var dash = suffix.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Extents.Of(suffix[(dash + 1)..]) is not null ? suffix[..dash] : suffix;
    }

    // A length per hour or per second is a speed ("230 km/h" split at the slash, "90 miles an hour", "9.8mm/s", "14
    // millimetres a second": how fast the ground moved, not how far), never a distance: read in km/h and shown with its
    // period, so a figure per second is never set beside a length.
    private static void PerHour(Words words, ref string dimension, ref double factor, ref int unitLast)
    {
        if (dimension != "length")
        {
            return;
        }

        var (period, toKmh) = PerPeriod(words, unitLast);
        if (period > 0)
        {
            (dimension, factor, unitLast) = ("speed", factor * toKmh, period);
        }
    }

    // A mass per mass of something else is a concentration ("410 micrograms per kilogram" of shellfish flesh, "160µg/kg",
    // "2mg per kg"): how much of one thing is in another, never the weight of a load. It is read as a ratio, so the same
    // level written per kilogram and per gram is one reading, and it is never set beside a mass.
    private static void PerMass(Words words, ref string dimension, ref double factor, ref int unitLast)
    {
        if (dimension != "mass")
        {
            return;
        }

        var slashed = words.Gap(unitLast) == "/" ? unitLast + 1 : -1;
        var worded = words[unitLast + 1] is "per" or "a" or "an" && !words.BreakAfter(unitLast) ? unitLast + 2 : -1;
        var over = Math.Max(slashed, worded);
        if (over > 0 && Units.Quantities.TryGetValue(words[over], out var per) && per.Dimension == "mass")
        {
            (dimension, factor, unitLast) = (Concentration, factor / per.Factor, over);
        }
    }

    /// <summary>The dimension of a mass per mass ("410 micrograms per kilogram"): a ratio, read as one.</summary>
    public const string Concentration = "concentration";

    // The period a unit is per ("/h", "an hour", "per second", "/s") and the factor from metres per that period to km/h.
    private static (int Period, double ToKmh) PerPeriod(Words words, int unitLast)
    {
        var slashed = words.Gap(unitLast) == "/" ? unitLast + 1 : -1;
        var worded = words[unitLast + 1] is "an" or "per" or "a" && !words.BreakAfter(unitLast) ? unitLast + 2 : -1;
        return slashed > 0 && words[slashed] is "h" or "hr" || worded > 0 && words[worded] is "hour" ? (Math.Max(slashed, worded), 1.0 / 1000)
            : slashed > 0 && words[slashed] is "s" or "sec" || worded > 0 && words[worded] is "second" ? (Math.Max(slashed, worded), 3.6)
            : (-1, 1);
    }

    // "aged 54", "at the age of 14", and a number set off after a name: "Anton Brisk, 74, ...".
    private static bool IsAgeByPosition(Words words, WrittenNumber number)
    {
        var i = number.First;
        if (number.Suffix.Length > 0 || number.Value is < 1 or > 120 || number.Value != decimal.Truncate(number.Value))
        {
            return false;
        }

        if (words[i - 1] is "aged" or "age" || words.EndsAt(i - 1, "age of") || words.EndsAt(i - 1, "aged between"))
        {
            return true;
        }

        // "The oldest candidate this year was 81": a bare number said of a subject picked out by its age.
        if (words[i - 1] is "was" or "is" && Measures.AgeSuperlative(words, i - 1) is not null)
        {
            return true;
        }

        // "Tom Ellery, who is 72, ...", "Edna Farrow, who turned 103 in the summer": a bare number a relative clause says of
        // a person, when nothing after it names another unit.
        if (i >= 2 && words[i - 2] == "who" && words[i - 1] is "is" or "was" or "turned" or "turns" && EndsPhrase(words, number.Last))
        {
            return true;
        }

        // "a woman of 67", "a girl of four": a noun that names a person by sex or stage of life takes no counted "of" after
        // it, so the bare number it is "of" is the person's age. Nouns of kin do ("a mother of three", "a grandfather of
        // 12" count children), and so do groups ("a crew of 12"); neither is read so.
        if (words[i - 1] == "of" && LifeStageNouns.Contains(words[i - 2]) && ArticleBefore(words, i - 2) && !MeasureClasses.Knows(words[number.Last + 1]))
        {
            return true;
        }

        // "Juniper, at 24 the oldest penguin in the group": the age a superlative of age right after it ranks the subject by.
        if (words[i - 1] == "at" && words[number.Last + 1] == "the" && words[number.Last + 2] is "oldest" or "youngest" or "eldest")
        {
            return true;
        }

        // "Edna Farrow, who at 103 is the oldest": the age the clause's verb is said at.
        if (i >= 2 && words[i - 2] == "who" && words[i - 1] == "at" && words[number.Last + 1] is "is" or "was" or "has" or "had" or "still" or "remains")
        {
            return true;
        }

        return !number.IsWord && i > 0 && words.Capitalized(i - 1) && words.Gap(i - 1).Trim() == ","
            && (words.Gap(number.Last).TrimStart().StartsWith(',') || words.Gap(number.Last).TrimStart().StartsWith(')') || number.Last == words.Count - 1);
    }

    // Nouns that name one person by sex or stage of life, never by a relation to others or as a group.
    private static readonly HashSet<string> LifeStageNouns = new(StringComparer.Ordinal)
    {
        "man", "woman", "girl", "boy", "lady", "gentleman", "child", "youngster", "teenager", "youth", "pensioner", "widow",
        "widower", "schoolboy", "schoolgirl", "toddler", "lad", "lass",
    };

    // "a woman", "an elderly man", "a fearless retired pensioner": the noun opens its own indefinite phrase, up to two
    // words after its article and no break between.
    private static bool ArticleBefore(Words words, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (words[k] is "a" or "an")
            {
                return true;
            }

            if (words.BreakAfter(k) || Stopwords.IsStopword(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    // Nothing after the number makes it a count of something: a stop, a comma, or a preposition or conjunction.
    private static bool EndsPhrase(Words words, int last) =>
        last == words.Count - 1 || words.BreakAfter(last) || words.Gap(last).TrimStart() is [',' or ';' or ')' or '.', ..]
        || words[last + 1] is "in" or "on" or "at" or "and" or "but" or "when" or "this" or "last" or "next" or "earlier" or "before";
}
