using System.Collections.Frozen;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The words of the act a named person is the doer of, read from where the name stands in its sentence rather than
/// from the sentence as a whole, so a sentence that also names a speaker or a second person still tells who did what:
/// the agent of a passive ("the notice was issued by Dr Ada Finch": the words before "by"), the subject of a clause
/// (its verb and what follows, past an apposition: "Her skipper, Jon Reid, 44, sent a mayday"), the subject of a
/// relative or cleft clause ("Ada Finch, the council's lawyer, who drafted the order", "It was Ada Finch who drafted
/// it"). A verb of saying makes its subject a speaker, not a doer, unless a noun is its object ("confirmed the
/// outbreak"): "Ada Finch said the order was drafted" tells no act of hers.
/// </summary>
internal static class AgentClauses
{
    // Verbs whose subject reports words; with a noun object the report itself is the act ("announced the recall").
    private static readonly FrozenSet<string> Saying = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "tells", "added", "adds", "explained", "warned", "insisted", "stressed", "spoke", "claimed",
        "admitted", "believes", "believed", "thinks", "wrote", "writes", "asked", "described", "recalled", "confirmed",
        "announced", "revealed", "disclosed", "argued", "noted", "suggested", "estimated", "predicted",
    ], StringComparer.Ordinal);

    // Words that open no act after a name: the name is an object or a list item there, not a subject.
    private static readonly FrozenSet<string> NoVerb = FrozenSet.ToFrozenSet(
    [
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "the", "a", "an", "that",
        "this", "his", "her", "their", "its", "after", "before", "while", "when", "where", "which", "whose", "if", "than",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The token range of the act the person at <paramref name="first"/>..<paramref name="last"/> (titles and role
    /// words before the name from <paramref name="shownFirst"/>) does, or null when the sentence tells none.
    /// </summary>
    public static (int First, int Last)? ActOf(Words words, int shownFirst, int first, int last)
    {
        if ((ByAgent(words, shownFirst) ?? NounAgents.ActOf(words, shownFirst)) is { } before)
        {
            return before;
        }

        return PredicateStart(words, shownFirst, last) is { } start ? Predicate(words, start) : null;
    }

    // Where the predicate of the person as subject opens: past their apposition, or past "who"; null when the name is
    // not a subject. A name inside a clause ("praised Ada Finch", "with Ada Finch") is not its subject: a subject opens
    // the sentence or a clause, after nothing but its own titles and role words.
    private static int? PredicateStart(Words words, int shownFirst, int last)
    {
        var next = PastApposition(words, shownFirst, last);
        if (next >= words.Count)
        {
            return null;
        }

        return words[next] == "who" ? next + 1 : OpensClause(words, shownFirst) || OpensAbsolute(words, shownFirst, next) ? next : null;
    }

    // "..., with Ana Vell taking second place": a clause opened by "with" whose name is followed by a participle in -ing
    // (an absolute clause) tells what that person did as a clause of their own would, the name its subject; "with" in
    // any other place names a companion or an instrument.
    private static bool OpensAbsolute(Words words, int shownFirst, int next)
    {
        // A participle of saying ("with Ana Vell saying ...") reports words, as "said" does: no act.
        if (words[next].Length < 5 || !words[next].EndsWith("ing", StringComparison.Ordinal) || !IsLowerWord(words, next)
            || ClauseActs.IsSpeech(words[next]))
        {
            return false;
        }

        // Role words may stand between "with" and the name ("with defending champion Ana Vell finishing third").
        for (var k = shownFirst - 1; k >= 0; k--)
        {
            if (words[k] == "with")
            {
                return k == 0 || words.BreakAfter(k - 1);
            }

            if (words.BreakAfter(k) || NoVerb.Contains(words[k]) || !StartsWithLetter(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the verb of telling the person whose name runs from <paramref name="shownFirst"/> to
    /// <paramref name="last"/> is the subject of ("Ana Vell, the route director, said ...", "Ana Vell told staff ..."),
    /// or null when they are not its subject.
    /// </summary>
    public static int? TellingVerbOf(Words words, int shownFirst, int last) =>
        SubjectVerbOf(words, shownFirst, last) is { } at && AnnouncedActs.IsTelling(words[at]) ? at : null;

    /// <summary>
    /// Where the person whose name runs from <paramref name="first"/> to <paramref name="last"/> (shown from
    /// <paramref name="shownFirst"/>) only speaks in the sentence, doing no act of their own: the index of their verb of
    /// telling when a report follows it ("Ana Vell said the trains would return"), -1 for a bare attribution ("...,
    /// Ana Vell said.", "said Ana Vell"); null when they do an act there or are not its speaker.
    /// </summary>
    public static int? SpeakerVerbOf(Words words, int shownFirst, int first, int last)
    {
        if (ActOf(words, shownFirst, first, last) is not null)
        {
            return null;
        }

        if (TellingVerbOf(words, shownFirst, last) is { } verb)
        {
            return verb;
        }

        var next = PastApposition(words, shownFirst, last);
        return next < words.Count && words[next] is "said" or "says" || shownFirst > 0 && words[shownFirst - 1] is "said" or "says" ? -1 : null;
    }

    /// <summary>
    /// The index of the verb the person whose name runs from <paramref name="shownFirst"/> to <paramref name="last"/>
    /// is the subject of (past an apposition and one auxiliary or adverb), or null when they are not a subject or the
    /// verb ends the sentence.
    /// </summary>
    public static int? SubjectVerbOf(Words words, int shownFirst, int last)
    {
        if (ByAgent(words, shownFirst) is not null || NounAgents.ActOf(words, shownFirst) is not null || PredicateStart(words, shownFirst, last) is not { } at)
        {
            return null;
        }

        if (at < words.Count && words[at] is "has" or "had" or "have" or "also" or "then")
        {
            at++;
        }

        return at + 1 < words.Count ? at : null;
    }

    /// <summary>
    /// The token range of the one clause the person is the doer of and the index of its verb: the act
    /// <see cref="ActOf"/> found for them, cut where a clause of its own opens ("discovered the flood when he ..."), so
    /// what is left is the act and its object. Null when a passive's verb cannot be told.
    /// </summary>
    public static (int First, int Last, int Head)? ClauseOf(Words words, int shownFirst, (int First, int Last) act)
    {
        var (from, to) = act;
        if (ByAgent(words, shownFirst) is not null)
        {
            if (ReducedRelative(words, from, to) is { } reduced)
            {
                return reduced;
            }

            // A passive's verb is the participle after its auxiliary ("The weir was checked at dawn by ...").
            for (var k = to; k > from; k--)
            {
                if (words[k - 1] is "was" or "were" or "been" or "is" or "are" or "be" or "being")
                {
                    // An adverb may stand between the auxiliary and the participle ("was officially opened by"): the
                    // participle is the verb.
                    var verb = k;
                    while (verb < to && (words[verb].EndsWith("ly", StringComparison.Ordinal) || words[verb] is "first" or "also" or "then"))
                    {
                        verb++;
                    }

                    return (from, to, verb);
                }
            }

            return null;
        }

        if (NounAgents.ActOf(words, shownFirst) is not null)
        {
            // "a motion from Ed Hale": the act is the noun that ends the range, heading it as a verb would.
            return (from, to, to);
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (Subordinators.Contains(words[k]))
            {
                return k - 1 >= from ? (from, k - 1, from) : null;
            }
        }

        return (from, to, from);
    }

    // Particles that make a phrasal verb with the participle before them ("drawn up", "put forward", "carried out").
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(["up", "out", "forward", "off", "down"], StringComparer.Ordinal);

    // "The doors will shut under a plan drawn up by ...", "The proposal, put forward by ...": a participle straight before
    // "by" (with its particle) that follows a noun or a comma, not an auxiliary, is a reduced relative on that noun, and
    // the agent did what it tells (drew up the plan), not the main clause's act further back. The clause is the noun's
    // phrase and the participle, or from the range's start when a comma sets the participle off. Null when the words
    // before "by" are no such participle.
    private static (int First, int Last, int Head)? ReducedRelative(Words words, int from, int to)
    {
        var verb = Particles.Contains(words[to]) ? to - 1 : to;
        if (verb <= from || !IsLowerWord(words, verb) || Stopwords.IsStopword(words[verb])
            || (verb == to && !(words[verb].Length > 3 && (words[verb].EndsWith("ed", StringComparison.Ordinal) || words[verb].EndsWith("wn", StringComparison.Ordinal)))))
        {
            return null;
        }

        var before = verb - 1;
        if (words.BreakAfter(before))
        {
            return (from, to, verb);
        }

        if (!IsLowerWord(words, before) || Stopwords.IsStopword(words[before]) || words[before].EndsWith("ly", StringComparison.Ordinal)
            || words[before] is "first" or "also" or "then" or "jointly")
        {
            return null;
        }

        var start = before;
        while (start > from && !words.BreakAfter(start - 1) && Determiners.ArticlesAndPossessives.Contains(words[start - 1]))
        {
            start--;
        }

        return (start, to, verb);
    }

    private static bool IsLowerWord(Words words, int k) => StartsWithLetter(words[k]) && char.IsLower(words.Tokens[k].Text[0]);

    // Words that open a clause of their own inside a predicate: what follows is another happening, not the act.
    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["when", "after", "before", "while", "as", "because", "until", "since", "although", "though", "where", "which", "who"],
        StringComparer.Ordinal);

    // The clause before "by" when the person (with the role words before the name) is the agent of a passive.
    private static (int First, int Last)? ByAgent(Words words, int shownFirst)
    {
        var crossedComma = false;
        for (var k = shownFirst - 1; k >= 0 && shownFirst - k <= 8; k--)
        {
            if (words.BreakAfter(k))
            {
                // One comma may set the name off as an apposition ("by the pilot of the flight, Captain Ada Finch").
                if (crossedComma || words.Text[words.Tokens[k].End] != ',')
                {
                    return null;
                }

                crossedComma = true;
            }

            if (words[k] == "by")
            {
                if (k == 0)
                {
                    return null; // "By then fire chief Ada Finch had ...": no passive before it
                }

                var start = k - 1;
                while (start > 0 && !words.BreakAfter(start - 1))
                {
                    start--;
                }

                // The clause holding the passive verb, with the subject it opens after when that is set off by an
                // apposition ("The notice, issued on Monday, by ..."): up to three clauses back.
                for (var clauses = 0; clauses < 2 && start > 0; clauses++)
                {
                    var previous = start - 1;
                    while (previous > 0 && !words.BreakAfter(previous - 1))
                    {
                        previous--;
                    }

                    start = previous;
                }

                return k - 1 >= start ? (start, k - 1) : null;
            }

            // "with" sets off a companion or the subject of an absolute clause ("won by Ivo Brand, with Ana Vell taking
            // second"), not the agent.
            if (words[k] is "said" or "says" or "who" or "which" or "and" or "but" or "that" or "with")
            {
                return null;
            }
        }

        return null;
    }

    // The first token after the name and an apposition set off by commas (", 44,", ", the council's lawyer,").
    private static int PastApposition(Words words, int first, int last)
    {
        var next = last + 1;
        if (!words.BreakAfter(last) || words.Text[words.Tokens[last].End] != ',')
        {
            return next;
        }

        // The name is itself the apposition ("The council's lawyer, Ada Finch, drafted ..."): its verb follows.
        if (first > 0 && words.BreakAfter(first - 1) && words.Text[words.Tokens[first - 1].End] == ',')
        {
            return next;
        }

        for (var k = next; k < words.Count && k - next < 10; k++)
        {
            if (words[k] == "who")
            {
                return k;
            }

            if (words.BreakAfter(k))
            {
                return words.Text[words.Tokens[k].End] == ',' ? k + 1 : words.Count;
            }
        }

        return words.Count;
    }

    private static bool OpensClause(Words words, int shownFirst)
    {
        for (var k = shownFirst - 1; k >= 0; k--)
        {
            if (words.BreakAfter(k))
            {
                return true;
            }

            // Role words and the body they belong to may stand before the name ("Harbour master Ada Finch",
            // "Kelsay Port's chief executive Ada Finch"), and a cleft's "It was".
            if (!(words[k] is "it" or "was" or "the" or "a" or "an" || StartsWithLetter(words[k]) && !NoVerb.Contains(words[k]) && !words[k].EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // The verb at <paramref name="at"/> (past one auxiliary) and what follows it up to the clause's end; null when no
    // act starts there or the verb only reports words.
    private static (int First, int Last)? Predicate(Words words, int at)
    {
        if (at < words.Count && words[at] is "has" or "had" or "have" or "was" or "is" or "will" or "would" or "then" or "also" or "first" or "personally" or "himself" or "herself")
        {
            at++;
        }

        // A perfect or future passive has a second auxiliary before its participle ("has been put in charge", "will be
        // replaced"): the participle is the verb, as after "was".
        if (at < words.Count && at > 0 && words[at] is "been" or "be" && words[at - 1] is "has" or "had" or "have" or "will" or "would")
        {
            at++;
        }

        at = PastFirstTo(words, at);
        if (at >= words.Count || NoVerb.Contains(words[at]) || words.Capitalized(at) || !StartsWithLetter(words[at]))
        {
            return null;
        }

        var end = at;
        while (end + 1 < words.Count && !words.BreakAfter(end) && words[end + 1] is not ("said" or "says" or "who"))
        {
            end++;
        }

        // "said" and "told" always report words; another verb of saying is an act only with a noun object and no
        // clause of its own after it ("confirmed the outbreak", not "confirmed the ship was clean").
        if (Saying.Contains(words[at]) && (words[at] is "said" or "says" or "told" or "tells" or "added" or "adds" || end == at
            || words[at + 1] is "that" or "it" or "he" or "she" or "they" or "we" || words.Capitalized(at + 1) || !StartsWithLetter(words[at + 1])
            || Enumerable.Range(at + 1, end - at).Any(k => words[k] is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "would" or "will" or "could" or "should" or "must")))
        {
            return null;
        }

        return (at, end);
    }

    // "Ada Finch was the first to spot the leak", "was first to reach him": a doer credited as the first of several to do
    // an act did it, so the act is the verb after "to" (the infinitive), not the copula; the index of that verb, or
    // <paramref name="at"/> unchanged when the words there are not "(the) first (one|person) to".
    private static int PastFirstTo(Words words, int at)
    {
        var k = at < words.Count && words[at] == "the" ? at + 1 : at;
        if (at == 0 || k >= words.Count || words[k] != "first" || words[at - 1] is not ("was" or "is" or "were" or "are" or "be" or "been"))
        {
            return at;
        }

        k++;
        if (k < words.Count && words[k] is "one" or "person")
        {
            k++;
        }

        return k + 1 < words.Count && words[k] == "to" && !words.BreakAfter(k - 1) && !words.BreakAfter(k) ? k + 1 : at;
    }

    // A token's folded form can be empty (a lone full stop) or past the end (""), so the first letter is read safely.
    private static bool StartsWithLetter(string word) => word.Length > 0 && char.IsLetter(word[0]);
}
