using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// A place a sentence puts its event at: the relation ("near", "outside", "north of") and the place's name. Around: the
/// keys of the places the sentence says it lies in or near ("Kell Hall in Ordsby", "Carden Street, Welbury"), which
/// state the same place at a coarser grain.
/// </summary>
internal sealed record PlaceSpan(string Relation, int First, int Last, string NameKey, string Head)
{
    public IReadOnlyList<string> Around { get; init; } = [];

    /// <summary>The common noun of a site placed by the name ("barn" in "in a barn outside Trewick"); else "".</summary>
    public string Site { get; init; } = "";
}

/// <summary>
/// Reads where: "near Dunmere station", "outside Kellby", "in Castlebury Cathedral", "at the Brunnwick weather
/// station", "on the N6 outside Ellerby", "over Port Anselm", "on the edge of Thrapley", "four miles north of Dunmere" (the distance is read as a quantity by the figure reader).
/// </summary>
internal static class PlaceReader
{
    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"],
        StringComparer.Ordinal);

    // Common nouns that finish a place's name ("Dunmere station", "Lauderfeld airport").
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        [
            "station", "airport", "hall", "cathedral", "church", "plant", "factory", "port", "harbour", "harbor", "bridge",
            "stadium", "square", "street", "road", "park", "centre", "center", "hospital", "school", "court", "site",
            "weather", "mine", "quarry", "terminal", "depot", "camp", "village", "town", "city", "district", "county",
            "province", "region", "valley", "river", "lake", "beach", "coast", "island", "border", "crossing", "junction",
            "lane", "row", "avenue", "works", "estate", "reservoir", "embankment", "allotments", "ridge", "summit",
            "gully", "buttress", "pass", "hill", "moor", "forest", "bay", "headland", "arena", "prison",
            "terrace", "crescent", "drive", "gardens", "parade", "wharf", "quay", "pier", "dock", "marina", "substation",
            "close", "mews", "grove", "wynd", "rise",
        ],
        StringComparer.Ordinal);

    // Nouns that name a part or the surroundings of a place, read with "of" and the place: "on the edge of Thrapley", "in
    // the area of Corran Bridge", "the eastern slope of the Garzo ridge".
    private static readonly FrozenSet<string> Parts = FrozenSet.ToFrozenSet(
        ["area", "edge", "outskirts", "vicinity", "flank", "slope", "side", "foot", "end", "heart", "centre", "center"],
        StringComparer.Ordinal);

    // Heads that name a street-level place and heads that name a settlement or an area: "on Corvin Street" and "in the town
    // of Halbrook" state one place at two grains, not two places.
    private static readonly FrozenSet<string> StreetNouns = FrozenSet.ToFrozenSet(
        ["street", "road", "lane", "row", "avenue", "square", "junction", "crossing", "bridge", "terrace", "crescent", "drive",
            "gardens", "parade", "close", "mews", "grove", "wynd", "rise"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="head"/> names a street-level place ("lane", "terrace").</summary>
    public static bool StreetLevel(string head) => StreetNouns.Contains(head);

    private static readonly FrozenSet<string> AreaNouns = FrozenSet.ToFrozenSet(
        ["village", "town", "city", "district", "county", "province", "region", "valley"], StringComparer.Ordinal);

    /// <summary>True when places with these heads are of different grains (a street and a town), so neither rules out the other.</summary>
    public static bool OtherGrain(string headA, string headB) =>
        (StreetNouns.Contains(headA) && AreaNouns.Contains(headB)) || (AreaNouns.Contains(headA) && StreetNouns.Contains(headB));

    // Last words of a named site whose own place a sentence may give ("Hollin Bank Farm, near Tresk", "Fennick Zoo in Marlby").
    private static readonly FrozenSet<string> SiteNouns = FrozenSet.ToFrozenSet(
        ["farm", "zoo", "mill", "dam", "museum", "mine", "works", "reservoir", "estate", "prison", "airport", "station", "plant",
            "factory", "hospital", "school", "stadium", "bridge", "hall", "depot", "terminal", "quarry", "camp"],
        StringComparer.Ordinal);

    /// <summary>
    /// The named site a place locates, when the place follows the site's name: "Hollin Bank Farm, near the village of Tresk",
    /// "Hollin Bank Farm on the outskirts of Marlow". Sources that place one site differently disagree about where it
    /// is, whatever event each sentence tells. Null when the place follows no site's name.
    /// </summary>
    public static string? Holder(Words words, PlaceSpan place)
    {
        var last = place.First - 1;
        if (last < 1 || !NameSpans.IsNameWord(words, last) || !SiteNouns.Contains(words[last]))
        {
            return null;
        }

        var first = last;
        while (first > 0 && NameSpans.IsNameWord(words, first - 1) && !words.BreakAfter(first - 1))
        {
            first--;
        }

        return first == last ? null : string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => words.Tokens[k].Text));
    }

    /// <summary>
    /// The relation of a place something or someone was moved to ("airlifted to Trevanna Hospital", "taken by minibus to
    /// the village hall in Glenmuir"): where a part of the event ends, a slot of its own beside where it happened.
    /// </summary>
    public const string Destination = "to";

    // Verbs that move people somewhere: after them "to" names where they ended up. A general lexicon of how news reports
    // a transfer; "to" after any other word ("talks to", "a letter to") names no place.
    private static readonly FrozenSet<string> MovingVerbs = FrozenSet.ToFrozenSet(
        [
            "taken", "took", "take", "airlifted", "airlift", "flown", "flew", "moved", "move", "diverted", "transferred",
            "transfer", "led", "rushed", "evacuated", "brought", "sent", "carried", "driven", "ferried", "relocated",
            "relocate", "transported", "escorted", "bussed", "admitted", "winched", "stretchered",
        ],
        StringComparer.Ordinal);

    // Words for people the counted-noun lexicon leaves out: pronouns and the words for one person a story names.
    private static readonly FrozenSet<string> PersonWords = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "him", "her", "them", "those", "who", "we", "us", "boy", "girl", "son", "daughter", "mother", "father",
            "wife", "husband", "teenager", "pupils", "everyone", "anyone"],
        StringComparer.Ordinal);

    // Words that open another clause: a subject before them is not the moved verb's.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["that", "which", "where", "said", "while", "after", "when", "because", "before"], StringComparer.Ordinal);

    /// <summary>
    /// True when "to" at <paramref name="to"/> closes a moving verb's clause within a few words ("taken by minibus to",
    /// "were later moved to") and what was moved is people: its object ("took them to") or its subject ("the boy was
    /// flown to", "Those brought down were led to"). Where people were taken is a slot of the story (a hospital, a rest
    /// centre); things moved ("flights were diverted to", "moved its home games to") are as often other matters.
    /// </summary>
    private static bool Moved(Words words, int to)
    {
        var verb = -1;
        for (var k = to - 1; k >= Math.Max(0, to - 4) && !words.BreakAfter(k) && words[k] != "to"; k--)
        {
            if (MovingVerbs.Contains(words[k]))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        if (Enumerable.Range(verb + 1, to - verb - 1).Any(j => Person(words[j])))
        {
            return true;
        }

        for (var j = verb - 1; j >= Math.Max(0, verb - 8) && !Openers.Contains(words[j]); j--)
        {
            if (Person(words[j]))
            {
                return true;
            }
        }

        return false;

        static bool Person(string word) => PersonWords.Contains(word) || MeasureClasses.Of(word) == MeasureClasses.Persons;
    }

    public static List<PlaceSpan> Read(Words words)
    {
        var found = new List<PlaceSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Possessed(words, i) is { } owned)
            {
                found.Add(owned);
                i = owned.Last;
                continue;
            }

            string? relation = words[i] switch
            {
                "near" or "outside" or "in" or "at" or "inside" or "off" or "over" or "on" or "from" => words[i],
                "to" when Moved(words, i) => Destination,
                var d when Directions.Contains(d) && words[i + 1] == "of" => d + " of",
                _ => null,
            };
            if (relation is null)
            {
                continue;
            }

            var start = relation.EndsWith(" of", StringComparison.Ordinal) ? i + 2 : i + 1;
            if (words[start] is "the" or "a")
            {
                start++;
            }

            // "on the town's Market Square": the settlement that owns the place is the story's own, and the name follows it.
            if (Owners.Contains(words[start]) && PlaceWord(words, start + 1) && !words.BreakAfter(start))
            {
                start++;
            }

            // "near the village of Almira", "in the mountain town of Castel Serra": the place is named after what it is.
            var described = Described(words, start);
            var site = "";
            if (described is { } named)
            {
                start = named.Name;
            }
            else if (relation is not ("off" or "over" or "from") && !relation.Contains(' ', StringComparison.Ordinal) && Located(words, i, relation) is { } located)
            {
                (start, described, site) = (located.Name, (located.Name, located.Head), located.Head);
            }

            if (!PlaceWord(words, start) || NameSpans.Titles.Contains(words[start]))
            {
                continue;
            }

            var last = start;
            while (last + 1 < words.Count && PlaceWord(words, last + 1) && !words.BreakAfter(last))
            {
                last++;
            }

            var nameLast = -1;

            // Lowercase place nouns that finish the name: "Brunnwick weather station".
            var head = described?.Head ?? "";
            while (last + 1 < words.Count && PlaceNouns.Contains(words[last + 1]) && !words.BreakAfter(last))
            {
                last++;
                head = words[last];
            }

            // "the junction of Corvin Street and Mill Road": a place where two named ways meet is written with both.
            if (described?.Head is { } meeting && Meeting.Contains(meeting) && words[last + 1] == "and" && !words.BreakAfter(last)
                && (words[last + 2] == "the" ? last + 3 : last + 2) is var second && PlaceWord(words, second))
            {
                nameLast = last;
                last = second;
                while (last + 1 < words.Count && (PlaceWord(words, last + 1) || PlaceNouns.Contains(words[last + 1])) && !words.BreakAfter(last))
                {
                    last++;
                }
            }

            // "at Merrow Hall" is a hall; "a plant in Harlow Bridge" is the plant's place.
            if (head.Length == 0 && PlaceNouns.Contains(words[last]))
            {
                head = words[last];
            }
            else if (head.Length == 0 && relation is "in" or "at" && i > 0 && !words.Capitalized(i - 1) && PlaceNouns.Contains(words[i - 1]))
            {
                head = words[i - 1];
            }

            // "on" puts many things somewhere other than a place ("on the Housing Bill", "on Radio Northmoor"): only a
            // name that says it is a place (a place noun, a road's number, a part of a place, a neighbouring place: "on
            // Fen Drove, beyond Saltney Bridge") is read after it.
            if (relation == "on" && head.Length == 0 && described is null && !RoadNumber(words, start) && Neighbour(words, last) is null)
            {
                continue;
            }

            // "from" is mostly where someone or something comes from; only a part of a place ("tore loose from the flank
            // of Monte Sesta") is where the event itself is.
            if (relation == "from" && (described is null || !Parts.Contains(described.Value.Head)))
            {
                continue;
            }

            // Of two ways that meet, the first names the place: "Corvin Street junction" in a headline is the same place.
            var keyLast = nameLast >= 0 ? nameLast : last;
            var name = NameKey.Of(string.Join(' ', Enumerable.Range(start, keyLast - start + 1).Select(k => words.Tokens[k].Text)));
            var (chained, around) = Chained(words, last);
            found.Add(new PlaceSpan(relation, i, chained, name, head) { Around = around, Site = site });
            i = chained;
        }

        return found;
    }

    // Settlements whose possessive opens a place's name: "the town's Market Square", "the city's Castle Park".
    private static readonly FrozenSet<string> Owners = FrozenSet.ToFrozenSet(
        ["town's", "city's", "village's", "county's", "district's", "island's", "region's", "country's", "capital's"], StringComparer.Ordinal);

    // Place nouns that name where two named ways meet.
    private static readonly FrozenSet<string> Meeting = FrozenSet.ToFrozenSet(
        ["junction", "crossing", "corner", "intersection", "crossroads"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "one"], StringComparer.Ordinal);

    /// <summary>
    /// A site the sentence names by a common noun and places by a name: "in a barn outside Trewick", "at a caravan park
    /// near Holmsby", "outside a house in Orchard Rise", "on the climb to Darrow Summit", "in a gully below Sgurr Ban". The phrase is a place however
    /// its noun is worded: the preposition before it says so, and the name after it is the place compared; the noun (the
    /// last of up to three lowercase words after a determiner) says what kind of site it is. Not after "off", "over" or
    /// "from", which open idioms of motion ("came off the rails outside Kellby") more often than a site.
    /// </summary>
    private static (int Name, string Head)? Located(Words words, int i, string relation)
    {
        // A destination may name its site with no determiner: "flown to hospital in Trevanna".
        var bare = relation == Destination && !Determiners.Contains(words[i + 1]);
        if ((!bare && !Determiners.Contains(words[i + 1])) || words.BreakAfter(i) || (!bare && words.BreakAfter(i + 1)))
        {
            return null;
        }

        for (var m = bare ? i + 1 : i + 2; m <= i + 4 && m + 2 < words.Count; m++)
        {
            if (!char.IsLower(words.Tokens[m].Text[0]) || !char.IsLetter(words.Tokens[m].Text[0]) || Stopwords.IsStopword(words[m])
                || words.BreakAfter(m))
            {
                return null;
            }

            var locator = words[m + 1];
            var locates = locator is "in" or "near" or "outside" or "off" or "beside" or "behind" or "below" or "above"
                || (locator == "to" && relation == "on");
            var name = words[m + 2] == "the" ? m + 3 : m + 2;
            if (locates && !words.BreakAfter(m + 1) && PlaceWord(words, name) && !NameSpans.Titles.Contains(words[name]))
            {
                return (name, words[m]);
            }
        }

        return null;
    }

    // A place noun or a part of a place, with up to two lowercase words before it, then "of" and a name: "village of
    // Almira", "mountain town of Castel Serra", "edge of Thrapley", "eastern slope of the Garzo ridge". The name is the
    // place; the noun says what kind of place (or which part of it) it is.
    private static (int Name, string Head)? Described(Words words, int start)
    {
        for (var k = start; k <= start + 2 && k + 2 < words.Count && !words.Capitalized(k) && !words.BreakAfter(k); k++)
        {
            var name = words[k + 2] == "the" ? k + 3 : k + 2;
            if ((PlaceNouns.Contains(words[k]) || Parts.Contains(words[k])) && words[k + 1] == "of" && PlaceWord(words, name)
                && !NameSpans.Titles.Contains(words[name]))
            {
                return (name, words[k]);
            }
        }

        return null;
    }

    // A word of a place's name: a name word, a road's number ("the N4", "the A303") or a possessive inside a name
    // ("Tanner's Lane", "St John's Square").
    private static bool PlaceWord(Words words, int k) =>
        NameSpans.IsNameWord(words, k) || RoadNumber(words, k)
        || (words.Capitalized(k) && words[k].EndsWith("'s", StringComparison.Ordinal) && words.Capitalized(k + 1) && NameSpans.IsNameWord(words, k + 1)
            && !words.BreakAfter(k));

    private static bool RoadNumber(Words words, int k) =>
        k >= 0 && k < words.Count && words.Tokens[k].Text is { Length: >= 2 and <= 5 } text && char.IsUpper(text[0])
        && text.Skip(1).SkipWhile(char.IsUpper).Any() && text.Skip(1).SkipWhile(char.IsUpper).All(char.IsDigit);

    // "its Wexmoor plant", "its Harlow Bridge assembly plant": a named site owned by the subject.
    private static PlaceSpan? Possessed(Words words, int i)
    {
        if (words[i] is not ("its" or "their" or "his" or "her") || !NameSpans.IsNameWord(words, i + 1))
        {
            return null;
        }

        var last = i + 1;
        while (NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        var end = last;
        for (var k = last + 1; k <= last + 3 && k < words.Count && char.IsLower(words.Tokens[k].Text[0]); k++)
        {
            if (PlaceNouns.Contains(words[k]))
            {
                var name = NameKey.Of(string.Join(' ', Enumerable.Range(i + 1, end - i).Select(j => words.Tokens[j].Text)));
                return new PlaceSpan("of", i + 1, k, name, words[k]);
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    // Relations that place a place beside another, not inside it: "on Weir Street, just off the Market Square", "on
    // Market Square in front of the Corn Exchange", "a lay-by on Fen Drove, beyond Saltney Bridge". Not "by", which as
    // often names who did something ("stopped on Mill Road by Ridings Police").
    private static readonly string[][] Beside =
        [.. new[] { "off", "beside", "opposite", "beyond", "behind", "below", "above", "in front of", "next to", "close to" }.Select(r => r.Split(' '))];

    /// <summary>
    /// The last word of a place named right after <paramref name="last"/> as its neighbour ("on Bridge Street, just off
    /// Market Square"), or null. The neighbour is part of how the source places the event, so it belongs to the place's
    /// text (a reader checking the citation finds it there), yet it is no coarser grain of the place: a street just off a
    /// square is not on the square, so it is not kept as a place around this one, and it is not read as a place of its own.
    /// </summary>
    private static int? Neighbour(Words words, int last)
    {
        var k = last + 1;
        if (words.BreakAfter(last) && words.Gap(last).Trim() != ",")
        {
            return null;
        }

        if (words[k] is "just" or "right" or "directly" or "immediately" && !words.BreakAfter(k))
        {
            k++;
        }

        var relation = Beside.FirstOrDefault(r => words.At(k, r));
        if (relation is null || Enumerable.Range(k, relation.Length).Any(words.BreakAfter))
        {
            return null;
        }

        var name = words[k + relation.Length] == "the" ? k + relation.Length + 1 : k + relation.Length;
        if (!PlaceWord(words, name) || NameSpans.Titles.Contains(words[name]))
        {
            return null;
        }

        var end = name;
        while (end + 1 < words.Count && (PlaceWord(words, end + 1) || PlaceNouns.Contains(words[end + 1])) && !words.BreakAfter(end))
        {
            end++;
        }

        return end;
    }

    // The text of a place runs on over a place that locates it: "at Merrow Hall in Castlebury", "outside Kellby, about
    // four miles north of Dunmere", "in Carden Street, Welbury". Only the first place is the name compared; a place it
    // is in or near ("in Castlebury", ", Welbury") is kept as a coarser statement of the same place.
    private static (int Last, IReadOnlyList<string> Around) Chained(Words words, int last)
    {
        if (Neighbour(words, last) is { } beside)
        {
            return Chained(words, beside);
        }

        var k = last + 1;
        if (words[k] is "in" or "near" or "outside" or "at" or "on" && PlaceWord(words, k + 1) && !words.BreakAfter(last))
        {
            k++;
            var first = k;
            while (PlaceWord(words, k + 1) && !words.BreakAfter(k))
            {
                k++;
            }

            return (k, [NameKey.Of(string.Join(' ', Enumerable.Range(first, k - first + 1).Select(j => words.Tokens[j].Text)))]);
        }

        if (words.BreakAfter(last) && words.Gap(last).Trim() == "," && NameSpans.IsNameWord(words, k))
        {
            // "a flat in Carden Street, Welbury": a bare name set off by a comma and closing the clause is the town.
            var end = k;
            while (NameSpans.IsNameWord(words, end + 1) && !words.BreakAfter(end))
            {
                end++;
            }

            if (end + 1 >= words.Count || words.BreakAfter(end))
            {
                return (end, [NameKey.Of(string.Join(' ', Enumerable.Range(k, end - k + 1).Select(j => words.Tokens[j].Text)))]);
            }
        }

        if (words.BreakAfter(last))
        {
            var m = k;
            while (m < Math.Min(words.Count, k + 5) && !Directions.Contains(words[m]) && !words.BreakAfter(m))
            {
                m++;
            }

            if (m >= words.Count || !Directions.Contains(words[m]) || words[m + 1] != "of" || !NameSpans.IsNameWord(words, m + 2))
            {
                return (last, []);
            }

            k = m + 2;
        }
        else
        {
            return (last, []);
        }

        while (NameSpans.IsNameWord(words, k + 1) && !words.BreakAfter(k))
        {
            k++;
        }

        return (k, []);
    }
}
