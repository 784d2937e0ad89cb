using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// What a figure measures, read from the structure of its clause rather than from a lexicon: the noun it counts or
/// qualifies, the predicate that governs it, and a modifier that makes it another measure. Two figures of one story
/// are values of one measure only with positive evidence from here (or from an event frame).
/// </summary>
/// <param name="Head">Stem of the noun the value counts or qualifies ("74 firefighters", "a six-month contract", "34% of the
/// vote", "a fine of $2m"); "" when the clause names none.</param>
/// <param name="Predicates">Stems of the predicate that governs the value, passive and active alike: "evacuated 74 people",
/// "74 people were evacuated" and "the evacuation of 74 people" all give the stem of "evacuate".</param>
/// <param name="Modifier">"offset:" and the place for a distance that places something ("40 km north of X", "12 miles from
/// X"): a location, not a measure of the event. For a duration, "window" ("in three years"), "after" ("after six
/// months") or "every" ("every 15 minutes") when it is not how long something lasted. "" otherwise.</param>
/// <param name="Near">Stems of the other content words of the value's sentence.</param>
internal sealed record MeasureSignature(string Head, IReadOnlySet<string> Predicates, string Modifier, IReadOnlySet<string> Near)
{
    public static readonly MeasureSignature None = new("", FrozenSet<string>.Empty, "", FrozenSet<string>.Empty);

    /// <summary>For a count a state still holds: the state is said in the present ("remain", "are still"), so it holds at the hour of the report.</summary>
    public bool HeldNow { get; init; }

    /// <summary>For a length: the extent it says it measures ("height", "depth", "width"; <see cref="Extents"/>); "" when unsaid.</summary>
    public string Extent { get; init; } = "";

    /// <summary>
    /// The two figures cannot be one measure whatever else they share: a different modifier (a distance that places
    /// something against a size, a duration's window against how long it lasted), or lengths of two named extents
    /// ("deep" and "across").
    /// </summary>
    public bool OtherMeasure(MeasureSignature other) =>
        Modifier != other.Modifier || BothSaidAndDiffer(Extent, other.Extent) || BothSaidAndDiffer(SumRole, other.SumRole)
        || StockCounts.Opposed(Holding, other.Holding) || (Head != other.Head && KindHeads.Contains(Head) && KindHeads.Contains(other.Head))
        || OwnersDiffer(other);

    /// <summary>
    /// For a speed, a size, a sum or a share that names no noun after it: the stem of the head noun of its clause's subject,
    /// whose figure it is ("the hovercraft was running at 40mph", "a season ticket now costs £310 a year"); "" when the clause
    /// opens otherwise (<see cref="SignatureReader"/>).
    /// </summary>
    public string Subject { get; init; } = "";

    // Two subjects that name different things ("the hovercraft was running at", "the tram was moving at") own two figures,
    // however alike the rest of their clauses read; a general noun ("the vehicle") or one of one group's words may be either.
    private bool OwnersDiffer(MeasureSignature other) =>
        Subject.Length > 0 && other.Subject.Length > 0 && Subject != other.Subject && !SameGroup(Subject, other.Subject)
        && !GeneralHeads.Contains(Subject) && !GeneralHeads.Contains(other.Subject) && !GenericHeads.Contains(Subject) && !GenericHeads.Contains(other.Subject)
        && !KindOfClass(Subject, other.Subject) && !KindOfClass(other.Subject, Subject);

    /// <summary>Heads of the kinds of fish and birds (<see cref="MeasureClasses.Kinds"/>): two of them are two things.</summary>
    private static readonly FrozenSet<string> KindHeads = FrozenSet.ToFrozenSet(
        MeasureClasses.Kinds.Select(Stemmer.Porter.Stem), StringComparer.Ordinal);

    private static bool BothSaidAndDiffer(string a, string b) => a.Length > 0 && b.Length > 0 && a != b;

    /// <summary>
    /// For a count: whether its clause states the size of a whole or what an act did (<see cref="StockCounts"/>); "" when
    /// it says neither. A whole and the part an act befell are two measures.
    /// </summary>
    public string Holding { get; init; } = "";

    /// <summary>
    /// For a quantity: stems of the words of the noun phrase it sizes, from the word after it (or after its "of") up to
    /// three words on, and the noun it is "of" ("a gust of 58 knots"). English puts a compound's head last and its
    /// modifiers first, so the first word is often no head: "a 36-metre concrete pump boom", "2 million litres of raw
    /// sewage". Two phrases that share a word size one thing whatever their first words are.
    /// </summary>
    public IReadOnlySet<string> Phrase { get; init; } = FrozenSet<string>.Empty;

    /// <summary>For a sum of money: the part it plays, as its own words say (<see cref="SumRoles"/>); "" when unsaid.</summary>
    public string SumRole { get; init; } = "";

    /// <summary>Heads that name no group of their own ("74 people"): any group of people may be meant.</summary>
    private static readonly FrozenSet<string> GenericHeads = FrozenSet.ToFrozenSet(
        ["peopl", "person", "individu"], StringComparer.Ordinal);

    /// <summary>
    /// Nouns of age: they say how old people are, not what part they play in the story, so they name no group apart
    /// from another outlet's role noun ("about 800 children" may be a school's pupils, "7,500 teenagers" an exam's
    /// candidates). They still name their head: "two children" and "four of the children" are one noun.
    /// </summary>
    private static readonly FrozenSet<string> AgeHeads = FrozenSet.ToFrozenSet(
        new[] { "children", "child", "teenager", "youngster", "adult" }.Select(Stemmer.Porter.Stem), StringComparer.Ordinal);

    /// <summary>A head that says which thing is counted, not only that it is something (or someone).</summary>
    public bool NamesHead => Head.Length > 0 && !GenericHeads.Contains(Head);

    /// <summary>
    /// Nouns that name the general kind of a thing rather than one kind of it: "more than 20 vehicles" may be the
    /// "fourteen buses" another outlet counts, "forty head of cattle" the "27 cattle", "22 shows" the "14 performances".
    /// Two specific nouns ("cars" and "lorries") still name different things.
    /// </summary>
    private static readonly FrozenSet<string> GeneralHeads = FrozenSet.ToFrozenSet(
        new[]
        {
            "vehicle", "vessel", "craft", "animal", "livestock", "head", "building", "structure", "property", "dwelling",
            "job", "position", "post", "role", "business", "site", "facility", "item", "object", "piece", "performance", "show",
            // "boats" may be any of the narrowboats or yachts, "organisations" the charities and clubs.
            "boat", "organisation", "organization",
        }.Select(Stemmer.Porter.Stem),
        StringComparer.Ordinal);

    /// <summary>
    /// Nouns for one group of people in one role (<see cref="MeasureClasses.OneRole"/>), and words for one counted thing:
    /// a traveller's bags are suitcases, a council's street lights its lamps, a gallery's watercolours its paintings, a
    /// flock's ewes its sheep, a fire service's engines its appliances.
    /// </summary>
    private static readonly FrozenDictionary<string, int> SameGroups = MeasureClasses.OneRole.Concat(new[]
    {
        new[] { "bag", "suitcase", "holdall" },
        ["light", "lamp", "streetlight", "streetlamp", "lantern"],
        ["painting", "watercolour", "watercolor", "canvas", "artwork"],
        ["sheep", "ewe"],
        ["engine", "appliance"],
        ["game", "match", "fixture"],
    }).SelectMany((g, i) => g.Select(w => (Stem: Stemmer.Porter.Stem(w), Group: i))).DistinctBy(p => p.Stem)
        .ToFrozenDictionary(p => p.Stem, p => p.Group, StringComparer.Ordinal);

    /// <summary>Two heads that name one group of people or one thing with different nouns ("pupils" and "students").</summary>
    private static bool SameGroup(string a, string b) =>
        SameGroups.TryGetValue(a, out var x) && SameGroups.TryGetValue(b, out var y) && x == y;

    /// <summary>True when the two name different things ("firefighters" and "staff"; a contract and a strike).</summary>
    public bool HeadsDiffer(MeasureSignature other) =>
        NamesHead && other.NamesHead && Head != other.Head && !SameGroup(Head, other.Head) && !GeneralHeads.Contains(Head) && !GeneralHeads.Contains(other.Head)
        && !AgeHeads.Contains(Head) && !AgeHeads.Contains(other.Head) && !KindOfClass(Head, other.Head) && !KindOfClass(other.Head, Head)
        && !Phrase.Overlaps(other.Phrase);

    /// <summary>
    /// News names a kind once and re-mentions it by its class for variety: "the pen held 62,000 fish" may be the "48,000
    /// salmon" another outlet counts, "the colony numbered 38 birds" its "45 penguins". Only the class noun meets its
    /// kinds; two kinds stay apart (<see cref="KindHeads"/>), and the class noun differs from any other head as before.
    /// </summary>
    private static bool KindOfClass(string head, string kind) =>
        ClassHeads.TryGetValue(head, out var cls) && KindHeads.Contains(kind) && MeasureClasses.Of(kind) == cls;

    private static readonly FrozenDictionary<string, string> ClassHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Stemmer.Porter.Stem("fish")] = MeasureClasses.Of("fish"),
        [Stemmer.Porter.Stem("birds")] = MeasureClasses.Of("bird"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the clauses give positive evidence of one measure: the same named head or a shared predicate.</summary>
    /// One clause's predicate may be the other's noun ("evacuated 74 people" / "the evacuation ordered for 80 people"),
    /// so a head or predicate of one near the other's value links them too.
    public bool Links(MeasureSignature other) =>
        (NamesHead && (Head == other.Head || SameGroup(Head, other.Head))) || Predicates.Overlaps(other.Predicates)
        || Names(this).Any(other.Near.Contains) || Names(other).Any(Near.Contains);

    private static IEnumerable<string> Names(MeasureSignature s) => s.NamesHead ? s.Predicates.Append(s.Head) : s.Predicates;
}

/// <summary>Reads a <see cref="MeasureSignature"/> from a value's clause.</summary>
internal static class SignatureReader
{
    // Words that sit between a subject and its verb without being the verb: auxiliaries and a few adverbs of time.
    private static readonly FrozenSet<string> Auxiliaries =
        AuxiliaryVerbs.Set(AuxiliaryVerbs.All, ["got", "get", "also", "now", "still", "already", "then"]);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west", "northern", "southern", "eastern", "western", "upstream", "downstream", "inland",
            "offshore", "away", "off"],
        StringComparer.Ordinal);

    // Nouns that name a value rather than a thing ("a maximum of 15 years", "a total of 40", "a figure of $2m"): the
    // thing measured is named elsewhere in the clause.
    private static readonly FrozenSet<string> ValueNouns = FrozenSet.ToFrozenSet(
        ["maximum", "minimum", "total", "sum", "amount", "figure", "number", "value", "level", "average", "estimate", "peak",
            "high", "low", "record", "tally", "count"],
        StringComparer.Ordinal);

    /// <summary>The signature of the value <paramref name="span"/> of <paramref name="words"/>.</summary>
    public static MeasureSignature Read(Words words, ValueSpan span)
    {
        // A quantity's unit says only which dimension it measures; the noun it sizes says of what ("a 19-metre trawler",
        // "40 metres of water", "a 3 km exclusion zone").
        var headIndex = span.Value.Kind switch
        {
            ValueKind.Quantity => SizedThing(words, span),
            ValueKind.Count when Measures.HeadIndex(words, span) is var counted and >= 0 => counted,
            _ => HeadIndex(words, span),
        };
        var head = Glued(words, span) ?? (headIndex >= 0 ? Stem(words[headIndex]) : "");
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        if (Left(words, span.First) is { } left)
        {
            predicates.Add(left);
        }

        if (Right(words, Math.Max(span.Last, headIndex)) is { } right)
        {
            predicates.Add(right);
        }

        predicates.Remove(head);
        var offset = span.Value is { Kind: ValueKind.Quantity, Unit: "length" } ? Offset(words, Math.Max(span.Last, headIndex)) : null;
        var near = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < words.Count; k++)
        {
            if ((k < span.First || k > span.Last) && IsWord(words, k))
            {
                near.Add(Stem(words[k]));
            }
        }

        var held = span.Value.Kind == ValueKind.Count ? StillHeld(words, Math.Max(span.Last, headIndex)) : null;
        var role = span.Value.Kind == ValueKind.Duration ? DurationRole(words, span.First) : held is not null ? StillHeldModifier : null;
        return new MeasureSignature(offset is null ? head : "", predicates, offset ?? role ?? "", near)
        {
            Extent = span.Value is { Kind: ValueKind.Quantity, Unit: "length" } ? Extents.Read(words, span) : "",
            SumRole = SumRoles.Read(words, span),
            HeldNow = held == true || (held is null && span.Value.Kind == ValueKind.Count && StaysNow(words, Math.Max(span.Last, headIndex))),
            Holding = StockCounts.Read(words, span, headIndex),
            Phrase = span.Value.Kind == ValueKind.Quantity ? SizedPhrase(words, span, headIndex) : FrozenSet<string>.Empty,
            Subject = span.Value.Kind is ValueKind.Quantity or ValueKind.Money or ValueKind.Percent && head.Length == 0 && offset is null ? Subject(words, span) : "",
        };
    }

    // Words that open a clause of their own before a figure's verb: what precedes them is no subject of that verb.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["who", "which", "that", "and", "but", "or", "nor", "when", "while", "after", "before", "as", "if", "because", "than", "where", "whose"],
        StringComparer.Ordinal);

    // Words before a noun phrase that make it no subject: a preposition's object ("levels along the towpath reached"), or
    // one of several joined subjects ("lining, lighting and new seating will cost").
    private static readonly FrozenSet<string> NotBeforeSubject = FrozenSet.ToFrozenSet(
        ["of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "within", "into", "onto", "upon", "about", "above",
            "below", "over", "under", "after", "before", "since", "until", "during", "between", "among", "through", "against",
            "across", "around", "toward", "towards", "via", "per", "along", "up", "down", "off", "out", "near", "beside", "behind",
            "and", "or", "nor", "but", "than"],
        StringComparer.Ordinal);

    // The subject of the verb that governs a value with no noun after it: back from the value over its preposition and
    // hedge ("at about"), one verb (a participle, a present in -s, or a bare verb after an auxiliary: "was running",
    // "costs", "will cost"), its auxiliaries and adverbs, to a lowercase noun. English puts the subject's head last in its
    // phrase, so that noun is the head; it is the subject only when its phrase opens the clause, not after a preposition
    // or a coordinator.
    private static string Subject(Words words, ValueSpan span)
    {
        var k = span.First - 1;
        for (var small = 0; k >= 0 && small < 3 && !words.BreakAfter(k) && Stopwords.IsStopword(words[k]) && !ClauseOpeners.Contains(words[k]) && !Auxiliaries.Contains(words[k]); small++)
        {
            k--;
        }

        if (k < 1 || words.BreakAfter(k) || !IsWord(words, k) || !(words[k].EndsWith("ed", StringComparison.Ordinal) || words[k].EndsWith("ing", StringComparison.Ordinal)
            || words[k].EndsWith('s') || Auxiliaries.Contains(words[k - 1])))
        {
            return "";
        }

        for (k--; k >= 0 && !words.BreakAfter(k) && (Auxiliaries.Contains(words[k]) || (words[k].EndsWith("ly", StringComparison.Ordinal) && words[k].Length > 4)); k--)
        {
        }

        // A subject that names the figure's own kind of value ("the heating bill was running at", "the scheme will cost", "when
        // the brewer's shares slipped 4%") says what the figure is, not whose: the event frame and the sum's role compare that.
        if (k < 0 || words.BreakAfter(k) || !IsNoun(words, k) || SumRoles.NamesRole(words[k])
            || EventFrames.Find(words).Any(cue => cue.First <= k && k <= cue.Last && cue.Kinds.Contains(span.Value.Kind)))
        {
            return "";
        }

        // The noun's phrase: its determiner, possessor and modifiers, four words at most.
        var start = k;
        while (start > 0 && k - start < 4 && !words.BreakAfter(start - 1) && !NotBeforeSubject.Contains(words[start - 1]) && !ClauseOpeners.Contains(words[start - 1])
            && !Auxiliaries.Contains(words[start - 1]) && !words[start - 1].Any(char.IsDigit))
        {
            start--;
        }

        return start > 0 && NotBeforeSubject.Contains(words[start - 1]) ? "" : Stem(words[k]);
    }

    // The words of the noun phrase a quantity sizes (MeasureSignature.Phrase): its first word and the content words
    // after it in one run (no break, no function word), three at most, and the noun before an "of" that opens the value.
    private static HashSet<string> SizedPhrase(Words words, ValueSpan span, int headIndex)
    {
        var phrase = new HashSet<string>(StringComparer.Ordinal);
        for (var k = headIndex; k >= 0 && k < Math.Min(words.Count, headIndex + 3) && IsNoun(words, k); k++)
        {
            phrase.Add(Stem(words[k]));
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        var before = span.First - 1;
        if (before >= 1 && words[before] == "of" && !words.BreakAfter(before - 1) && IsNoun(words, before - 1))
        {
            phrase.Add(Stem(words[before - 1]));
        }

        return phrase;
    }

    // The noun the value counts or qualifies: right after it ("74 firefighters", "a $2m fine", "a six-month contract"), after
    // "of" ("34% of the vote", "three days of talks"), else the noun it is "of" ("a fine of $2m", "a premium of 31%").
    private static int HeadIndex(Words words, ValueSpan span)
    {
        var k = span.Last + 1;
        if (words[k] == "of")
        {
            k++;
            while (words[k] is "the" or "a" or "an" or "its" or "their" or "all")
            {
                k++;
            }
        }

        if (!words.BreakAfter(k - 1) && IsNoun(words, k))
        {
            return k;
        }

        var before = span.First - 1;
        return words[before] == "of" && !words.BreakAfter(before - 1) && IsNoun(words, before - 1) ? before - 1 : -1;
    }

    // The thing a quantity sizes, by the same structure as a counted noun; a word that names the dimension itself
    // ("11 metres long", "a depth of 450 metres", "190 km up") or a preposition ("230 km/h near the eye") says nothing
    // of what was measured.
    private static int SizedThing(Words words, ValueSpan span) =>
        HeadIndex(words, span) is var k and >= 0 && !Dimensions.Contains(words[k]) ? k : -1;

    private static readonly FrozenSet<string> Dimensions = FrozenSet.ToFrozenSet(
        ["long", "longer", "tall", "taller", "high", "higher", "deep", "deeper", "wide", "wider", "thick", "thicker", "across",
            "apart", "underground", "overhead", "aloft", "below", "above", "beneath", "under", "down", "up", "per", "length",
            "height", "depth", "width", "thickness", "diameter", "altitude", "elevation", "distance", "size", "speed", "radius",
            "weight", "mass", "volume", "area", "capacity", "output", "rate",
            // prepositions the stopword list leaves out: what follows them places the value, it is not sized by it
            "near", "along", "inside", "outside", "following", "beyond", "past", "toward", "towards", "behind",
            "beside", "onto", "within", "throughout", "via"],
        StringComparer.Ordinal);

    // "the 14-article treaty", "a six-month contract" read as one token: for a count the glued noun is what is counted.
    private static string? Glued(Words words, ValueSpan span) =>
        span.Value.Kind == ValueKind.Count && Measures.GluedNoun(words.Tokens[span.Number].Text) is { } noun ? Stem(Folding.Fold(noun)) : null;

    // A lowercase content word (no function word, adverb, direction or value noun): what a value can be a number of.
    private static bool IsNoun(Words words, int k) =>
        k >= 0 && k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && words[k].Length > 2 && words[k].All(char.IsLetter)
        && !Stopwords.IsStopword(words[k]) && !Auxiliaries.Contains(words[k]) && !words[k].EndsWith("ly", StringComparison.Ordinal)
        && !Directions.Contains(words[k]) && !ValueNouns.Contains(words[k]);

    private static bool IsWord(Words words, int k) =>
        char.IsLower(words.Tokens[k].Text[0]) && words[k].Length > 2 && words[k].All(char.IsLetter) && !Stopwords.IsStopword(words[k])
        && !Auxiliaries.Contains(words[k]);

    // The verb or nominalisation before the value in its clause: "evacuated 74 people", "the evacuation of 74 people",
    // "reached 230 km/h", "rose to 14".
    private static string? Left(Words words, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4) && !words.BreakAfter(k); k--)
        {
            if (Stopwords.IsStopword(words[k]) || Auxiliaries.Contains(words[k]) || words[k].EndsWith("ly", StringComparison.Ordinal))
            {
                continue;
            }

            return char.IsLower(words.Tokens[k].Text[0]) && words[k].All(c => char.IsLetter(c) || c == '-') ? Stem(words[k]) : null;
        }

        return null;
    }

    // The verb after a value that is the subject of its clause: "74 people were evacuated", "80 firefighters tackled".
    // Only auxiliaries and adverbs may stand between: "74 people on the night shift" has none. After a copula the
    // predicate is the state it names: "nine people remain in hospital" and "14 people are in hospital" share one.
    private static string? Right(Words words, int last)
    {
        var copula = false;
        for (var k = last + 1; k < Math.Min(words.Count, last + 6) && !words.BreakAfter(k - 1); k++)
        {
            if (Auxiliaries.Contains(words[k]) || words[k] is "not" || (words[k].EndsWith("ly", StringComparison.Ordinal) && words[k].Length > 4))
            {
                copula |= words[k] is "is" or "are" or "was" or "were" or "been" or "be";
                continue;
            }

            if (Copulas.Contains(words[k]) && !copula)
            {
                copula = true;
                continue;
            }

            if (copula && words[k] is "in" or "on" or "at" or "under" or "behind" && IsWord(words, k + 1))
            {
                return Stem(words[k + 1]);
            }

            return char.IsLower(words.Tokens[k].Text[0]) && words[k].All(char.IsLetter) && !Stopwords.IsStopword(words[k]) ? Stem(words[k]) : null;
        }

        return null;
    }

    /// <summary>The modifier of a duration that is the window a change or tally is put in ("in three years").</summary>
    public const string Window = "window";

    /// <summary>
    /// The modifier of a duration that is how often something recurs ("buses leave every 15 minutes", "inspected every
    /// two years"): the gap between repeats, not how long any one of them lasts.
    /// </summary>
    public const string Recurrence = "every";

    // How long something lasted ("for six months", "a six-month contract", "spent three hours") is another measure than
    // the window a change or a tally is put in ("rents rose 31% in three years", "the third round of cuts in 18 months",
    // "must be deleted within 90 days") or the time after which something happened ("after three years of frozen pay"):
    // the preposition that governs the duration says which.
    private static string? DurationRole(Words words, int first) =>
        first > 0 && !words.BreakAfter(first - 1)
            ? words[first - 1] switch
            {
                "in" or "over" or "within" or "during" or "inside" => Window,
                "after" => "after",
                "every" => Recurrence,
                _ => null,
            }
            : null;

    /// <summary>The modifier of a count of those a state still holds (<see cref="StillHeld"/>).</summary>
    public const string StillHeldModifier = "held";

    // "Two remain in hospital", "five runners were being kept in hospital overnight", "six were still in intensive care":
    // ("held in custody"): a count of those a state still holds is the number left at the hour of the report, another measure than the count
    // of those the act befell ("14 runners were taken to hospital", "22 were treated"), however each outlet words it.
    // Read from the verb group after the count: "still", or a linking verb with a place of the state after it. Null when
    // no state is held; true when the group says it in the present ("remain", "are still"), as of the report's hour,
    // false when in the past ("were kept in hospital overnight"), as of a moment the sentence tells.
    private static bool? StillHeld(Words words, int last)
    {
        var linked = false;
        var present = false;
        for (var k = last + 1; k < Math.Min(words.Count - 1, last + 6) && !words.BreakAfter(k - 1); k++)
        {
            present |= Present.Contains(words[k]);
            if (words[k] == "still")
            {
                return present || Present.Contains(words[k + 1]);
            }

            if (Copulas.Contains(words[k]) || words[k] is "is" or "are" or "was" or "were" or "being" or "kept" or "held")
            {
                linked = true;
                continue;
            }

            if (Auxiliaries.Contains(words[k]))
            {
                continue;
            }

            return linked && words[k] is "in" or "under" && IsWord(words, k + 1) ? present : null;
        }

        return null;
    }

    // "Two of the neighbouring homes remain empty", "three roads stay closed", "about 700 homes are without power": a
    // present verb of staying right after the count (past "now"), or a present "be" with the "without" or "off" of a
    // supply cut, says a state holds at the hour of the report, whatever state it names. It is not read as a modifier of
    // its own (as "remain in hospital" is): the count is of those an act once befell, as the homes evacuated or cut off
    // are, only fewer of them now.
    private static bool StaysNow(Words words, int last)
    {
        var k = words[last + 1] == "now" && !words.BreakAfter(last) ? last + 2 : last + 1;
        if (k >= words.Count - 1 || words.BreakAfter(k - 1) || words.BreakAfter(k))
        {
            return false;
        }

        return (words[k] is "remain" or "remains" or "stay" or "stays" && IsWord(words, k + 1))
            || (words[k] is "are" or "is" && words[k + 1] is "without" or "off");
    }

    private static readonly FrozenSet<string> Present = FrozenSet.ToFrozenSet(
        ["is", "are", "remain", "remains", "stay", "stays", "has", "have"], StringComparer.Ordinal);

    // Verbs that link a subject to a state, as "be" does.
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["remain", "remains", "remained", "stay", "stays", "stayed"], StringComparer.Ordinal);

    // "40 kilometres north of the city", "12 miles from the coast", "300 metres away": a place, not a size of the event.
    // ("from snout to tail" is a span of the thing itself: "from" places only before a name.) The place it is measured
    // from is part of the measure: "40 km north of Arlo" and "55 km north of Arlo" conflict; "north of Brede" is another.
    private static string? Offset(Words words, int last)
    {
        var k = last + 1;
        if (words.BreakAfter(last) || !(Directions.Contains(words[k]) || (words[k] == "from" && words.Capitalized(k + 1))))
        {
            return null;
        }

        for (var end = Math.Min(words.Count - 1, k + 4); k <= end; k++)
        {
            if (words.Capitalized(k))
            {
                return "offset:" + NameKey.Of(words.Tokens[k].Text);
            }
        }

        return "offset";
    }

    private static string Stem(string word) => Stemmer.Porter.Stem(word);
}
