using System.Collections.Frozen;
using Summarizer.Text;
using static Summarizer.Facts.PlaceWords;

namespace Summarizer.Facts;

/// <summary>
/// Sites a place is named through: a common noun placed by a name ("a barn outside Trewick"), a noun described by its
/// name ("the village of Almira"), a site owned by the subject ("its Wexmoor plant") and a named site whose own place
/// the sentence gives ("Hollin Bank Farm, near Tresk").
/// </summary>
internal static class PlaceSites
{
    // Last words of a named site whose own place a sentence may give ("Hollin Bank Farm, near Tresk", "Fennick Zoo in Marlby").
    private static readonly FrozenSet<string> SiteNouns = FrozenSet.ToFrozenSet(
        ["farm", "zoo", "mill", "dam", "museum", "mine", "works", "reservoir", "estate", "prison", "airport", "station", "plant",
            "factory", "hospital", "school", "stadium", "bridge", "hall", "depot", "terminal", "quarry", "camp"],
        StringComparer.Ordinal);

    /// <summary>
    /// The site noun a place's name ends in ("Low Garth Farm": "farm", "Fennick Zoo": "zoo"), or null. The name calls the
    /// site by its kind even where the reader keeps no head for it, as it keeps none for a name that is not a place noun's.
    /// </summary>
    public static string? NamedKind(string? name) => SiteNouns.FirstOrDefault(noun => NamedByKind(noun, name));

    /// <summary>True when <paramref name="word"/> names a kind of site ("farm", "mill", "zoo"): <see cref="SiteNouns"/>.</summary>
    public static bool IsSiteNoun(string word) => SiteNouns.Contains(word);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "one"], StringComparer.Ordinal);

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
    /// A site the sentence names by a common noun and places by a name: "in a barn outside Trewick", "at a caravan park
    /// near Holmsby", "in the former shoe shop on Spindle Row" (after "on", a street's name only: <see cref="Street"/>),
    /// "outside a house in Orchard Rise", "on the climb to Darrow Summit", "in a gully below Sgurr Ban". The phrase is a
    /// place however its noun is worded: the preposition before it says so, and the name after it is the place
    /// compared; the noun (the last of up to three lowercase words after a determiner) says what kind of site it is.
    /// Not after "off", "over" or "from", which open idioms of motion ("came off the rails outside Kellby") more often
    /// than a site.
    /// </summary>
    public static (int Name, string Head)? Located(Words words, int i, string relation)
    {
        // A destination may name its site with no determiner: "flown to hospital in Trevanna".
        var bare = relation == PlaceReader.Destination && !Determiners.Contains(words[i + 1]);
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
            var name = words[m + 2] == "the" ? m + 3 : m + 2;
            var locates = locator is "in" or "near" or "outside" or "off" or "beside" or "behind" or "below" or "above"
                || (locator == "to" && relation == "on") || (locator == "on" && Street(words, name));
            // "a petrol station in neighbouring Pell Green", as "in neighbouring Harlow" (PlaceReader).
            if (PlaceWords.SaysNearness(words[name]) && !words.BreakAfter(name))
            {
                name++;
            }

            if (locates && !words.BreakAfter(m + 1) && PlaceWord(words, name) && !NameSpans.Titles.Contains(words[name]))
            {
                return (name, words[m]);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the name that starts at <paramref name="first"/> is a street's: its last word a street-level noun ("Spindle
    /// Row", "Mill Lane") or the name a road's number ("the A61"). "a shop on Spindle Row" places the shop by its street as
    /// "a shop in Spindle Row" does; "on" before any other name ("a vote on Monday", "a report on Kelby Council") places
    /// nothing.
    /// </summary>
    private static bool Street(Words words, int first)
    {
        if (RoadNumber(words, first))
        {
            return true;
        }

        var last = first;
        while (last + 1 < words.Count && PlaceWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        return PlaceWord(words, first) && StreetLevel(words[last]);
    }

    /// <summary>
    /// A place noun or a part of a place, with up to two lowercase words before it, then "of" and a name: "village of
    /// Almira", "mountain town of Castel Serra", "edge of Thrapley", "eastern slope of the Garzo ridge". The name is the
    /// place; the noun says what kind of place (or which part of it) it is.
    /// </summary>
    public static (int Name, string Head)? Described(Words words, int start)
    {
        for (var k = start; k <= start + 2 && k + 2 < words.Count && !words.Capitalized(k) && !words.BreakAfter(k); k++)
        {
            var name = words[k + 2] == "the" ? k + 3 : k + 2;
            // "the site of the former Ashbrook gasworks", as "in the former X" (PlaceReader).
            if (PlaceWords.SaysSiteState(words[name]) && PlaceWord(words, name + 1) && !words.BreakAfter(name))
            {
                name++;
            }

            if ((PlaceNouns.Contains(words[k]) || Parts.Contains(words[k])) && words[k + 1] == "of" && PlaceWord(words, name)
                && !NameSpans.Titles.Contains(words[name]))
            {
                return (name, words[k]);
            }
        }

        return null;
    }

    /// <summary>
    /// "its Wexmoor plant", "its Harlow Bridge assembly plant", "their own Mill Lane ground": a named site owned by the
    /// subject ("own" only stresses the owner). A noun that names a site only behind a kind word elsewhere ("ground",
    /// "course": <see cref="PlaceWords.KindNouns"/>) is the site's kind here too, once only content words come between:
    /// the possessive and the name already say a site is meant.
    /// </summary>
    public static PlaceSpan? Possessed(Words words, int i)
    {
        var first = words[i + 1] == "own" && !words.BreakAfter(i) ? i + 2 : i + 1;
        if (words[i] is not ("its" or "their" or "his" or "her") || !NameSpans.IsNameWord(words, first) || words.BreakAfter(first - 1))
        {
            return null;
        }

        var last = first;
        while (NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        var end = last;
        for (var k = last + 1; k <= last + 3 && k < words.Count && char.IsLower(words.Tokens[k].Text[0]); k++)
        {
            if (PlaceNouns.Contains(words[k]) || (KindNouns.Contains(words[k]) && !Enumerable.Range(last + 1, k - last - 1).Any(m => Stopwords.IsStopword(words[m]))))
            {
                return new PlaceSpan("of", first, k, Key(words, first, end), words[k]);
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }
}
