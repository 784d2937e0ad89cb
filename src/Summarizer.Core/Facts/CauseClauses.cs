using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The weak telling of a cause: a clause after "after" or "because" with no word of cause ("the shop was closed after
/// sewage flooded the kitchen", "the alarm stayed silent because the gang cut the phone line", "cancelled after a
/// landslip on the line"); a finding told so ("closed after mouse droppings were found") is stated, not weak. News tells most reasons this way, but "after" also tells plain sequence and "because" the
/// reasons for lesser acts, so a weak cause is only the outlet's version where it explains the same effect as a cause
/// another outlet gives (see <c>CauseFinder</c>).
/// </summary>
internal static class CauseClauses
{
    // Words before "after" that make it a measure of time, not a link of cause: "shortly after", "minutes after".
    private static readonly FrozenSet<string> Gaps = FrozenSet.ToFrozenSet(
        ["shortly", "soon", "just", "long", "straight", "immediately", "moments", "minutes", "seconds", "hours", "right", "not", "only", "even", "day", "night", "morning", "the"],
        StringComparer.Ordinal);

    // Heads of a span of time or a day: "after two hours", "after midnight", "after a week" say when, not why. The duration
    // units and general calendar vocabulary, written without reference to any case.
    private static readonly FrozenSet<string> Times = FrozenSet.ToFrozenSet(
        Units.Durations.Keys.Concat(
        [
            "night", "nights", "morning", "afternoon", "evening", "midnight", "noon", "dawn", "dusk", "weekend", "season", "spell", "while", "time",
            "period", "lunch", "dinner", "breakfast", "christmas", "easter", "summer", "winter", "spring", "autumn",
        ]),
        StringComparer.Ordinal);

    // Subjects that open a clause: "after it lost power", "after she turned her ankle" (possessives, "after its roof
    // fell in", are Determiners.ArticlesAndPossessives).
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["it", "he", "she", "they", "we", "i"], StringComparer.Ordinal);

    /// <summary>
    /// The cause phrase opened by "after" or "because" at <paramref name="i"/>, or null: a clause with its own subject and
    /// a past verb ("after a gate was left open", "because the thieves cut the line"), or after "after" an indefinite noun
    /// phrase ("after a landslip on the line", "after two days of heavy rain") or a nominalised event ("after the collapse of
    /// its tour operator"). A clause must stand before it, which is what the cause explains.
    /// </summary>
    public static CauseSpan? At(Words words, int i, Func<Words, int, bool, int> end)
    {
        if (words[i] is not ("after" or "because") || i < 2 || i + 2 >= words.Count || words.BreakAfter(i) || Gaps.Contains(words[i - 1]))
        {
            return null;
        }

        var start = i + 1;
        if ((words[i] == "because" && words[start] == "of") || words[start] is "every" or "each" or "any")
        {
            return null; // "after every spell of wind" tells a habit, not what happened this time
        }

        var offset = words[i] == "after" && Offset(words, i);
        if (Clause(words, start))
        {
            var last = end(words, start, true);
            return Finding(words, start, last) is { } found
                ? new CauseSpan(found.First, last, CoreLast: found.CoreLast, Inferred: true, Finding: true)
                : offset ? null : new CauseSpan(start, last, Inferred: true, Weak: true, Occurred: Happened(words, i - 1) || Explains(words, i));
        }

        return words[i] == "after" && !offset && Phrase(words, start) ? new CauseSpan(start, end(words, start, true), Inferred: true, Weak: true) : null;
    }

    /// <summary>
    /// Whether a measured span stands before "after" at <paramref name="i"/>: "about an hour after take-off", "two weeks after
    /// the launch", "90 minutes after kick-off". The span is the distance of one moment from another, so what follows "after"
    /// is the moment it is counted from, told to say when, not why. A finding keeps its reading ("confirmed a week after
    /// inspectors found mouse droppings"): what an inspection found is the reason an authority acts, however long after. A
    /// span named without a quantity ("last week after sewage flooded the kitchen") dates the main clause instead and leaves
    /// "after" free to give a reason.
    /// </summary>
    private static bool Offset(Words words, int i) =>
        Units.Durations.ContainsKey(words[i - 1]) && !words.BreakAfter(i - 2)
        && (words[i - 2] is "a" or "an" or "few" or "several" or "couple" || NumberReader.NumberWords.ContainsKey(words[i - 2]) || char.IsDigit(words[i - 2][0]));

    // Verbs that say only that an event took place: "the error happened after ...", "the kill came after ...".
    private static readonly FrozenSet<string> Occurred = FrozenSet.ToFrozenSet(["happened", "occurred", "came", "comes"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the clause before "after" at <paramref name="verb"/> + 1 is an event told only as having taken place ("the
    /// loss happened after lashing rods failed", "the kill came after slurry overflowed"): such a clause says nothing of
    /// the event but what it came after, so the outlet gives the clause as the event's cause, a version however another
    /// outlet names the event, not the weak sequence of "closed after", "arrested after", where the main clause tells an act
    /// of its own. It is still worded as a weak clause (an outlet that states the cause words the version). The subject must
    /// be a thing ("the error", "it"), not a person, who "came after" a call by arriving: a plural head with "came" is
    /// taken for people ("officers came after"), as one event is told in the singular.
    /// </summary>
    private static bool Happened(Words words, int verb)
    {
        if (verb < 1 || !Occurred.Contains(words[verb]) || words.BreakAfter(verb - 1))
        {
            return false;
        }

        var head = words[verb - 1];
        return head is "it" or "this"
            || (!words.Capitalized(verb - 1) && head.Length > 2 && head.All(c => char.IsLetter(c) || c == '-') && !Pronouns.Contains(head)
                && !Text.Stopwords.English.Contains(head) && !(words[verb] is "came" or "comes" && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)));
    }

    // Verbs of belief and of appearance: the clause they govern is offered as a view of what happened.
    private static readonly FrozenSet<string> Beliefs = FrozenSet.ToFrozenSet(
        ["believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects", "suspected", "appear", "appears", "appeared", "seem", "seems", "seemed"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether "because" at <paramref name="link"/> gives the reason inside a view someone offers of the event ("engineers
    /// believe the deck gave way because ...", "the lift appears to have failed because ..."): a verb of belief or appearance
    /// in the same clause, a few words before. Such a reason is the outlet's explanation of the event, not the reason for a
    /// lesser act, so it is a version whatever words another outlet uses for the event. "After" gives one the same way when
    /// the belief governs a clause of its own that "after" follows ("the keeper believes the goat escaped through the fence
    /// after a storm loosened the wire", "the otters are thought to have returned after ..."): the believed clause tells how the event
    /// came about, so what it came after is the view's cause. Its verb must stand between the belief and "after", so an
    /// "after" within a noun phrase ("believed subsidence after a dry summer had ...") or a belief word used as an
    /// adjective ("sick with suspected norovirus after ...") is no such view.
    /// </summary>
    private static bool Explains(Words words, int link)
    {
        if (words[link] is not ("because" or "after"))
        {
            return false;
        }

        var reach = words[link] == "because" ? 6 : MaxBelieved;
        for (var k = link - 1; k >= 0 && link - k <= reach && !words.BreakAfter(k); k--)
        {
            if (Beliefs.Contains(words[k]))
            {
                return words[link] == "because" || Enumerable.Range(k + 1, link - k - 1).Any(v => WeekdayTense.Past(words, v) && words[v] is not ("said" or "told"));
            }
        }

        return false;
    }

    // How far back a believed clause that "after" follows is read for its verb of belief: a subject, its verb and a short
    // phrase of where or how ("believes the goat escaped through the fence after").
    private const int MaxBelieved = 10;

    // Verbs of an inspection's or a test's finding: "after inspectors found corrosion", "after norovirus was detected".
    private static readonly FrozenSet<string> Finds = FrozenSet.ToFrozenSet(["found", "discovered", "detected", "uncovered"], StringComparer.Ordinal);

    // Words after a verb of finding that say nothing was found, or only a count or a person: no defect to act on.
    private static readonly FrozenSet<string> NotDefects = FrozenSet.ToFrozenSet(
        ["no", "nothing", "only", "none", "that", "what", "he", "she", "they", "him", "her", "them", "it", "his", "their", "its", "around", "about", "more", "some", "further", "other", "similar", "another"], StringComparer.Ordinal);

    /// <summary>
    /// What an inspection or a test found, when the clause after "after" or "because" tells a finding: the thing found is
    /// the reason an authority acted ("closed after mouse droppings were found in the store", "shut after inspectors found
    /// serious corrosion in the hangers"), never the act itself retold, so it is a stated cause, shown by the thing found:
    /// the passive from its subject ("mouse droppings were found in the store", the subject its core), the active from its
    /// object ("serious corrosion in the hangers": who found it is no part of the cause). Not a person or a number found,
    /// nor "found no damage" or "found further buildings", which extend an inquiry rather than explain the act.
    /// </summary>
    private static (int First, int? CoreLast)? Finding(Words words, int start, int last)
    {
        for (var k = start + 1; k <= last && k - start <= 6; k++)
        {
            if (!Finds.Contains(words[k]))
            {
                continue;
            }

            if (words[k - 1] is "was" or "were" && k - 2 >= start && Thing(words, start, k - 2))
            {
                return (start, k - 2);
            }

            // A headline's passive without its auxiliary: "crack found in locomotive".
            if (k + 1 <= last && words[k + 1] is "in" or "on" or "at" or "inside" or "during" && Thing(words, start, k - 1))
            {
                return (start, k - 1);
            }

            if (words[k - 1] is not ("was" or "were" or "been" or "had" or "has" or "have") && k + 1 <= last && !NotDefects.Contains(words[k + 1])
                && Thing(words, k + 1, Math.Min(last, k + 3)))
            {
                return (k + 1, null);
            }

            return null;
        }

        return null;
    }

    // A thing, not a person or a figure: plain lower-case words.
    private static bool Thing(Words words, int first, int last) =>
        Enumerable.Range(first, last - first + 1).All(j => !words.Capitalized(j) && !Pronouns.Contains(words[j])
            && words[j] is not ("man" or "woman" or "body" or "boy" or "girl" or "child" or "man's" or "woman's"))
        && !char.IsDigit(words[first][0]) && !char.IsDigit(words[last][0]);

    // A subject and then, within a few words, a past verb: "a course marker was blown over", "she turned her ankle".
    private static bool Clause(Words words, int start)
    {
        var subject = words[start];
        if (!(subject is "a" or "an" or "the" || Pronouns.Contains(subject) || Text.Determiners.ArticlesAndPossessives.Contains(subject)
              || (!words.Capitalized(start) && subject.All(c => char.IsLetter(c) || c == '-') && !Text.Stopwords.English.Contains(subject))))
        {
            return false;
        }

        for (var k = start + 1; k < words.Count && k - start <= 6 && !words.BreakAfter(k - 1); k++)
        {
            // "because a worn brake could not hold the stairway", "because the pumps did not start": a thing that failed to do
            // its work is told by a negated past modal, a past verb of failing in all but form.
            if (words[k] is "could" or "did" or "would" && k + 1 < words.Count && words[k + 1] == "not" || words[k] is "couldn't" or "didn't" or "wouldn't")
            {
                return !Times.Contains(words[k - 1]);
            }

            if (WeekdayTense.Past(words, k) && words[k] is not ("said" or "told"))
            {
                // the subject's head before the verb is no time word ("after a week had passed")
                return !Times.Contains(words[k - 1]);
            }
        }

        return false;
    }

    // "a landslip on the line", "two days of heavy rain", "the collapse of its operator": an event named by a noun.
    private static bool Phrase(Words words, int start)
    {
        if (words[start] is "a" or "an")
        {
            return !Times.Contains(words[start + 1]) && !(start + 2 < words.Count && Times.Contains(words[start + 2]) && words[start + 3] != "of");
        }

        // "two days of heavy rain", "weeks of rain": a span of time is a cause only as a span of something
        if (Times.Contains(words[start]) || (start + 1 < words.Count && Times.Contains(words[start + 1])))
        {
            var head = Times.Contains(words[start]) ? start : start + 1;
            return head + 2 < words.Count && words[head + 1] == "of" && !words.BreakAfter(head);
        }

        // "the collapse of", "the loss of": a definite event noun with what it befell
        return words[start] == "the" && start + 2 < words.Count && words[start + 2] == "of" && !words.BreakAfter(start + 1)
            && words[start + 1].Length > 3 && words[start + 1].All(char.IsLetter) && !Times.Contains(words[start + 1])
            && words[start + 1] is not ("end" or "start" or "beginning" or "middle" or "rest" or "first" or "last" or "day" or "night" or "death" or "sale" or "opening" or "close");
    }
}
