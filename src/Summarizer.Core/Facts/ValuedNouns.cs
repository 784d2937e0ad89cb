using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// The noun a figure is the value of when a clause assigns it with "at": a verb of reckoning takes the thing valued as
/// its object and the figure after "at" ("police put the crowd at 25,000", "the council estimated the cost of the
/// change, including new road signs, at £180,000", "valued the business at £45m"), or, in the passive and after a verb
/// of standing, as its subject ("the damage was put at £1.8m", "the tally of complaints stood at 35"). The figure's
/// own neighbours name nothing there ("at £8.7m."), so what it measures is read from the clause's structure, however
/// far the noun phrase runs. A noun that only names a value ("the total", "the tally of complaints") gives way to the
/// noun it is of.
/// </summary>
internal static class ValuedNouns
{
    // Verbs of reckoning a value, in their forms: what news says an estimate, an assessment or a valuation does.
    private static readonly FrozenSet<string> Reckoning = FrozenSet.ToFrozenSet(
        ["put", "puts", "putting", "estimate", "estimates", "estimated", "estimating", "reckon", "reckons", "reckoned", "reckoning",
            "value", "values", "valued", "valuing", "place", "places", "placed", "placing", "peg", "pegs", "pegged", "pegging",
            "assess", "assesses", "assessed", "assessing", "calculate", "calculates", "calculated", "calculating", "gauge",
            "gauges", "gauged", "judge", "judges", "judged"],
        StringComparer.Ordinal);

    // Verbs of standing, whose subject is what the figure after "at" measures ("the toll stood at 12").
    private static readonly FrozenSet<string> Standing = FrozenSet.ToFrozenSet(
        ["stand", "stands", "stood", "standing", "remain", "remains", "remained", "sit", "sits", "sat"], StringComparer.Ordinal);

    // Nouns that name a value rather than a thing: the thing is the noun they are "of" ("a total of 40", "the tally of
    // complaints"), or the noun after them ("the total price").
    private static readonly FrozenSet<string> ValueNouns = FrozenSet.ToFrozenSet(
        ["total", "sum", "amount", "figure", "number", "value", "level", "estimate", "tally", "count", "toll", "final", "overall",
            "official", "latest", "initial", "original", "own", "new"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Openers = Determiners.Set(Determiners.ArticlesAndPossessives, Determiners.Demonstratives, ["these", "those", "our", "all"]);

    private static readonly FrozenSet<string> Auxiliaries = AuxiliaryVerbs.Set(AuxiliaryVerbs.All, ["also", "now", "still", "already", "then", "later", "since"]);

    // How far back from "at" the verb may stand, and how many commas the clause may cross (one parenthesis).
    private const int Reach = 25;
    private const int MaxBreaks = 2;

    /// <summary>The index of the noun the figure <paramref name="span"/> is assigned to with "at"; -1 when none is.</summary>
    public static int Index(Words words, ValueSpan span)
    {
        var at = span.First - 1;
        if (span.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay or ValueKind.Person or ValueKind.Place || words[at] != "at" || at < 1)
        {
            return -1;
        }

        var breaks = 0;
        for (var v = at - 1; v >= Math.Max(0, at - Reach); v--)
        {
            if (words.BreakAfter(v) && ++breaks > MaxBreaks)
            {
                return -1;
            }

            if (Reckoning.Contains(words[v]) && ObjectHead(words, v + 1, at) is var valued and >= 0)
            {
                return valued;
            }

            if (Standing.Contains(words[v]) || (Reckoning.Contains(words[v]) && v + 1 == at))
            {
                return SubjectHead(words, v);
            }

            if (breaks % 2 == 0 && NumberReader.TryRead(words, v, out _) && !Openers.Contains(words[v]))
            {
                return -1; // another figure stands between, outside a comma-set aside: "at" belongs to its clause
            }
        }

        return -1;
    }

    // The head noun of the object after a verb of reckoning, when it ends before "at".
    private static int ObjectHead(Words words, int from, int at) =>
        from < at && !words.BreakAfter(from - 1) && NounPhraseHead(words, from) is var k && k >= 0 && k < at ? k : -1;

    // The head noun of the subject before a verb: its own auxiliaries and an aside set off by commas skipped ("the
    // audience, by the theatre's own estimate, stood at 900"), read from the clause's start, else from the noun phrase
    // that ends at the verb when an adverbial opens the clause ("by Thursday the council's tally stood at 35").
    private static int SubjectHead(Words words, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && !words.BreakAfter(k) && Auxiliaries.Contains(words[k]))
        {
            k--;
        }

        if (k >= 0 && words.BreakAfter(k))
        {
            do
            {
                k--;
            }
            while (k >= 0 && !words.BreakAfter(k));
        }

        var end = k;
        while (k > 0 && !words.BreakAfter(k - 1) && end - k < 8)
        {
            k--;
        }

        var clauseStart = k == 0 || (k > 0 && words.BreakAfter(k - 1));
        if (clauseStart && NounPhraseHead(words, k) is var head && head >= 0 && head <= end)
        {
            return head;
        }

        var start = end;
        while (start > 0 && !words.BreakAfter(start - 1) && !words.Capitalized(start - 1)
            && (words[start - 1] == "of" || Openers.Contains(words[start - 1]) || !Stopwords.IsStopword(words[start - 1])))
        {
            start--;
        }

        // The subject opens at its last determiner that no "of" or other determiner governs: an adverbial's nouns before
        // it are no part of it ("by the end of the week the ombudsman's tally ...").
        for (var d = end - 1; d > start; d--)
        {
            if (IsDeterminer(words, d) && words[d - 1] != "of" && !IsDeterminer(words, d - 1))
            {
                start = d;
                break;
            }
        }

        return start >= 0 && NounPhraseHead(words, start) is var near && near >= 0 && near <= end ? near : -1;
    }

    // The head of the noun phrase opened at <paramref name="k"/>: past determiners and possessors ("the council's"), the
    // last noun of its run of modifiers and nouns ("lost trade", "the total price"), before any postmodifier ("the
    // shortfall for next year"); a noun that only names a value gives way to the noun it is of ("the tally of complaints").
    private static int NounPhraseHead(Words words, int k)
    {
        while (k < words.Count && (IsDeterminer(words, k) || (k > 0 && words.Capitalized(k))))
        {
            k++;
        }

        var head = -1;
        for (; k < words.Count && (ValueNouns.Contains(words[k]) || IsNoun(words, k)); k++)
        {
            if (head >= 0 && OpensReducedClause(words, k))
            {
                break; // "the number of people evacuated from the valley": a participle after the head opens a clause of its own
            }

            head = k;
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        if (head >= 0 && ValueNouns.Contains(words[head]))
        {
            return words[head + 1] == "of" && !words.BreakAfter(head) ? NounPhraseHead(words, head + 2) : -1;
        }

        return head;
    }

    // A participle after a noun opens a reduced relative clause ("people evacuated from", "homes left without power",
    // "residents living near the river"): it postmodifies the head, it is not the head. A past participle does so
    // however it goes on; an -ing form only when a preposition or determiner follows it ("residents living near"), since
    // an -ing noun can end a compound ("the office building").
    private static bool OpensReducedClause(Words words, int k)
    {
        var word = words[k];
        if (word.Length <= 4 || words.BreakAfter(k - 1))
        {
            return false;
        }

        return word.EndsWith("ed", StringComparison.Ordinal)
            || (word.EndsWith("ing", StringComparison.Ordinal) && k + 1 < words.Count && !words.BreakAfter(k) && Stopwords.IsStopword(words[k + 1]));
    }

    private static bool IsDeterminer(Words words, int k) => Openers.Contains(words[k]) || words[k].EndsWith("'s", StringComparison.Ordinal);

    private static bool IsNoun(Words words, int k) =>
        (k == 0 || char.IsLower(words.Tokens[k].Text[0])) && words[k].Length > 2 && words[k].All(char.IsLetter) && !Stopwords.IsStopword(words[k]) && !Auxiliaries.Contains(words[k])
        && !words[k].EndsWith("ly", StringComparison.Ordinal) && !Reckoning.Contains(words[k]) && !Standing.Contains(words[k]);
}
