using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>What a value measures, read from the words around it.</summary>
internal static class Measures
{
    /// <summary>Prefix of a measure that is a person ("the age of Anton Brisk"): such measures align by name.</summary>
    public const string PersonPrefix = "person:";

    private static readonly HashSet<string> PersonFrames = new(StringComparer.Ordinal) { "deaths", "injuries", "missing", "displaced" };

    public static string Of(Words words, ValueSpan span, string? frame) => span.Value.Kind switch
    {
        ValueKind.Count => Margin(words, span) ? "margin"
            : AmongTheDone(words, span) is { } done ? CountedOf(words, span, frame) + " among the " + done
            : OfUs(words, span) ? MeasureClasses.Persons
            : Whole(words, span, Compound(words, span) is { Length: > 0 } compound && compound != "strong" ? compound
            : KnownHead(words, span) is { Length: > 0 } known ? known
            : GatheringClass(words, span) is { } members ? members
            : CountHead(words, span) is { Length: > 0 } head ? head
            // A frame of harm to people counts people before the noun a clause values: "the death toll ... stood at 12".
            : frame is not null && PersonFrames.Contains(frame) ? MeasureClasses.Persons
            : ValuedNouns.Index(words, span) is var valued and >= 0 ? (Gatherings.Contains(words[valued]) ? MeasureClasses.Persons : MeasureClasses.Of(words[valued]))
            : NumberOfHead(words, span)),
        ValueKind.Percent => words[span.Last + 1] == "of" && HeadAfter(words, span.Last + 1) is { Length: > 0 } of ? of : OfBefore(words, span),
        ValueKind.Money => "money" + PerUnit(words, span),
        ValueKind.Duration => span.Value.Unit == "ago" ? "ago" : "time",
        ValueKind.Age => AgeOf(words, span),
        // A concentration is of a substance in a whole, not the size of an owned part ("the farm's ropes contained toxins
        // at 410 micrograms per kilogram": no measure of the ropes).
        ValueKind.Quantity => span.Value.Unit == FigureReader.Concentration ? span.Value.Unit : span.Value.Unit + Part(words, span),
        ValueKind.Magnitude => Shock(words, span),
        ValueKind.Vote => "vote",
        _ => "",
    };

    // An aftershock is an event of its own: its magnitude is not the main quake's ("a 6.4 quake ... aftershocks of up to
    // 4.8"). The nearer of the two nouns says which the magnitude is of.
    private static string Shock(Words words, ValueSpan span)
    {
        var (best, distance) = ("magnitude", int.MaxValue);
        for (var k = 0; k < words.Count; k++)
        {
            var d = k < span.First ? span.First - k : k - span.Last;
            if (d > 0 && d < distance && words[k] is "aftershock" or "aftershocks" or "earthquake" or "earthquakes" or "quake" or "quakes" or "tremor")
            {
                (best, distance) = (words[k].StartsWith("aftershock", StringComparison.Ordinal) ? "aftershock" : "magnitude", d);
            }
        }

        return best;
    }

    // "$42 a share", "€15 per head", "£3 each": a price of one unit, never the same thing as a total ("a $6.8bn deal").
    // An amount "a year" is a total over time, said as often "annually": no unit of its own.
    private static string PerUnit(Words words, ValueSpan span)
    {
        var k = span.Last + 1;
        if (words[k] == "each")
        {
            return " each";
        }

        return words[k] is "a" or "an" or "per" && !words.BreakAfter(span.Last) && k + 1 < words.Count && char.IsLower(words.Tokens[k + 1].Text[0])
            && words[k + 1].All(char.IsLetter) && !Stopwords.IsStopword(words[k + 1]) && !EventFrames.IsCue(words[k + 1])
            && words[k + 1] is not ("year" or "month" or "week" or "day" or "hour" or "minute" or "annum" or "night" or "season")
            ? " per " + MeasureClasses.Of(words[k + 1])
            : "";
    }

    // Nouns for a body of people that news counts with "of" and no counted noun after the figure: "before a crowd of
    // 57,000", "a field of 8,750 set off", "a class of 31 was working", "an audience of 2,000".
    private static readonly HashSet<string> Gatherings = new(StringComparer.Ordinal)
    {
        "crowd", "crowds", "field", "class", "audience", "congregation", "gathering", "workforce", "attendance", "turnout",
    };

    private static readonly string Animals = MeasureClasses.Of("animals");

    // Collective nouns news sizes with "of" and a bare figure: "the crew of 11 were allowed to stay on board", "a team of
    // 12 was put aboard", "a pod of 31 became stranded", "a herd of 40 broke through". The figure counts the members,
    // as "13 crew" or "23 of the animals" does: the collective names what its members are, never a thing of its own.
    // Unlike the gatherings above these often head a counted noun of their own ("a group of 12 banks", "a herd of 40
    // cattle"), so they speak only when no counted noun follows the figure.
    private static readonly Dictionary<string, string> Collectives = new(StringComparer.Ordinal)
    {
        ["crew"] = MeasureClasses.Persons, ["team"] = MeasureClasses.Persons, ["squad"] = MeasureClasses.Persons,
        ["party"] = MeasureClasses.Persons, ["group"] = MeasureClasses.Persons, ["choir"] = MeasureClasses.Persons,
        ["cast"] = MeasureClasses.Persons, ["delegation"] = MeasureClasses.Persons, ["contingent"] = MeasureClasses.Persons,
        ["pod"] = Animals, ["herd"] = Animals, ["flock"] = Animals, ["shoal"] = Animals,
    };

    // A count said as the size of a gathering of people ("a crowd of 57,000") counts people, as "57,000 spectators" does;
    // the bare size of a collective ("a pod of 31") counts its members.
    private static string? GatheringClass(Words words, ValueSpan span)
    {
        var k = span.First - 1;
        while (k > 0 && words[k] is "about" or "around" or "some" or "nearly" or "almost" or "over" or "roughly" or "approximately" or "up" or "to" or "more" or "than")
        {
            k--;
        }

        if (k < 1 || words[k] != "of" || words.BreakAfter(k - 1))
        {
            return null;
        }

        var noun = words[k - 1];
        return Gatherings.Contains(noun) ? MeasureClasses.Persons
            : Collectives.TryGetValue(noun, out var members) && !CountedNounFollows(words, span) ? members
            : null;
    }

    // A counted noun of the figure's own after it: a plural or a noun the class lexicon knows ("12 banks", "40 cattle",
    // "14 walkers"); a verb ("became", "were") or nothing is no such noun.
    private static bool CountedNounFollows(Words words, ValueSpan span)
    {
        HeadAfter(words, span.Last, out var index);
        return index >= 0 && (IsPlural(words[index]) || MeasureClasses.Knows(words[index]));
    }

    private static readonly HashSet<string> MarginNouns = new(StringComparer.Ordinal) { "majority", "margin", "lead" };

    private static readonly HashSet<string> WinVerbs = new(StringComparer.Ordinal)
    {
        "won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "defeats", "lost", "loses", "losing", "edged", "trailed", "led",
    };

    // How far a winner is ahead, not how many votes anyone took: "a majority of 4,217", "beat Dalby by 3,871 votes", "a
    // 3,871-vote defeat". One outlet's margin and another's total are different figures.
    private static bool Margin(Words words, ValueSpan span)
    {
        // "a majority of 4,217", "her winning margin was 4,812 votes"
        if (words[span.First - 1] is "of" or "was" or "is" && MarginNouns.Contains(words[span.First - 2]))
        {
            return true;
        }

        var written = words.Tokens[span.Number].Text;

        if (written.EndsWith("-vote", StringComparison.OrdinalIgnoreCase) && words[span.Last + 1] is "defeat" or "win" or "victory" or "majority" or "margin" or "lead")
        {
            return true;
        }

        return words[span.First - 1] == "by" && words[span.Last + 1] is "votes" or "vote"
            && Enumerable.Range(Math.Max(0, span.First - 6), span.First - 1 - Math.Max(0, span.First - 6)).Any(k => WinVerbs.Contains(words[k]) && !words.BreakAfter(k));
    }

    // "a premium of 31%", "a stake of 12%": the noun the percentage is "of", written before it.
    private static string OfBefore(Words words, ValueSpan span)
    {
        var noun = span.First - 2;
        return span.First >= 2 && words[span.First - 1] == "of" && char.IsLower(words.Tokens[noun].Text[0]) && words[noun].All(char.IsLetter)
            && !Stopwords.IsStopword(words[noun]) && !EventFrames.IsCue(words[noun]) && !Dimensions.Contains(words[noun])
            ? MeasureClasses.Of(words[noun])
            : "";
    }

    // The counted noun after a count when the class lexicon knows it ("its 14,800-strong workforce" counts persons).
    private static string KnownHead(Words words, ValueSpan span)
    {
        HeadAfter(words, span.Last, out var index);
        return index >= 0 && MeasureClasses.Knows(words[index]) ? MeasureClasses.Of(words[index]) : "";
    }

    // "the 14-article agreement", "a 12-member panel", "four-wheel-drive vehicles": a count glued to the noun it counts,
    // whatever follows; only "-strong" ("its 14,800-strong workforce") says the noun after it is what is counted.
    private static string Compound(Words words, ValueSpan span) =>
        GluedNoun(words.Tokens[span.Number].Text) is { } noun ? MeasureClasses.Of(noun) : "";

    /// <summary>
    /// The noun a count is glued to in a compound modifier: "14-article", "a 12-member panel", "four-wheel-drive vehicles"
    /// (the count is of wheels, not of vehicles); null when the number stands alone or is a hyphenated number
    /// ("thirty-five").
    /// </summary>
    public static string? GluedNoun(string written)
    {
        var dash = written.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !(char.IsDigit(written[dash - 1]) || NumberReader.NumberWords.ContainsKey(written[..dash].ToLowerInvariant())))
        {
            return null;
        }

        var rest = written[(dash + 1)..];
        var next = rest.IndexOf('-', StringComparison.Ordinal);
        var noun = (next > 0 ? rest[..next] : rest).ToLowerInvariant();
        return noun.Length > 2 && noun.All(char.IsLetter) && !Stopwords.IsStopword(noun) && !NumberReader.NumberWords.ContainsKey(noun) ? noun : null;
    }

    // Words for the dimension itself ("its length was 11 metres"): they name no part.
    private static readonly HashSet<string> Dimensions = new(StringComparer.Ordinal)
    {
        "length", "height", "width", "depth", "size", "weight", "mass", "speed", "temperature", "area", "distance", "volume",
    };

    // "Its skull alone measures 1.8 metres", "the animal's head was 2 metres long": a size said of a part of what the
    // story is about is not its size ("11 metres long"), so the part is part of the measure: ":skull".
    private static string Part(Words words, ValueSpan span)
    {
        for (var k = span.First - 1; k >= Math.Max(1, span.First - 6) && !words.BreakAfter(k) && !ClauseOpeners.Contains(words[k]); k--)
        {
            var owner = words[k - 1];
            if ((owner is "its" or "their" or "his" or "her" || (owner.EndsWith("'s", StringComparison.Ordinal) && char.IsLower(words.Tokens[k - 1].Text[0])))
                && char.IsLower(words.Tokens[k].Text[0]) && !Stopwords.IsStopword(words[k]) && !Dimensions.Contains(words[k]))
            {
                return ":" + Stemmer.Inflections.Stem(words[k]);
            }
        }

        return "";
    }

    /// <summary>
    /// Words that open another clause: an owned noun before them is not what the figure after them is a part of ("ran for
    /// their lives as the 9-metre-high roof toppled"), nor what a place after them is told of.
    /// </summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["as", "when", "while", "after", "before", "because", "and", "but", "which", "that", "who", "where", "until", "since"],
        StringComparer.Ordinal);

    // The count a part is measured in when it is not the part's own: what the whole counts.
    private static string CountedOf(Words words, ValueSpan span, string? frame) =>
        KnownHead(words, span) is { Length: > 0 } known ? known
        : CountHead(words, span) is { Length: > 0 } head ? head
        : frame is not null && PersonFrames.Contains(frame) ? MeasureClasses.Persons
        : "";

    // "two of the injured officers were kept in hospital", "three of the rescued whales were tagged": a part of a group
    // the story has already counted by what happened to it. The part is counted for some further act, so it is not the
    // group's own count ("four officers were injured") and must not be read against it. A whole with a figure of its
    // own ("21 of the 45 seats") is read by Whole instead.
    private static string? AmongTheDone(Words words, ValueSpan span)
    {
        var k = span.Last + 1;
        if (words[k] != "of" || words.BreakAfter(span.Last) || words.BreakAfter(k) || words[k + 1] is not ("the" or "those" or "these"))
        {
            return null;
        }

        for (var j = k + 2; j < Math.Min(words.Count, k + 5) && !words.BreakAfter(j - 1); j++)
        {
            var w = words[j];
            if (NumberReader.TryRead(words, j, out _) || !char.IsLower(words.Tokens[j].Text[0]))
            {
                return null;
            }

            if ((EventFrames.IsCue(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) && DescribedNounAt(words, j + 1) && !words.BreakAfter(j))
            {
                return w;
            }
        }

        return null;
    }

    // The plural noun an event word describes ("the injured officers"). "Six of the injured" names no group apart from
    // the event's own: it is the tally news follows over time ("two of the injured remain in hospital"), read as before.
    private static bool DescribedNounAt(Words words, int k) =>
        k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && words[k].All(char.IsLetter) && !Stopwords.IsStopword(words[k])
        && (MeasureClasses.Knows(words[k]) || words[k].EndsWith('s'));

    // "21 of the 45 seats", "19 of the council's 45 seats": the second figure counts the whole, not the part.
    private static bool IsWhole(Words words, ValueSpan span)
    {
        var k = span.First - 1;
        while (k >= 0 && (words[k] is "the" or "its" or "their" or "his" or "her" || words[k].EndsWith("'s", StringComparison.Ordinal)))
        {
            k--;
        }

        return words[k] == "of" && NumberReader.TryRead(words, k - 1, out _);
    }

    private static string Whole(Words words, ValueSpan span, string counted) =>
        counted.Length > 0 && IsWhole(words, span) ? counted + " in all" : counted;

    private static string CountHead(Words words, ValueSpan span) => HeadAfter(words, span.Last, out _);

    // "The number of ships waiting off the port has grown to 31": a bare count says how many of what the sentence
    // named as "the number of" (or "the total of") before it.
    private static string NumberOfHead(Words words, ValueSpan span)
    {
        for (var k = span.First - 2; k >= Math.Max(0, span.First - 15); k--)
        {
            if (words[k] is "number" or "total" && words[k + 1] == "of")
            {
                return HeadAfter(words, k + 1);
            }
        }

        return "";
    }

    /// <summary>The token of the counted noun after a count ("42 passengers", "21 of the 45 seats"); -1 when none.</summary>
    public static int HeadIndex(Words words, ValueSpan span)
    {
        if (span.Value.Kind != ValueKind.Count)
        {
            return -1;
        }

        HeadAfter(words, span.Last, out var index);
        return index;
    }

    // The counted noun after position i: the first word the class lexicon knows within four words, else the plural
    // noun that ends the phrase ("forty-one young calves" -> calves, "five smoke alarms" -> alarms), else the first
    // content word ("21 of the 45 seats" -> seats; "seven items of jewellery" -> items).
    private static string HeadAfter(Words words, int i) => HeadAfter(words, i, out _);

    // Determiners of a whole a count is part of ("48 of its branches", "nine of their 30 stores").
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "its", "their", "our", "his", "her", "your", "my" };

    private static string HeadAfter(Words words, int i, out int index)
    {
        string? first = null;
        index = -1;
        var end = Math.Min(words.Count, i + 6);
        for (var k = i + 1; k < end && !words.BreakAfter(k - 1); k++)
        {
            var w = words[k];
            if (w is "of" or "the" or "a" or "an" || w.EndsWith("'s", StringComparison.Ordinal) || NumberReader.TryRead(words, k, out _)
                || (words[k - 1] == "of" && Possessives.Contains(w)))
            {
                continue; // "21 of the 45 seats", "48 of its branches": the part counts what the whole does
            }

            if (first is null && NameBeforeNoun(words, k) is var after and > 0)
            {
                end = Math.Min(words.Count, end + after - k);
                k = after - 1;
                continue; // "312,000 AirCrisp Duo air fryers", "14 Brayline buses": a brand or owner's name before the noun
            }

            if (EventFrames.IsCue(w) && !MeasureClasses.Knows(w) && char.IsLower(words.Tokens[k].Text[0]) && CountedNounAt(words, k + 1) && !words.BreakAfter(k))
            {
                continue; // "2,500 dead fish", "12 injured passengers": the event word describes the noun counted after it
            }

            if (NewBeforeNoun(words, k))
            {
                continue; // "1,150 new homes", "all 24 of the new trains": "new" says what the things are like, not what they are
            }

            if (Stopwords.IsStopword(w) || char.IsUpper(words.Tokens[k].Text[0]) || (EventFrames.IsCue(w) && !MeasureClasses.Knows(w)))
            {
                break;
            }

            if (MeasureClasses.Knows(w))
            {
                // "six branch libraries", "40 bus drivers": a singular noun before a counted noun modifies it, and the
                // noun after it is what is counted.
                if (!IsPlural(w) && w is not ("people" or "children" or "men" or "women") && !words.BreakAfter(k)
                    && (CountedNounAt(words, k + 1) || PluralNounAfterModifier(words, i, k + 1))
                    && !EventFrames.IsCue(words[k + 1]))
                {
                    index = k + 1;
                    return MeasureClasses.Of(words[k + 1]);
                }

                index = k;
                return MeasureClasses.Of(w);
            }

            if (first is null)
            {
                first = w;
                index = k;
            }

            if (IsPlural(w))
            {
                index = k;
                return MeasureClasses.Of(w); // a plural noun is where the counted phrase ends: "two night-shift cleaners left the building"
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return first is null ? "" : MeasureClasses.Of(first);
    }

    // "new" before a content word of the counted phrase: the noun after it is what is counted.
    private static bool NewBeforeNoun(Words words, int k) =>
        words[k] == "new" && !words.BreakAfter(k) && k + 1 < words.Count && char.IsLower(words.Tokens[k + 1].Text[0])
        && words[k + 1].All(char.IsLetter) && !Stopwords.IsStopword(words[k + 1]);

    // "More than 500 of us were on the start line", "85 of us turned up": a writer counting those they stood among
    // counts people, as "500 runners" does, though the sentence names no noun.
    private static bool OfUs(Words words, ValueSpan span) =>
        words[span.Last + 1] == "of" && words[span.Last + 2] == "us" && !words.BreakAfter(span.Last) && !words.BreakAfter(span.Last + 1);

    // Nouns of the bodies people form (associations, groups, unions, clubs, charities), as stems: "140 tenant
    // associations", "30 patient groups", "a dozen resident committees" count bodies, not the people named before them.
    // Other compounds are left to the people noun: "600,000 customer accounts" are as many customers.
    private static readonly FrozenSet<string> Bodies = FrozenSet.ToFrozenSet(
        BodyNouns.Common.Concat(
        [
            "organisation", "organization", "charities", "body", "bodies", "cooperative", "co-operative", "league", "board", "panel",
        ]).SelectMany(w => new[] { w, Stemmer.Porter.Stem(w) }),
        StringComparer.Ordinal);

    // A plural noun of a body at k after a singular people noun the lexicon knows: the singular modifies the compound
    // and the body is counted. After "one" the -s word is a verb, not a noun.
    private static bool PluralNounAfterModifier(Words words, int number, int k) =>
        words[number] is not ("one" or "1") && k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && IsPlural(words[k])
        && Bodies.Contains(Stemmer.Porter.Stem(words[k]));

    // A lower-case noun at k that a count may count: one the class lexicon knows, or a plural without -s ("fish", "deer").
    private static bool CountedNounAt(Words words, int k) =>
        k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && words[k].All(char.IsLetter) && !Stopwords.IsStopword(words[k])
        && (MeasureClasses.Knows(words[k]) || BarePlurals.Contains(words[k]));

    // A run of up to three capitalised words at k that a lower-case noun of the same phrase follows: the index of that
    // noun, else -1. Only a name that modifies a noun is passed over; a name that ends the phrase ("3,000 in Paris",
    // "at 14 Weir Street") stops the search as before.
    private static int NameBeforeNoun(Words words, int k)
    {
        var n = k;
        while (n < words.Count && n < k + 3 && char.IsUpper(words.Tokens[n].Text[0]) && words[n].All(char.IsLetter) && !words.BreakAfter(n))
        {
            n++;
        }

        return n > k && n < words.Count && char.IsLower(words.Tokens[n].Text[0]) && words[n].All(char.IsLetter)
            && !Stopwords.IsStopword(words[n]) && !EventFrames.IsCue(words[n]) ? n : -1;
    }

    // Plurals without -s that the class lexicon does not know (it returns "people", "children", "cattle" before this is
    // asked), and the -s endings that are not plurals ("various", "glass", "bus", "analysis").
    private static readonly HashSet<string> BarePlurals = new(StringComparer.Ordinal)
    {
        "deer", "fish", "police", "personnel", "poultry", "teeth", "feet", "mice", "geese",
    };

    /// <summary>Whether a word is spelt as a plural noun ("pumps", "mice"), not "bus", "crisis" or a possessive.</summary>
    internal static bool IsPlural(string word) =>
        BarePlurals.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal));

    /// <summary>The measure of an age said of "the 48-year-old": someone named before, resolved by the extractor.</summary>
    public const string Antecedent = PersonPrefix + "?";

    /// <summary>The measure of an age of someone the sentence does not name ("a 67-year-old man", "a pupil aged six").</summary>
    public const string Unnamed = "";

    /// <summary>Prefix of the measure of a thing's age ("the 58-year-old bridge"): its class, never a person's age.</summary>
    public const string ThingPrefix = "thing:";

    // Nouns for people that an age is said of, beyond the counted classes ("a six-year-old boy", "his 80-year-old mother").
    private static readonly HashSet<string> AgedPersons = new(StringComparer.Ordinal)
    {
        "boy", "girl", "son", "daughter", "mother", "father", "grandmother", "grandfather", "grandson", "granddaughter",
        "husband", "wife", "brother", "sister", "teenager", "toddler", "schoolboy", "schoolgirl", "male", "female",
        "constable", "pilot", "captain", "widow", "widower", "lady", "gentleman", "mum", "dad", "owner", "cyclist",
        "motorist", "pedestrian", "hiker", "climber", "swimmer", "walker", "striker", "midfielder", "defender", "goalkeeper",
        "candidate", "councillor", "head",
    };

    // Things whose age news gives ("the 58-year-old bridge", "the 40-year-old reactor"), beyond the counted classes.
    private static readonly HashSet<string> AgedStructures = new(StringComparer.Ordinal)
    {
        "bridge", "crossing", "viaduct", "dam", "tunnel", "tower", "pier", "reactor", "pipeline", "stadium", "church",
        "mill", "span", "railway", "lighthouse", "rig",
    };

    /// <summary>The class of the aged structures ("bridge", "tower", "dam"): a thing age's measure is <see cref="ThingPrefix"/> and it.</summary>
    public const string Structure = "structure";

    // The stems of the structure nouns, as a sentence's context words hold them (Stemmer.Inflections).
    private static readonly FrozenSet<string> AgedStructureStems = AgedStructures.Select(Stemmer.Inflections.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when two sentences' context words (<see cref="Fact.Context"/>) both name one kind of aged structure: "the
    /// 91-year-old tower on Gallows Knap" and "The tower, 78 years old, stands 32 metres high" both name a tower.
    /// </summary>
    public static bool NameOneStructure(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        foreach (var stem in AgedStructureStems)
        {
            if (a.Contains(stem) && b.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> AgedThingClasses = new(StringComparer.Ordinal)
    {
        "vehicles", "vessels", "flights", "buildings", "sites", "dwellings", "schools", "hospitals", "stations", "libraries",
    };

    private static bool IsPersonNoun(string word) =>
        AgedPersons.Contains(word) || (MeasureClasses.Knows(word) && MeasureClasses.Of(word) == MeasureClasses.Persons);

    private static string? ThingClass(string word) =>
        AgedStructures.Contains(word) ? Structure
        : MeasureClasses.Knows(word) && AgedThingClasses.Contains(MeasureClasses.Of(word)) ? MeasureClasses.Of(word)
        : null;

    // An age belongs to a person: the name it is set off after ("Quist, 47", "Anton Brisk, a 71-year-old farmer"), the
    // name it qualifies ("92-year-old Rosa Amato"), or someone named earlier ("the 48-year-old"); an age after a
    // plural noun belongs to a group ("adults aged 60 and over", "the men, aged 34 and 38": each by its place in the
    // list). Else the nearest name in the sentence.
    private static string AgeOf(Words words, ValueSpan span)
    {
        if (AgeSuperlative(words, span.First) is { } superlative)
        {
            // "the youngest victim is a two-year-old girl": whoever is youngest, whatever the name; but "the home's oldest
            // resident, 101-year-old Edna Farrow" names whose age it is, and other outlets give her age by her name.
            return (NamedAfter(words, span) ?? CalledAfter(words, span)) is { } person ? PersonPrefix + NameSpans.Key(words, person) : superlative;
        }

        // "Gregor Haast, a man in his fifties", "a woman in her early thirties": the name apposed, else someone unnamed
        if (words[span.First] == "in" && IsPersonNoun(words[span.First - 1]) && words[span.First - 2] is "a" or "an")
        {
            return words.BreakAfter(span.First - 3) && NameSpans.EndingAt(words, span.First - 3) is { } apposedName
                ? PersonPrefix + NameSpans.Key(words, apposedName) : Unnamed;
        }

        var (first, listed) = ListStart(words, span);
        if (words[first - 1] == "aged" && GroupBefore(words, first - 1) is { } group)
        {
            return group.Length == 0 ? Unnamed : group + (listed > 0 ? "#" + listed.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        }

        var written = words.Tokens[span.Number].Text;

        // "The tower, 78 years old, ...": an age set off after the noun of a thing is that thing's.
        if (words[span.Last] == "old" && span.First >= 2 && words.Gap(span.First - 1).Trim() == "," && ThingClass(words[span.First - 1]) is { } apposedThing)
        {
            return ThingPrefix + apposedThing;
        }

        if (written.Contains("year-old", StringComparison.OrdinalIgnoreCase) || written.Contains("years-old", StringComparison.OrdinalIgnoreCase))
        {
            if (words[span.First - 1] is "a" or "an" or "the" && words.BreakAfter(span.First - 2) && NameSpans.EndingAt(words, span.First - 2) is { } apposed)
            {
                return PersonPrefix + NameSpans.Key(words, apposed); // "Anton Brisk, a 71-year-old retired farmer", "Tom Ellery, the 67-year-old who"
            }

            if (NamedAfter(words, span) is { } named)
            {
                return PersonPrefix + NameSpans.Key(words, named);
            }

            if (HolderAfter(words, span) is { } holder)
            {
                return holder;
            }

            if (words[span.First - 1] is "the")
            {
                return Antecedent;
            }
        }

        // "Marland, 34, receives": a single word set off before an age is a name even at the head of a sentence.
        if (span.First >= 1 && words.BreakAfter(span.First - 1) && NameSpans.IsNameWord(words, span.First - 1)
            && NameSpans.EndingAt(words, span.First - 1) is null && words.BreakAfter(span.Last))
        {
            return PersonPrefix + NameSpans.Key(words, (span.First - 1, span.First - 1));
        }

        (int First, int Last)? best = null;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < words.Count; k++)
        {
            if ((k >= span.First && k <= span.Last) || NameSpans.EndingAt(words, k) is not { } name || (k + 1 < words.Count && NameSpans.IsNameWord(words, k + 1)))
            {
                continue;
            }

            var distance = name.Last < span.First ? span.First - name.Last : (name.First - span.Last) + 2;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best is { } found ? PersonPrefix + NameSpans.Key(words, found) : "";
    }

    // "92-year-old Rosa Amato": the name an age in years qualifies, not "the 23-year-old Vellis striker".
    private static (int First, int Last)? NamedAfter(Words words, ValueSpan span) =>
        words.Tokens[span.Number].Text.Contains("year-old", StringComparison.OrdinalIgnoreCase)
        && NameSpans.IsNameWord(words, span.Last + 1) && NameSpans.After(words, span.Last + 1, 1) is { } named
        && !(named.Last + 1 < words.Count && char.IsLower(words.Tokens[named.Last + 1].Text[0]) && !Stopwords.IsStopword(words[named.Last + 1]))
            ? named : null;

    // "the oldest to escape, a 23-year-old great hornbill named Bartholomew": the name given to the noun an age in years
    // qualifies, with "named" or "called" within three words of it.
    private static (int First, int Last)? CalledAfter(Words words, ValueSpan span)
    {
        if (!words.Tokens[span.Number].Text.Contains("year-old", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var k = span.Last + 1; k <= Math.Min(words.Count - 2, span.Last + 4); k++)
        {
            if (words[k] is "named" or "called")
            {
                return k > span.Last + 1 && NameSpans.IsNameWord(words, k + 1) ? NameSpans.After(words, k + 1, 1) : null;
            }

            if (words.BreakAfter(k) || !char.IsLower(words.Tokens[k].Text[0]) || Stopwords.IsStopword(words[k]))
            {
                return null;
            }
        }

        return null;
    }

    // What "N-year-old" qualifies when no name is set off before it: a name apposed or given after its noun ("the
    // 58-year-old driver, Jonas Brühl", "a seven-year-old male called Tashi"); someone the sentence introduces without
    // a name ("a 67-year-old man died"), whom only what the sentence says of them can tie to another source's person;
    // or a thing ("the 58-year-old bridge"), whose age is never a person's. Null when the noun says neither.
    private static string? HolderAfter(Words words, ValueSpan span)
    {
        var last = span.Last;
        for (var k = last + 1; k <= Math.Min(words.Count - 1, last + 3); k++)
        {
            if (!char.IsLower(words.Tokens[k].Text[0]) || Stopwords.IsStopword(words[k]))
            {
                return null;
            }

            if (IsPersonNoun(words[k]))
            {
                var called = words[k + 1] is "called" or "named" ? k + 2 : words.BreakAfter(k) ? k + 1 : -1;
                if (called > 0 && NameSpans.IsNameWord(words, called) && NameSpans.After(words, called, 1) is { } named)
                {
                    return PersonPrefix + NameSpans.Key(words, named);
                }

                return words[span.First - 1] is "a" or "an" ? Unnamed : null;
            }

            // "a 58-year-old van driver", "the 40-year-old ferry captain": a thing's noun before a person's noun in one
            // phrase modifies it, and the person is the phrase's head.
            if (k == last + 1 && ThingClass(words[k]) is { } thing && !(!words.BreakAfter(k) && k + 1 < words.Count && IsPersonNoun(words[k + 1])))
            {
                return ThingPrefix + thing;
            }

            // "The 412-year-old bell, Great Edmund, split": a name set off right after the aged noun names what is aged,
            // as "the 58-year-old driver, Jonas Brühl" names the driver; other outlets give the age by that name.
            if (words.BreakAfter(k) && ApposedName(words, k) is { } apposed)
            {
                return PersonPrefix + NameSpans.Key(words, apposed);
            }

            if (words.BreakAfter(k))
            {
                return null;
            }
        }

        return null;
    }

    // A name after a comma that closes at a break or the sentence's end: "bell, Great Edmund, split" (not "tower,
    // Culverdean's oldest", whose name runs on into the phrase it opens).
    private static (int First, int Last)? ApposedName(Words words, int noun) =>
        noun + 1 < words.Count && words.Gap(noun).Trim() == "," && NameSpans.IsNameWord(words, noun + 1)
        && NameSpans.After(words, noun + 1, 1) is { } named && (named.Last + 1 >= words.Count || words.BreakAfter(named.Last))
            ? named : null;

    /// <summary>
    /// "oldest" or "youngest" when the clause before token <paramref name="before"/> picks its subject out by age ("The
    /// youngest person known to have fallen ill is", "The oldest candidate this year, a"); null otherwise.
    /// </summary>
    public static string? AgeSuperlative(Words words, int before)
    {
        var breaks = 0;
        for (var k = before - 1; k >= Math.Max(0, before - 10); k--)
        {
            if (words[k] is "oldest" or "youngest")
            {
                return words[k];
            }

            if (words.BreakAfter(k) && ++breaks > 1)
            {
                break;
            }
        }

        return null;
    }

    // "adults aged 60", "the two men arrested on Monday, aged 34": the plural noun of people a few words before "aged".
    private static string? GroupBefore(Words words, int aged)
    {
        for (var k = aged - 1; k >= Math.Max(0, aged - 6); k--)
        {
            if (char.IsLower(words.Tokens[k].Text[0]) && IsPersonNoun(words[k]))
            {
                // "a pensioner aged 74": one person the sentence does not name, not a group
                return words[k - 1] is "a" or "an" || words[k - 2] is "a" or "an" && !words.BreakAfter(k - 2) ? Unnamed
                    : MeasureClasses.Knows(words[k]) ? MeasureClasses.Persons : null;
            }

            if (NameSpans.IsNameWord(words, k))
            {
                return null;
            }
        }

        return null;
    }

    // "aged 34 and 38": the list's first token and the age's place in it (1, 2, ...); 0 when the age stands alone.
    private static (int First, int Place) ListStart(Words words, ValueSpan span)
    {
        if (words[span.First - 1] is "and" or "or" && NumberReader.TryRead(words, span.First - 2, out var earlier) && earlier.Last == span.First - 2)
        {
            return (span.First - 2, 2);
        }

        return words[span.Last + 1] is "and" or "or" && NumberReader.TryRead(words, span.Last + 2, out _) ? (span.First, 1) : (span.First, 0);
    }
}
