using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Where a fire is said to have started when that names the thing it started in: "investigators believe the blaze started
/// in a tumble dryer", "the fire began, according to the brigade, in a faulty charging cabinet". News tells how a fire
/// started by its seat, so two outlets that give different seats give different accounts of its cause. A room or area
/// ("the fire started in the kitchen", "began in a ground-floor store") only says where it was, as "broke out in" does,
/// and is not read; nor is a name or a time ("started in Leeds", "started in the early hours").
/// </summary>
internal static class FireOrigins
{
    // What news calls a fire; an explosion or an outage "starts" in other senses ("the outage started in March").
    private static readonly FrozenSet<string> Fires = FrozenSet.ToFrozenSet(["fire", "fires", "blaze", "blazes", "flames", "inferno"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Starting = FrozenSet.ToFrozenSet(["started", "began", "begun", "originated", "start", "begin"], StringComparer.Ordinal);

    // Words between a fire and its verb of starting: auxiliaries, hedges and the frames of belief ("is thought to have").
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "is", "was", "may", "might", "could", "must", "probably", "likely", "possibly", "apparently", "most",
            "thought", "believed", "understood", "suspected", "appears", "appeared", "seems", "seemed", "to", "which", "that"],
        StringComparer.Ordinal);

    // Rooms, areas and buildings, and times of day: a fire that started in one is placed, not explained. General news
    // vocabulary of where fires are reported, written without reference to any one story.
    private static readonly FrozenSet<string> Places = FrozenSet.ToFrozenSet(
        ["kitchen", "kitchens", "bedroom", "bathroom", "lounge", "living", "sitting", "dining", "room", "rooms", "hall", "hallway", "corridor",
            "stairwell", "staircase", "landing", "basement", "cellar", "loft", "attic", "roof", "roofspace", "garage", "shed", "barn", "outbuilding",
            "annexe", "extension", "conservatory", "porch", "garden", "yard", "area", "areas", "floor", "storey", "wing", "block", "building",
            "buildings", "flat", "apartment", "house", "home", "property", "premises", "unit", "store", "storeroom", "warehouse", "workshop",
            "office", "offices", "shop", "restaurant", "bar", "pub", "hotel", "school", "factory", "site", "depot", "bay", "laundry",
            "cabin", "hold", "deck", "compartment", "forest", "woodland", "moor", "moorland", "field", "fields", "scrub", "heath", "grass",
            "grassland", "undergrowth", "village", "town", "city", "street", "road", "estate", "district", "region", "valley", "hills",
            "hours", "morning", "afternoon", "evening", "night", "week", "month", "year", "summer", "winter", "spring", "autumn"],
        StringComparer.Ordinal);

    /// <summary>
    /// Where the thing a fire started in is named, when the words at <paramref name="i"/> are the verb of such a start;
    /// null when they are not, or when what follows "in" is a place, a name or a time.
    /// </summary>
    public static int? Start(Words words, int i)
    {
        if (!Starting.Contains(words[i]) || !AfterFire(words, i))
        {
            return null;
        }

        var k = i + 1;

        // "started, according to the fire service's initial assessment, in ...": an aside of attribution between the verb and its seat.
        if (words.BreakAfter(i))
        {
            var close = Enumerable.Range(i + 1, Math.Max(0, Math.Min(12, words.Count - i - 2))).FirstOrDefault(j => words.BreakAfter(j), -1);
            if (close < 0)
            {
                return null;
            }

            k = close + 1;
        }

        if (k + 1 >= words.Count || words[k] is not ("in" or "inside" or "within") || words.BreakAfter(k))
        {
            return null;
        }

        var start = k + 1;
        return Thing(words, start) ? start : null;
    }

    // "the blaze", "a fire which", "the fire is thought to have": a fire noun a few function words before the verb, or
    // with a short phrase of where or when it was ("the fire on Sunday started", "the blaze at the mill began").
    private static bool AfterFire(Words words, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= 6; k--)
        {
            if (Fires.Contains(words[k]))
            {
                return true;
            }

            if (words.BreakAfter(k) && words[k + 1] is not ("which" or "that"))
            {
                return false;
            }

            if (!Between.Contains(words[k]))
            {
                return Enumerable.Range(Math.Max(1, k - 3), k - Math.Max(1, k - 3) + 1)
                    .Any(p => words[p] is "on" or "at" or "in" or "near" && Fires.Contains(words[p - 1]) && !Enumerable.Range(p, k - p + 1).Any(words.BreakAfter));
            }
        }

        return false;
    }

    // An indefinite or definite noun phrase of plain words whose head (the last word before a preposition, relative or
    // break) is no place or time: "a tumble dryer", "a faulty charging cabinet", not "the basement", "the early hours".
    private static bool Thing(Words words, int start)
    {
        if (words[start] is not ("a" or "an" or "the" or "one") || words.Capitalized(start + 1))
        {
            return false;
        }

        var head = -1;
        for (var k = start + 1; k < words.Count && k - start <= 5; k++)
        {
            if (!words[k].All(c => char.IsLetter(c) || c == '-') || words.Capitalized(k) || Text.Stopwords.English.Contains(words[k]))
            {
                break;
            }

            head = k;
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return head > start && !Places.Contains(words[head]);
    }
}
