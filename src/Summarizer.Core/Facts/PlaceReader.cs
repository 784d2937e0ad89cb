using System.Collections.Frozen;
using Summarizer.Text;
using static Summarizer.Facts.PlaceWords;

namespace Summarizer.Facts;

/// <summary>
/// Reads where: "near Dunmere station", "outside Kellby", "in Castlebury Cathedral", "at the Brunnwick weather
/// station", "on the N6 outside Ellerby", "over Port Anselm", "on the edge of Thrapley", "four miles north of Dunmere" (the distance is read as a quantity by the figure reader).
/// </summary>
internal static class PlaceReader
{
    /// <summary>
    /// The relation of a place something or someone was moved to ("airlifted to Trevanna Hospital"): where a part of the
    /// event ends, a slot of its own beside where it happened (see <see cref="PlaceDestinations"/>).
    /// </summary>
    public const string Destination = "to";

    public static List<PlaceSpan> Read(Words words)
    {
        var found = new List<PlaceSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (PlaceSites.Possessed(words, i) is { } owned)
            {
                found.Add(owned);
                i = owned.Last;
                continue;
            }

            if (WaysMeeting(words, i) is { } corner)
            {
                found.Add(corner);
                i = corner.Last;
                continue;
            }

            if (Crossed(words, i) is { } way)
            {
                found.Add(way);
                i = way.Last;
                continue;
            }

            if (Relation(words, i) is { } relation && Place(words, i, relation) is { } place)
            {
                found.Add(place);
                i = place.Last;
            }
        }

        return found;
    }

    /// <summary>
    /// "where Tanners Row meets Mill Street", "where the Old Road joins Castle Street": a junction told by the two named ways
    /// that meet there, one of them a street. The place is the junction, named by its first way as "the junction of Corvin
    /// Street and Mill Road" is; null when what follows "where" is no such meeting.
    /// </summary>
    private static PlaceSpan? WaysMeeting(Words words, int i)
    {
        if (words[i] != "where" || words.BreakAfter(i))
        {
            return null;
        }

        var first = words[i + 1] == "the" ? i + 2 : i + 1;
        if (!PlaceWord(words, first) || NameSpans.Titles.Contains(words[first]))
        {
            return null;
        }

        var last = first;
        while (last + 1 < words.Count && PlaceWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        var second = words[last + 2] == "the" ? last + 3 : last + 2;
        if (words.BreakAfter(last) || words[last + 1] is not ("meets" or "meet" or "joins" or "join" or "crosses" or "cross")
            || words.BreakAfter(last + 1) || !PlaceWord(words, second))
        {
            return null;
        }

        var end = second;
        while (end + 1 < words.Count && PlaceWord(words, end + 1) && !words.BreakAfter(end))
        {
            end++;
        }

        if (!StreetLevel(words[last]) && !StreetLevel(words[end]))
        {
            return null;
        }

        var (chained, around) = PlaceChains.Chained(words, end);
        return new PlaceSpan("at", i, chained, Key(words, first, last), "junction") { Around = around };
    }

    /// <summary>
    /// "as she crossed Salkeld Street", "while crossing the A61": the way someone crosses is where they were, told as the
    /// verb's object with no preposition, as "on Salkeld Street" tells it. Only a way a name says is one (a street-level
    /// noun or a road's number) is read, so "crossed the Rubicon" or "crossed the line" is not; null otherwise.
    /// </summary>
    private static PlaceSpan? Crossed(Words words, int i)
    {
        if (words[i] is not ("cross" or "crosses" or "crossed" or "crossing") || !char.IsLower(words.Tokens[i].Text[0])
            || words.BreakAfter(i))
        {
            return null;
        }

        var start = words[i + 1] == "the" ? i + 2 : i + 1;
        if (!PlaceWord(words, start) || (start > i + 1 && words.BreakAfter(i + 1)) || Place(words, i, "on") is not { } way)
        {
            return null;
        }

        return StreetLevel(way.Head) || RoadNumber(words, start) ? way : null;
    }

    // Prepositions that put an event by, under or onto a place rather than at it: "beyond Gull Point", "below the Harbour
    // Inn", "under Cobden Terrace", "along the Drovers Road", "ran onto the Mazard Ledge". Like "on" they put many things
    // somewhere other than a place ("behind Labour", "under Section 5"), so only a name that says
    // it is a place is read after them.
    private static readonly FrozenSet<string> Beside = FrozenSet.ToFrozenSet(
        ["beyond", "below", "above", "beneath", "under", "along", "alongside", "behind", "beside", "opposite", "onto"], StringComparer.Ordinal);

    private static string? Relation(Words words, int i) => words[i] switch
    {
        "between" when words[i + 1] == "junctions" => "between",
        "from" when PlaceDestinations.LeftCare(words, i) => Destination,
        "near" or "outside" or "in" or "at" or "inside" or "off" or "over" or "on" or "from" => words[i],
        var b when Beside.Contains(b) => b,
        "to" when PlaceDestinations.Moved(words, i) => Destination,
        var d when Directions.Contains(d) && words[i + 1] == "of" => d + " of",
        _ => null,
    };

    /// <summary>
    /// The place noun that finishes a name after up to two lowercase words saying what kind of site it is ("the Brinmoor
    /// switching station", "the Quarrybank industrial estate", "the Grisdale treatment works", "Fellhurst golf course": the
    /// nouns of <see cref="PlaceWords.KindNouns"/> only here, behind a kind word), or null. Without it the
    /// name stops at its last capital and the site is read as the bare name, a town as often as a site.
    /// </summary>
    private static int? KindAfter(Words words, int last)
    {
        for (var m = last + 1; m <= last + 2 && m + 1 < words.Count && !words.BreakAfter(m - 1); m++)
        {
            var text = words.Tokens[m].Text;
            if (!char.IsLower(text[0]) || Stopwords.IsStopword(words[m]) || PlaceNouns.Contains(words[m]))
            {
                return null;
            }

            if ((PlaceNouns.Contains(words[m + 1]) || KindNouns.Contains(words[m + 1])) && !words.BreakAfter(m))
            {
                return m + 1;
            }
        }

        return null;
    }

    // The place named after the relation word at i, or null when what follows names no place.
    private static PlaceSpan? Place(Words words, int i, string relation)
    {
        var start = relation.EndsWith(" of", StringComparison.Ordinal) ? i + 2 : i + 1;
        if (words[start] is "the" or "a")
        {
            start++;
        }

        // "in neighbouring Harlow", "at nearby Kelby": the word only says the place is close to another.
        if ((PlaceWords.SaysNearness(words[start]) || PlaceWords.SaysSiteState(words[start])) && PlaceWord(words, start + 1)
            && !words.BreakAfter(start))
        {
            start++;
        }

        // "near junction 17", "between junctions 14 and 15": a motorway's stretch is named by its numbered junctions.
        if (MotorwayJunctions(words, i, start, relation) is { } stretch)
        {
            return stretch;
        }

        // "on the town's Market Square": the settlement that owns the place is the story's own, and the name follows it.
        // "at the company's Halsted plant", "in the school's Oakwood Block": any other owner's possessive opens a site's name,
        // kept only when the name ends in a place noun ("the firm's Quarterly Review" is no place).
        var ownedSite = false;
        if (PlaceWord(words, start + 1) && !words.BreakAfter(start) && words.Tokens[start].Text is var owner
            && owner.EndsWith("'s", StringComparison.Ordinal) && char.IsLower(owner[0]))
        {
            ownedSite = !Owners.Contains(words[start]);
            start++;
        }

        // "near the village of Almira", "in the mountain town of Castel Serra": the place is named after what it is.
        var described = PlaceSites.Described(words, start);
        var site = "";
        if (described is { } named)
        {
            start = named.Name;
        }
        else if (relation is not ("off" or "over" or "from") && !relation.Contains(' ', StringComparison.Ordinal)
            && PlaceSites.Located(words, i, relation) is { } located)
        {
            (start, described, site) = (located.Name, (located.Name, located.Head), located.Head);
        }

        if (!PlaceWord(words, start) || NameSpans.Titles.Contains(words[start]))
        {
            return null;
        }

        var last = NameEnd(words, start);
        last = Joined(words, last);

        var nameLast = -1;

        // Lowercase place nouns that finish the name: "Brunnwick weather station", "the Brinmoor switching station".
        var head = described?.Head ?? "";
        if (KindAfter(words, last) is { } kind)
        {
            (last, head) = (kind, words[kind]);
        }

        // "the former Dunmore Road mill", "the Kelby farm": a lowercase site noun after a name says which site is meant
        // (the mill on Dunmore Road) and finishes the name, as a place noun does; the value is the whole noun phrase.
        while (last + 1 < words.Count && (PlaceNouns.Contains(words[last + 1]) || PlaceSites.IsSiteNoun(words[last + 1])) && !words.BreakAfter(last))
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

        // "at Merrow Hall" is a hall; "a plant in Harlow" is the plant's place; "in Pennock Bridge" is a town
        // (TownNamedForCrossing), but "a plant in Harlow Bridge" still reads the bridge, not the plant.
        if (head.Length == 0
            && ((PlaceNouns.Contains(words[last]) && !TownNamedForCrossing(words, i, relation, described, last)) || KindNamed(words, start, last)))
        {
            head = words[last];
        }
        else if (head.Length == 0 && relation is "in" or "at" && i > 0 && !words.Capitalized(i - 1) && PlaceNouns.Contains(words[i - 1]))
        {
            head = words[i - 1];
        }

        if (ownedSite && head.Length == 0)
        {
            return null;
        }

        // "analysts at Greyling Partners": a bare name after a noun of people is whom they work for, not a place.
        if (head.Length == 0 && described is null && PlaceAffiliations.AfterPeople(words, i))
        {
            return null;
        }

        // "victory over Kelby" names the side beaten; "in Division Two", "in the Ashby and District League" name a body
        // (the name read on through "and", which Joined keeps only for a site). Neither is where anything happened.
        if (head.Length == 0 && described is null
            && (PlaceAffiliations.Opponent(words, i) || PlaceAffiliations.BodyName(words, start, WholeName(words, last))))
        {
            return null;
        }

        // "at the top of the Ashby League", "at the heart of the Borough Council": a part of a body is a rank or a role in it.
        if (described is { } part && Parts.Contains(part.Head) && head == part.Head
            && PlaceAffiliations.BodyName(words, start, WholeName(words, last)))
        {
            return null;
        }

        // "on Ousby Knowe", "on Dalgetty Moss": a name whose own last word is a landform says it is a place, as one ending
        // in a place noun does (PlaceWords.Landforms; a lowercase "head" or "reach" after a name is no part of it).
        if ((relation == "on" || Beside.Contains(relation)) && head.Length == 0 && described is null && last > start
            && words.Capitalized(last) && Landforms.Contains(words[last]))
        {
            head = words[last];
        }

        // "on" puts many things somewhere other than a place ("on the Housing Bill", "on Radio Northmoor"): only a
        // name that says it is a place (a place noun, a road's number, a part of a place, a neighbouring place: "on
        // Fen Drove, beyond Saltney Bridge") is read after it.
        if ((relation == "on" || Beside.Contains(relation)) && head.Length == 0 && described is null && !RoadNumber(words, start) && PlaceChains.Neighbour(words, last) is null)
        {
            return null;
        }

        // "from" is mostly where someone or something comes from; only a part of a place ("tore loose from the flank
        // of Monte Sesta") is where the event itself is.
        if (relation == "from" && (described is null || !Parts.Contains(described.Value.Head)))
        {
            return null;
        }

        // Of two ways that meet, the first names the place: "Corvin Street junction" in a headline is the same place.
        var name = Key(words, start, nameLast >= 0 ? nameLast : last);
        var (chained, around) = PlaceChains.Chained(words, last);
        return new PlaceSpan(relation, i, chained, name, head) { Around = around, Site = site };
    }

    /// <summary>
    /// True when the name's own capitalised last word is a noun of <see cref="PlaceWords.KindNouns"/> behind a capitalised
    /// word of the name saying its kind ("Brumstead Cricket Ground", "Wistlow Playing Fields", "Yewdale Golf Course"): written
    /// with capitals the kind word is part of the site's name, as "the Wistlow cricket ground" holds it lowercase
    /// (<see cref="KindAfter"/>). A name of one word before the noun ("Pardlow Ground") stays out, as it does lowercase; a
    /// noun with its kind word written into it ("Wistlow Showground", <see cref="KindCompound"/>) finishes the name alone.
    /// </summary>
    private static bool KindNamed(Words words, int start, int last) =>
        words.Capitalized(last)
        && ((last >= start + 2 && KindNouns.Contains(words[last]) && NameSpans.IsNameWord(words, last - 1)
                && !KindNouns.Contains(words[last - 1]) && !PlaceNouns.Contains(words[last - 1]))
            || (last > start && KindCompound(words[last])));

    /// <summary>
    /// True when <paramref name="word"/> is a compound whose second part is a kind noun that names a site of its own
    /// ("Showground", "Racecourse", "Fairground"): the first part is the kind word, written into the noun. Only "ground"
    /// and "course", as "field" ends many towns' names ("Chesterfield") and is left out; a first part of three letters at
    /// least, so the bare noun is no compound.
    /// </summary>
    private static bool KindCompound(string word) =>
        word.Length >= 9 && (word.EndsWith("ground", StringComparison.Ordinal) || word.EndsWith("course", StringComparison.Ordinal));

    // Structures a way crosses or meets at: news puts an event on, at, near or under one, never in it.
    private static readonly FrozenSet<string> Crossings = FrozenSet.ToFrozenSet(["bridge", "crossing"], StringComparer.Ordinal);

    /// <summary>
    /// True when a name ending in a crossing's noun follows a bare "in" ("a reader in Pennock Bridge", "households in
    /// Wexley Bridge"): nothing happens inside a bridge, so the name is the town that grew up at it, named long ago, and
    /// is read as a bare name, as any town is. "on Harlow Bridge", "at Mill Bridge" and "in the Tyne Bridge" still name
    /// the structure. A town that only places a site noun before "in" ("a private hospital in Hollin Bridge") is left as
    /// it was read: the site would then fill its kind's slot, and a site of another step of the story (one asked to take
    /// patients) must first be kept from pairing with the event's own site.
    /// </summary>
    private static bool TownNamedForCrossing(Words words, int i, string relation, (int Name, string Head)? described, int last) =>
        relation == "in" && described is null && Crossings.Contains(words[last]) && words.Capitalized(last)
        && words[i + 1] is not ("the" or "a" or "an")
        && !(i > 0 && !words.Capitalized(i - 1) && PlaceNouns.Contains(words[i - 1]));

    // The last word of the name that starts at start; "of" inside it joins a name that goes on ("the Sound of Carra", "Isle
    // of Skye").
    private static int NameEnd(Words words, int start)
    {
        var last = start;
        while (last + 1 < words.Count && !words.BreakAfter(last))
        {
            if (PlaceWord(words, last + 1))
            {
                last++;
            }
            else if (words[last + 1] == "of" && !words.BreakAfter(last + 1) && PlaceWord(words, last + 2)
                && !NameSpans.Titles.Contains(words[last + 2]))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    // The last word of a name that goes on through "and" ("the Ashby and District League"), or last.
    private static int WholeName(Words words, int last) =>
        words[last + 1] == "and" && !words.BreakAfter(last) && !words.BreakAfter(last + 1) && PlaceWord(words, last + 2)
            ? NameEnd(words, last + 2)
            : last;

    /// <summary>
    /// "the Fox and Hounds car park", "the Rose and Crown Inn": "and" joins two names into one site's when the second ends
    /// in a place noun and the first does not (else "Corvin Street and Mill Road" are two ways). The name's new last word,
    /// or <paramref name="last"/> when nothing is joined.
    /// </summary>
    private static int Joined(Words words, int last)
    {
        if (words[last + 1] != "and" || words.BreakAfter(last) || words.BreakAfter(last + 1) || PlaceNouns.Contains(words[last])
            || !PlaceWord(words, last + 2))
        {
            return last;
        }

        var end = NameEnd(words, last + 2);
        var closed = PlaceNouns.Contains(words[end]) || KindAfter(words, end) is not null
            || (end + 1 < words.Count && PlaceNouns.Contains(words[end + 1]) && !words.BreakAfter(end));
        return closed && !PlaceNouns.Contains(words[last + 2]) ? end : last;
    }

    private static bool JunctionNumber(Words words, int k) =>
        k < words.Count && words.Tokens[k].Text is { Length: > 0 and <= 3 } text && text.All(char.IsDigit);

    /// <summary>
    /// "near junction 17", "at junction 9 of the M6", "between junctions 14 and 15": a stretch of motorway named by its
    /// numbered junctions, or null.
    /// </summary>
    private static PlaceSpan? MotorwayJunctions(Words words, int i, int start, string relation)
    {
        if (words[start] == "junction" && relation != "between" && JunctionNumber(words, start + 1) && !words.BreakAfter(start))
        {
            return new PlaceSpan(relation, i, start + 1, Key(words, start, start + 1), "junction");
        }

        if (words[start] == "junctions" && JunctionNumber(words, start + 1) && words[start + 2] == "and" && JunctionNumber(words, start + 3)
            && !words.BreakAfter(start) && !words.BreakAfter(start + 1) && !words.BreakAfter(start + 2))
        {
            return new PlaceSpan(relation, i, start + 3, Key(words, start, start + 3), "junction");
        }

        return null;
    }
}
