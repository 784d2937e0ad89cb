using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The kind of site a place is ("car park", "field", "village", "treatment works", "junction"), and the slot each source
/// fills when it names exactly one place of that kind early in its story. Outlets word the sentence that puts the event
/// at a site with verbs and nouns of their own ("the tree came down in the Beckside car park", "an ash failed in the
/// Quarry Lane car park"), so its words need not meet; but a story that names one car park, one field or one stretch
/// between junctions names the place of its event there, and two outlets that each name a different one disagree about
/// it. A source that names two places of the kind (the car park where it started and the one it spread to) fills the
/// slot with neither.
/// </summary>
internal static class PlaceKinds
{
    // Kinds too broad to be one slot: a part of a place ("the edge of X", "the foot of Y") is told of many things, and
    // a county or a region is background, not where the event happened.
    private static readonly HashSet<string> Broad = new(StringComparer.Ordinal) { "county", "province", "region", "country" };

    /// <summary>
    /// The kind of site <paramref name="fact"/> names: the common noun a name places ("a field near X": "field"), else its
    /// head noun with the lowercase word before it that says which kind ("the Beckside car park": "car park"; "Tollerby
    /// Country Park": "park"), else the site noun its name ends in ("Low Garth Farm": "farm"); null for a bare name, a part
    /// of a place or a broad area (not a site its name calls by a noun that may also name a part, <see
    /// cref="PlaceWords.IsPart"/>: "Kelmarsh Leisure Centre" is a "centre").
    /// </summary>
    public static string? Of(Fact fact)
    {
        var value = fact.Value;
        if (value.Kind != ValueKind.Place)
        {
            return null;
        }

        if (value.PlaceSite.Length > 0)
        {
            return value.PlaceSite.ToLowerInvariant();
        }

        var head = value.PlaceHead;
        if (head.Length == 0 && PlaceSites.NamedKind(value.Name) is { } named)
        {
            return named;
        }

        if (head.Length == 0 || PlaceWords.IsPart(value) || Broad.Contains(head))
        {
            return null;
        }

        var words = new Words(fact.Text);
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k] == head && !words.BreakAfter(k - 1) && words.Tokens[k - 1].Text is { Length: > 0 } before
                && char.IsLower(before[0]) && before.All(char.IsLetter) && !Stopwords.IsStopword(words[k - 1]))
            {
                return $"{words[k - 1]} {head}";
            }
        }

        return head;
    }

    // Words a site's noun phrase may hold before its name: determiners and possessive pronouns ("to its Carrick Moor depot").
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "our" };

    /// <summary>
    /// True when the place whose first word is at <paramref name="first"/> is the goal of a movement: its noun phrase
    /// follows "to" or "towards" ("production will move to Harwick's larger plant in Dorsey", "switched deliveries to its
    /// Carrick Moor depot"). Where something is moved to is the other end of the story's act, not where it happened, so
    /// such a site fills no slot of its kind. The walk back crosses only the phrase's own words (names, lowercase nouns and
    /// adjectives, determiners) and stops at any other function word or a clause break ("taken to hospital after
    /// collapsing at the car park" places the collapse).
    /// </summary>
    public static bool Goal(Words words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "to" or "towards" or "toward" || (words[k] == "into" && MovingVerb(words, k) is not null))
            {
                return true;
            }

            if (Stopwords.IsStopword(words[k]) && !Determiners.Contains(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The stem of the moving verb (<see cref="PlaceDestinations.IsMoving"/>) whose goal the place at <paramref name="first"/>
    /// is ("moving production to a larger unit at X", "move production into the former creamery at Y": "move"), or null when
    /// the place is no goal or its "to" or "into" follows no moving verb within its clause's few words (its object). "Into"
    /// is a goal only so: "crashed into a wall at X" places the crash, not a move.
    /// </summary>
    public static string? MoveOf(Words words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "to" or "into")
            {
                return MovingVerb(words, k);
            }

            if (Stopwords.IsStopword(words[k]) && !Determiners.Contains(words[k]))
            {
                return null;
            }
        }

        return null;
    }

    // The stem of a moving verb (Porter: "moving" and "move" are one) up to three words before the goal's preposition at k, within its clause.
    private static string? MovingVerb(Words words, int k)
    {
        for (var v = k - 1; v >= 0 && v >= k - 3 && !words.BreakAfter(v); v--)
        {
            if (PlaceDestinations.IsMoving(words[v]))
            {
                return Stemmer.Porter.Stem(words[v]);
            }
        }

        return null;
    }

    /// <summary>
    /// For each kind, each source's one early place of it: the indexes of <paramref name="candidates"/> whose source names
    /// no other place of that kind among <paramref name="all"/> (its asserted places), told in its first sentences
    /// (<see cref="SlotPairs.Early"/>).
    /// </summary>
    public static List<List<int>> Slots(IReadOnlyList<Fact?> candidates, IReadOnlyList<SourceFacts> all)
    {
        var lengths = SlotPairs.SentenceCounts(all.SelectMany(s => s.Facts));
        var named = all.SelectMany(s => s.Facts)
            .Where(f => f.Value.Kind == ValueKind.Place && f.Mood == FactMood.Asserted && f.Frame != EventFrames.Said)
            .Select(f => (Fact: f, Kind: Of(f)))
            .Where(p => p.Kind is not null)
            .GroupBy(p => (p.Fact.SourceId, Kind: p.Kind!))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Fact.Value.Name).Distinct().Count());

        return Enumerable.Range(0, candidates.Count)
            .Where(i => candidates[i] is { } fact && lengths.TryGetValue(fact.SourceId, out var length) && SlotPairs.Early(fact, length))
            .Select(i => (Index: i, Fact: candidates[i]!, Kind: Of(candidates[i]!)))
            .Where(p => p.Kind is not null && named.GetValueOrDefault((p.Fact.SourceId, p.Kind)) == 1)
            .GroupBy(p => (p.Fact.SourceId, p.Kind))
            .Select(g => g.MinBy(p => p.Fact.Start))
            .GroupBy(p => p.Kind, p => p.Index)
            .Select(g => g.ToList())
            .Where(g => g.Count >= 2)
            .ToList();
    }
}
