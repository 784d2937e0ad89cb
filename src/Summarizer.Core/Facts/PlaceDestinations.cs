using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Where people were moved to ("airlifted to Trevanna Hospital", "taken by minibus to the village hall in Glenmuir"):
/// where a part of the event ends, a slot of its own beside where it happened.
/// </summary>
internal static class PlaceDestinations
{
    // Verbs that move people somewhere, or tell them going there: after them "to" names where they ended up. A general
    // lexicon of how news reports a transfer or a move; "to" after any other word ("talks to", "a letter to") names no place.
    private static readonly FrozenSet<string> MovingVerbs = FrozenSet.ToFrozenSet(
        [
            "taken", "took", "take", "airlifted", "airlift", "flown", "flew", "moved", "move", "diverted", "transferred",
            "transfer", "led", "rushed", "evacuated", "brought", "sent", "carried", "driven", "ferried", "relocated",
            "relocate", "transported", "escorted", "bussed", "admitted", "winched", "stretchered",
            // Patients sent on to another clinic or hospital are moved there: "urgent cases are being referred to the
            // Carvoza Eye Centre" is where they go, as "transferred to" is.
            "referred",
            // People who go somewhere of their own accord end up there as surely as those taken: "he plans to retire to",
            // "they are heading to", "the couple are moving to".
            "moving", "heading", "headed", "retire", "retired", "retiring",
        ],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is a verb that moves something somewhere ("moved", "relocate", "taken").</summary>
    public static bool IsMoving(string word) => MovingVerbs.Contains(word);

    // Words for people the counted-noun lexicon leaves out: pronouns and the words for one person a story names.
    private static readonly FrozenSet<string> PersonWords = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "him", "her", "them", "those", "who", "we", "us", "boy", "girl", "son", "daughter", "mother", "father",
            "wife", "husband", "teenager", "pupils", "everyone", "anyone"],
        StringComparer.Ordinal);

    /// <summary>
    /// Kinds of named site that take in people moved from an event ("Coldmere General Hospital", "Ravensholt Community
    /// Hall"): where one source says the hurt "were taken to" one, another may say they "were treated at" it.
    /// </summary>
    public static readonly FrozenSet<string> ReceivingSites = FrozenSet.ToFrozenSet(
        ["hospital", "infirmary", "centre", "center", "hall"], StringComparer.Ordinal);

    // Words that open another clause: a subject before them is not the moved verb's.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["that", "which", "where", "said", "while", "after", "when", "because", "before"], StringComparer.Ordinal);

    /// <summary>
    /// True when "to" at <paramref name="to"/> closes a moving verb's clause within a few words ("taken by minibus to",
    /// "were later moved to") and what was moved is people: its object ("took them to") or its subject ("the boy was
    /// flown to", "Those brought down were led to"). Where people were taken is a slot of the story (a hospital, a rest
    /// centre); things moved ("flights were diverted to", "moved its home games to") are as often other matters.
    /// </summary>
    public static bool Moved(Words words, int to)
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
            verb = AlongPath(words, to);
        }

        if (verb < 0)
        {
            return false;
        }

        if (Enumerable.Range(verb + 1, to - verb - 1).Any(j => Person(words[j])) || ReceivingSiteAfter(words, to))
        {
            return true;
        }

        return PeopleBefore(words, verb);
    }

    // Words that open the path a move took before its end: "led the passengers up the stairway beside the track to",
    // "helped them out of the car and down the maintenance stairway to". The path can be long, so the moving verb stands
    // further back than the four words a bare "taken by minibus to" allows.
    private static readonly FrozenSet<string> PathWords = FrozenSet.ToFrozenSet(
        ["up", "down", "along", "across", "through", "over", "past", "via"], StringComparer.Ordinal);

    // Verbs that move people along a path they walk themselves: helped or guided down a stairway, they end where it ends.
    private static readonly FrozenSet<string> GuidingVerbs = FrozenSet.ToFrozenSet(["helped", "guided", "walked"], StringComparer.Ordinal);

    private const int PathReach = 8;

    // The moving verb of a path that ends in "to" at to: a path word up to eight words before "to", and a moving or
    // guiding verb up to eight words before the path word ("helped them out of the car and down"), all in one clause;
    // -1 when there is none.
    private static int AlongPath(Words words, int to)
    {
        for (var p = to - 1; p >= Math.Max(1, to - PathReach) && !words.BreakAfter(p); p--)
        {
            if (words[p] == "to" || Openers.Contains(words[p]))
            {
                return -1;
            }

            if (!PathWords.Contains(words[p]))
            {
                continue;
            }

            for (var k = p - 1; k >= Math.Max(0, p - PathReach) && !words.BreakAfter(k); k--)
            {
                if (words[k] == "to" || Openers.Contains(words[k]))
                {
                    return -1;
                }

                if (MovingVerbs.Contains(words[k]) || GuidingVerbs.Contains(words[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        return -1;
    }

    // Whether the subject or doer of the verb at verb is people. A passive verb's subject opens its clause, however long
    // the phrase that says who they were ("Those evacuated in the early hours of Sunday were taken to"); an active
    // verb's doer stands close before it.
    private static bool PeopleBefore(Words words, int verb)
    {
        var reach = verb > 0 && words[verb - 1] is "was" or "were" or "been" or "be" ? 16 : 8;
        for (var j = verb - 1; j >= Math.Max(0, verb - reach) && !Openers.Contains(words[j]); j--)
        {
            if (Person(words[j]) || CountOfPeople(words, j))
            {
                return true;
            }
        }

        return false;

        // "three were admitted to", "two had been flown to": a bare count standing as the subject of a moving verb counts
        // the people it moved.
        static bool CountOfPeople(Words words, int k) =>
            (NumberReader.NumberWords.ContainsKey(words[k]) || words.Tokens[k].Text.All(char.IsDigit)) && words[k + 1] is "were" or "had" or "have"
            && !words.BreakAfter(k);
    }

    /// <summary>
    /// True when the clause that puts a place after the preposition at <paramref name="preposition"/> tells people there:
    /// a word for people or families, a bare count of them or a name before it, back to the clause's start ("the boy was treated at",
    /// "Ana Petrov spent the night at", "three were kept in at"). "Operations were called off at" and "the power failure
    /// at" tell no one there, so the place is where the event was, not where anyone was taken.
    /// </summary>
    public static bool PeopleAt(Words words, int preposition)
    {
        for (var j = preposition - 1; j >= 0 && !words.BreakAfter(j) && !Openers.Contains(words[j]); j--)
        {
            var count = (NumberReader.NumberWords.ContainsKey(words[j]) || words.Tokens[j].Text.All(char.IsDigit)) && words[j + 1] is "were" or "was" or "had" or "have";
            var name = j > 0 && words.Capitalized(j) && !words.BreakAfter(j - 1);
            if (Person(words[j]) || MeasureClasses.Of(words[j]) is MeasureClasses.Families or MeasureClasses.Households || count || name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Person(string word) => PersonWords.Contains(word) || MeasureClasses.Of(word) == MeasureClasses.Persons;

    // The nouns news gives a place set up to take in people moved from their homes or from an event: "opened a rest centre
    // at the Porth Elvan Institute", "at a rest centre in St Aldric's church hall", "an evacuation centre at the school".
    private static readonly FrozenSet<string> ShelterKinds = FrozenSet.ToFrozenSet(
        ["rest", "reception", "evacuation", "emergency"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ShelterNouns = FrozenSet.ToFrozenSet(
        ["centre", "center", "centres", "centers", "shelter", "shelters"], StringComparer.Ordinal);

    // How far back in its clause a shelter noun still says what the place after "at" or "in" is: "A rest centre opened at
    // 9pm on Wednesday at Kelmarsh Leisure Centre" puts its time between them.
    private const int ShelterReach = 8;

    /// <summary>
    /// True when the place after "at" or "in" at <paramref name="preposition"/> is where people were sheltered: a rest,
    /// reception or evacuation centre (or an emergency shelter) told in its clause just before it ("A rest centre was
    /// opened at Polbrea Village Hall"), or people "put up" or who "spent the night" there ("were later put up at the
    /// Swan Hotel"). Such a place is where a later step of the story took the people, the slot of "taken to", not where
    /// the event happened: an evacuation's rest centre is "opened" as a fire "broke out", and the two verbs must not make
    /// the hall a rival of the moor.
    /// </summary>
    public static bool Sheltered(Words words, int preposition)
    {
        if (words[preposition] is not ("at" or "in"))
        {
            return false;
        }

        for (var k = preposition - 1; k >= Math.Max(1, preposition - ShelterReach) && !words.BreakAfter(k); k--)
        {
            if (ShelterNouns.Contains(words[k]) && ShelterKinds.Contains(words[k - 1]) && !words.BreakAfter(k - 1))
            {
                return true;
            }
        }

        // "were put up at", "spent the night at": said of people, these verbs say where they stayed once moved.
        var verb = words[preposition - 1] == "up" && words[preposition - 2] == "put" ? preposition - 2
            : words[preposition - 1] == "night" && words[preposition - 2] == "the" && words[preposition - 3] is "spent" or "spend" ? preposition - 3
            : -1;
        // "were later put up at": the adverb stands between the passive's "were" and its verb.
        return verb > 0 && !words.BreakAfter(verb - 1) && PeopleBefore(words, words[verb - 1] == "later" ? verb - 1 : verb);
    }

    /// <summary>
    /// True when the place after "at" or "in" at <paramref name="preposition"/> is where people were held by the police:
    /// "were being questioned at Wendlesham police station", "is in custody at", "was held in custody in". Questioning
    /// and custody follow an arrest, a later step of the story, so the station is the slot of "taken to" (where the
    /// arrested were taken), never where the raid or theft they were arrested for happened, however the clause around it
    /// names that act ("arrested in connection with the raid and questioned at ...").
    /// </summary>
    public static bool Held(Words words, int preposition)
    {
        if (words[preposition] is not ("at" or "in") || preposition < 1 || words.BreakAfter(preposition - 1))
        {
            return false;
        }

        // "in custody at", "held in custody in": custody is the police's holding of someone, whatever verb comes before.
        if (words[preposition - 1] == "custody")
        {
            return true;
        }

        // "questioned at", "questioned by detectives at": the police's questioning, up to three words back in the clause.
        for (var k = preposition - 1; k >= Math.Max(0, preposition - 4) && !words.BreakAfter(k); k--)
        {
            if (words[k] == "questioned")
            {
                return true;
            }

            if (k < preposition - 1 && words[k] is "at" or "in" or "to" or "and" or "but")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when one place is where people were sheltered or held (<see cref="Sheltered"/>, <see cref="Held"/>: read "at"
    /// or "in" in the frame of "taken to") and the other where the hurt were treated (a hospital or infirmary). They are two steps of the story:
    /// the evacuated go to a hall or a hotel, the injured to a hospital, so the one is no rival of the other however alike
    /// their verbs. Someone who "spent the night at" a hospital was treated there: that place is care, not shelter.
    /// </summary>
    public static bool ShelterAndCare(Fact a, Fact b) => (Shelter(a) && Care(b)) || (Shelter(b) && Care(a));

    private static bool Shelter(Fact place) =>
        place.Value.Kind == ValueKind.Place && place.Frame == EventFrames.TakenTo && place.Relation is "at" or "in" && !Care(place);

    private static bool Care(Fact place) =>
        place.Value.Kind == ValueKind.Place
        && (place.Value.PlaceHead is "hospital" or "infirmary" || place.Value.PlaceSite is "hospital" or "infirmary"
            || place.Text.Contains("hospital", StringComparison.OrdinalIgnoreCase));

    // Verbs of leaving care: "was discharged from Wrayburn Royal Infirmary" says the person had been taken there.
    private static readonly FrozenSet<string> ReleasingVerbs = FrozenSet.ToFrozenSet(["discharged", "released"], StringComparer.Ordinal);

    /// <summary>
    /// True when "from" at <paramref name="from"/> follows a verb of leaving care and names a site that takes in people:
    /// where someone was let go from is where they had been taken, the same slot as "taken to" in another source.
    /// </summary>
    public static bool LeftCare(Words words, int from) =>
        from > 0 && ReleasingVerbs.Contains(words[from - 1]) && ReceivingSiteAfter(words, from);

    // A site named as one that takes in people ("was taken to Wrayburn Royal Infirmary") says itself that people were
    // moved, however the subject is worded: a bare name ("Ana Petrov, thrown from her horse, was"), a title, a nickname.
    private static bool ReceivingSiteAfter(Words words, int preposition)
    {
        var k = words[preposition + 1] == "the" ? preposition + 2 : preposition + 1;
        for (; words.Capitalized(k) && !words.BreakAfter(k - 1); k++)
        {
            if (k > preposition + 1 && ReceivingSites.Contains(words[k]) && !(words.Capitalized(k + 1) && !words.BreakAfter(k)))
            {
                return true;
            }
        }

        return false;
    }
}
