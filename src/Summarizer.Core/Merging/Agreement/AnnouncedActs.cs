using System.Collections.Frozen;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Who made an act known. One outlet credits the announcement to whoever it names announcing it ("The closure was
/// announced by Ed Hale", "Ed Hale issued a warning against swimming"); another tells the same announcement only as
/// its content in someone's mouth ("Ana Vell said the station would remain closed", "... said people should not swim
/// there"). Both name the person who announced the story's act, so they are compared: the announced thing and the
/// reported clause's predicate are read as roots across word classes ("closure" / "closed", "swimming" / "swim"),
/// since a nominalised act and its verb are one act.
/// </summary>
internal static class AnnouncedActs
{
    // Verbs of making something known, stemmed as clause words are: general news vocabulary for the act whose doer
    // the announcer is, not taken from any one story.
    private static readonly FrozenSet<string> Announcing = new[] { "announce", "issue", "confirm", "declare", "disclose", "reveal", "publish" }
        .Select(Stemmer.Inflections.Stem).ToFrozenSet(StringComparer.Ordinal);

    // Verbs whose subject reports what follows as a statement of their own (belief and guess verbs report no
    // announcement: "thinks the pool may close" is no notice of a closure).
    private static readonly FrozenSet<string> Telling = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "tells", "announced", "confirmed", "warned", "revealed", "disclosed", "stressed", "insisted", "explained"],
        StringComparer.Ordinal);

    // Words that end the reported clause: a clause of its own opens there.
    private static readonly FrozenSet<string> ClauseEnds = FrozenSet.ToFrozenSet(
        ["when", "after", "before", "while", "as", "because", "until", "since", "although", "though", "where", "which", "who", "and", "but"],
        StringComparer.Ordinal);

    // What opens a predicate in a reported clause: an auxiliary or modal ("would remain closed", "should not swim").
    private static readonly FrozenSet<string> Auxiliaries = AuxiliaryVerbs.Set(AuxiliaryVerbs.All);

    /// <summary>True when <paramref name="stem"/> (an inflection stem) is a verb of announcing ("announc", "issu").</summary>
    public static bool IsAnnouncing(string stem) => Announcing.Contains(stem);

    /// <summary>True when <paramref name="folded"/> is a verb whose subject tells what follows as a statement.</summary>
    public static bool IsTelling(string folded) => Telling.Contains(folded);

    // Prepositions that open an adjunct of time, place, manner or recipient: what follows is a setting of the act
    // ("announced the signing at the club's ground"), not what was announced. "of" and "against" are kept: they carry
    // the act's complement ("the closure of the pool", "a warning against swimming").
    private static readonly FrozenSet<string> Adjuncts = FrozenSet.ToFrozenSet(
        ["in", "at", "on", "by", "after", "before", "during", "with", "from", "for", "into", "until", "over", "under", "since", "within",
         "near", "across", "through", "while", "because"],
        StringComparer.Ordinal);

    /// <summary>
    /// The root of a folded word across its word classes: its Porter stem less a nominal "-ure" and a final "e"
    /// ("closure", "closed", "close", "closing" all "clos"; "swimming", "swim" both "swim").
    /// </summary>
    public static string Root(string folded)
    {
        var stem = Stemmer.Porter.Stem(folded);
        if (stem.Length > 5 && stem.EndsWith("ur", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    /// <summary>
    /// The roots of what a clause from <paramref name="from"/> to <paramref name="to"/> whose verb is at
    /// <paramref name="verb"/> announces: its other content words before the first adjunct after the verb
    /// ("The closure was announced", "issued a warning against swimming in ...": "clos"; "warn", "swim").
    /// </summary>
    public static HashSet<string> Announced(Words words, int from, int to, int verb)
    {
        var end = to;
        for (var k = verb + 1; k <= to; k++)
        {
            if (Adjuncts.Contains(words[k]))
            {
                end = k - 1;
                break;
            }
        }

        // A passive's subject before its verb is cut the same way ("A warning against swimming in the lakes was issued").
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var inAdjunct = false;
        for (var k = from; k <= end && k < words.Count; k++)
        {
            if (k < verb && Adjuncts.Contains(words[k]))
            {
                inAdjunct = true;
            }

            if (k != verb && !(k < verb && inAdjunct) && CarriesAct(words[k]))
            {
                roots.Add(Root(words[k]));
            }
        }

        return roots;
    }

    // A word that can name what is done: a content word, not an auxiliary, not a figure.
    private static bool CarriesAct(string word) => ContentWords.IsContent(word) && !Auxiliaries.Contains(word) && char.IsLetter(word[0]);

    // The roots of the content words of tokens from..to.
    private static HashSet<string> RootsOf(Words words, int from, int to)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        for (var k = from; k <= to && k < words.Count; k++)
        {
            if (CarriesAct(words[k]))
            {
                roots.Add(Root(words[k]));
            }
        }

        return roots;
    }

    // The index of the "that" opening a report within a short adjunct from start, in the same clause; null when none.
    private static int? ThatAfter(Words words, int start)
    {
        for (var k = start; k < words.Count && k - start <= 8; k++)
        {
            if (words[k] == "that")
            {
                return k;
            }

            if (words.BreakAfter(k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The roots of what a speaker is reported to have said, read from the predicate of the clause after the verb of
    /// saying at <paramref name="verb"/> ("said the station would remain closed": "remain", "clos"). The reported
    /// clause's subject is left out, so a comment about the act ("said the closure was a disgrace") announces none of
    /// it. Empty when no reported clause with an auxiliary-led predicate follows.
    /// </summary>
    public static HashSet<string> Reported(Words words, int verb)
    {
        var start = verb + 1;
        if (words[verb] is "told" or "tells")
        {
            // The hearer comes first ("told staff that ..."): the report starts after "that".
            var that = Enumerable.Range(start, Math.Max(0, Math.Min(6, words.Count - start))).FirstOrDefault(k => words[k] == "that" && !words.BreakAfter(k - 1), -1);
            if (that < 0)
            {
                return [];
            }

            start = that + 1;
        }
        else if (words[start] == "that")
        {
            start++;
        }
        else if (Adjuncts.Contains(words[start]) && ThatAfter(words, start) is { } that)
        {
            // An adjunct may stand between the verb and its report ("announced on the afternoon of the crash that the
            // line would stay shut", "said in a statement that ..."): the report starts after "that".
            start = that + 1;
        }

        // The clause's subject is a few words at most; its predicate opens at the first auxiliary.
        var aux = -1;
        for (var k = start; k < words.Count && k - start <= 5; k++)
        {
            if (Auxiliaries.Contains(words[k]) && k > start)
            {
                aux = k;
                break;
            }

            if (words.BreakAfter(k) || ClauseEnds.Contains(words[k]))
            {
                break;
            }
        }

        if (aux < 0)
        {
            return [];
        }

        var end = aux;
        while (end + 1 < words.Count && !words.BreakAfter(end) && !ClauseEnds.Contains(words[end + 1]) && !Adjuncts.Contains(words[end + 1]))
        {
            end++;
        }

        return RootsOf(words, aux + 1, end);
    }
}
