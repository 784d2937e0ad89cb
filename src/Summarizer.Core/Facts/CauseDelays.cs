using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// What put a thing off, as news tells a delay: the agent of a passive of delaying ("the opening was held back by a late
/// delivery of parts", "was delayed by a signal fault") and the subject of the active ("a shortage of drivers pushed the
/// launch back", "staff shortages delay reopening"). The agent of a delay is what caused it unless it says by how much
/// ("was put back by three months", "delayed by several weeks"); the subject of the active is a cause unless it is a
/// doer, a person or a named body that chose to put the thing off ("the council delayed the vote").
/// </summary>
internal static class CauseDelays
{
    // Participles of putting a thing off: "delayed", and a verb with its particle ("held back", "put back").
    private static readonly Phrases Participles = new(["delayed", "held back", "put back", "pushed back", "set back"]);

    // Verbs that put a thing off with their particle after the object: "pushed the launch back", "held the work back".
    private static readonly FrozenSet<string> SplitVerbs = FrozenSet.ToFrozenSet(
        ["pushed", "pushes", "put", "puts", "held", "holds", "set", "sets"], StringComparer.Ordinal);

    // Forms of "be" and adverbs of degree between them and a participle: "was largely held back by".
    private static readonly FrozenSet<string> Passive = Text.AuxiliaryVerbs.Set(
        Text.AuxiliaryVerbs.FiniteBe, Text.AuxiliaryVerbs.NonFiniteBe, ["largely", "partly", "mainly", "further", "also", "repeatedly"]);

    // Words that open an extent, not an agent: "by three months", "by about a week", "by several days", "by up to a year".
    private static readonly FrozenSet<string> Extents = FrozenSet.ToFrozenSet(
        ["about", "around", "roughly", "nearly", "almost", "some", "several", "many", "few", "up", "more", "less", "over", "under", "at", "as", "another",
            "just", "only", "well", "half", "weeks", "months", "years", "days", "hours", "minutes"],
        StringComparer.Ordinal);

    // Conjunctions that may open the clause the active's subject stands in: "after a shortage of staff pushed the launch back".
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["after", "because", "once", "until", "before", "as", "since", "when"], StringComparer.Ordinal);

    /// <summary>"was held back by a late delivery": where the agent begins, when the agent is no extent; else null.</summary>
    public static int? AgentOf(Words words, int i)
    {
        if (i == 0 || !Passive.Contains(words[i - 1]) || Participles.At(words, i) is not { } participle)
        {
            return null;
        }

        // A person or people held back ("engineers were being held back by the conditions") are hindered at work: what held
        // them back is no cause of the event the story tells.
        if (PassiveSubject(words, i - 1) is { } subject && People(words[subject]))
        {
            return null;
        }

        var by = i + Words.WordCount(participle);
        if (by + 1 >= words.Count || words[by] != "by" || words.BreakAfter(by - 1) || words.BreakAfter(by))
        {
            return null;
        }

        return Extent(words, by + 1) ? null : by + 1;
    }

    /// <summary>"a shortage of drivers pushed the launch back", "staff shortages delay reopening": where the subject begins; else null.</summary>
    public static int? SubjectOf(Words words, int i)
    {
        // Not an infinitive ("the campaign to put the pub back"), whose subject is no cause.
        if (i == 0 || Passive.Contains(words[i - 1]) || words[i - 1] == "to" || !Active(words, i))
        {
            return null;
        }

        if (CauseSubjects.Subject(words, i) is not { } subject)
        {
            return null;
        }

        // The subject of a clause a conjunction opens starts after it: "opens after staffing gap delays launch".
        for (var k = i - 1; k >= subject; k--)
        {
            if (Openers.Contains(words[k]))
            {
                subject = k + 1;
                break;
            }
        }

        return Cause(words, subject, i - 1) ? subject : null;
    }

    // "delayed the opening", "delays launch", "pushed the launch back", "held the scheme back".
    private static bool Active(Words words, int i)
    {
        if (i + 1 >= words.Count || words.BreakAfter(i))
        {
            return false;
        }

        if (words[i] is "delayed" or "delays" or "delay")
        {
            // Not "delayed by", "delayed for", "delayed until": a passive participle or an adjective, no active verb.
            // The object opens with a determiner ("delayed the opening"); a headline drops it ("staffing gap delays launch"),
            // where a bare noun still follows a verb ("delays launch"), not a word that follows a noun ("delays of", "delays were").
            return words[i] != "delay" && !(i > 0 && Text.Determiners.ArticlesAndPossessives.Contains(words[i - 1]))
                && (Text.Determiners.ArticlesAndPossessives.Contains(words[i + 1])
                    || (Headline(words) && words[i + 1].All(char.IsLetter) && !Text.Stopwords.English.Contains(words[i + 1]) && !words[i + 1].EndsWith("ed", StringComparison.Ordinal)));
        }

        if (!SplitVerbs.Contains(words[i]) || words[i + 1] is not ("the" or "its" or "their"))
        {
            return false;
        }

        // The object, a short noun phrase, then the particle: "pushed the launch back".
        for (var k = i + 2; k < words.Count && k - i <= 5; k++)
        {
            // "back to October" puts it off; "back into village hands", "back on the market" returns it.
            if (words[k] == "back")
            {
                return k > i + 2 && (k + 1 >= words.Count || words[k + 1] is not ("into" or "in" or "on" or "onto" or "together" or "up" or "where" or "home" or "under" or "inside"));
            }

            if (words.BreakAfter(k) || !words[k].All(char.IsLetter))
            {
                return false;
            }
        }

        return false;
    }

    // A noun or pronoun of people: the lexicon's persons, and the agent nouns of a trade ("engineers", "operators", "chemists").
    private static bool People(string word) =>
        MeasureClasses.Of(word) == MeasureClasses.Persons || PersonalPronouns.Contains(word)
        || word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal) || word.EndsWith("ists", StringComparison.Ordinal)
        || word.EndsWith("eer", StringComparison.Ordinal) || word.EndsWith("eers", StringComparison.Ordinal);

    // The last word of a passive's subject, before its auxiliaries: "engineers" of "engineers were being held back".
    private static int? PassiveSubject(Words words, int k)
    {
        while (k >= 0 && (Passive.Contains(words[k]) || Auxiliaries.Contains(words[k])) && !(k > 0 && words.BreakAfter(k - 1)))
        {
            k--;
        }

        return k >= 0 && !Passive.Contains(words[k]) && !Auxiliaries.Contains(words[k]) ? k : null;
    }

    // Auxiliaries and modals before a verb or its passive: "had been", "may be", "will be".
    private static readonly FrozenSet<string> Auxiliaries = Text.AuxiliaryVerbs.Set(
        Text.AuxiliaryVerbs.Have, Text.AuxiliaryVerbs.Modals, Text.AuxiliaryVerbs.Do, ["not", "never", "already", "since", "now"]);

    // Personal pronouns: people, never a cause ("they delayed the opening") and never what a delay befell as a thing.
    internal static readonly FrozenSet<string> PersonalPronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "we", "i", "you"], StringComparer.Ordinal);

    // A sentence with no closing stop: a headline, which drops its articles.
    private static bool Headline(Words words) => words.Text.TrimEnd() is var text && text.Length > 0 && text[^1] is not ('.' or '!' or '?' or '"' or '”');

    // A subject that is a cause, not a doer: no pronoun, no name after its first word, no person or body as its head.
    private static bool Cause(Words words, int first, int last)
    {
        if (last < first || PersonalPronouns.Contains(words[first]) || words[first] is "it" or "this" or "that" or "which" or "who")
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (k > 0 && words.Capitalized(k) && !(k == first && words.BreakAfter(k - 1)))
            {
                return false;
            }
        }

        // The head is the noun before the first preposition: "shortage" of "a shortage of builders", who are not the doer;
        // auxiliaries before the verb are no part of it ("the board had delayed").
        while (last > first && Auxiliaries.Contains(words[last]))
        {
            last--;
        }

        var at = first;
        while (at < last && words[at + 1] is not ("of" or "in" or "at" or "on" or "from" or "with" or "for" or "among"))
        {
            at++;
        }

        var head = words[at];
        return MeasureClasses.Of(head) != MeasureClasses.Persons && !Bodies.Contains(head.TrimEnd('s'));
    }

    // Bodies that decide to put a thing off: "the council delayed the vote", "the board pushed the launch back".
    private static readonly FrozenSet<string> Bodies = FrozenSet.ToFrozenSet(
        [.. BodyNouns.Common, .. BodyNouns.NameEnds, "government", "management", "organiser", "owner", "operator", "firm"], StringComparer.Ordinal);

    // A figure, a number word or a word of amount after "by": the agent says how long the thing was put off.
    private static bool Extent(Words words, int k) =>
        char.IsDigit(words[k][0]) || Extents.Contains(words[k]) || NumberReader.TryRead(words, k, out _)
        || (words[k] is "a" or "an" or "one" && k + 1 < words.Count && words[k + 1] is "week" or "month" or "year" or "day" or "fortnight" or "few" or "couple" or "further" or "matter" or "total" or "full");
}
