using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// The thing a date is said of by the grammar of its phrase: "the reception on Saturday", "Friday night's reception",
/// "the 18 November blast", "raids on Tuesday morning". Outlets that date one occasion in sentences sharing few other
/// words still name it with the same noun, joined to the date; the noun says which occasion the day belongs to.
/// </summary>
internal static class DatedNouns
{
    // Nouns of time say when, not what happened: "the early hours of Sunday", "the final time on Friday".
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        ["day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "hour", "hours", "time", "times",
            "morning", "afternoon", "evening", "night", "date", "dates", "deadline", "period", "term", "season", "today"],
        StringComparer.Ordinal);

    // Words before a noun that make it a verb instead ("will close on", "to open on", "it ends on").
    private static readonly FrozenSet<string> VerbMarkers = FrozenSet.ToFrozenSet(
        ["to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "did", "do", "does", "it", "they", "we", "he", "she", "i", "you", "who", "which", "that"],
        StringComparer.Ordinal);

    // Particles of phrasal verbs ("went off on", "carried out on"): no noun.
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["off", "out", "up", "down", "back", "away", "over", "through", "ahead", "alongside", "again"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "this", "that", "its", "their"], StringComparer.Ordinal);

    /// <summary>The stem of the noun the date at <paramref name="span"/> is said of; "" when its phrase names none.</summary>
    public static string Of(Words words, ValueSpan span)
    {
        // "Tuesday's blast", "Saturday night's draw".
        var last = span.Last;
        if (!words.Tokens[last].Text.EndsWith("'s", StringComparison.Ordinal) && words[last + 1] is "morning's" or "afternoon's" or "evening's" or "night's")
        {
            last++;
        }

        if (words.Tokens[last].Text.EndsWith("'s", StringComparison.Ordinal) && !words.BreakAfter(last))
        {
            return Noun(words, last + 1) ? Stem(words[last + 1]) : "";
        }

        // "the 18 November blast": a determiner before the date and a noun right after it.
        if (Determiners.Contains(words[span.First - 1]) && !words.BreakAfter(span.Last) && Noun(words, span.Last + 1) && !Noun(words, span.Last + 2))
        {
            return Stem(words[span.Last + 1]);
        }

        // "the reception on Saturday", "raids on Tuesday morning", "the blaze at the depot in Lowgate on Friday": the noun
        // before "on" or "from", past a place named with "in" or "at". A passive or a copula dates its subject, also
        // with "for": "the vote was held on Monday", "the match is scheduled for 3 May", "the opening will be on Friday".
        if (words[span.First - 1] is not ("on" or "from" or "for") || words.BreakAfter(span.First - 2))
        {
            return "";
        }

        var k = span.First - 2;
        if (words.Capitalized(k) && words[k - 1] is "in" or "at" && !words.BreakAfter(k - 2))
        {
            k -= 2;
        }

        if (PassiveSubject(words, k) is { } subject)
        {
            return subject >= 0 ? Stem(words[subject]) : ""; // "it was held on Monday": a participle is no noun
        }

        if (words[span.First - 1] != "for" && Noun(words, k) && !VerbMarkers.Contains(words[k - 1]))
        {
            return Stem(words[k]);
        }

        // An active clause with no object dates its subject: "the ship came alongside on Saturday", "recall letters will
        // go out from 14 December", "the tanker, which docked in Portmere on Friday".
        return ActiveSubject(words, k) is { } actor ? Stem(words[actor]) : "";
    }

    // The subject of an intransitive clause whose verb ends at <paramref name="k"/>: a phrasal verb ("went off", "will go
    // out") or a past form ("docked", "collapsed"), with the noun right before it (past auxiliaries and adverbs), a
    // relative pronoun's antecedent, or the noun a place phrase follows ("a blast at the Castlebeck Quarry went off").
    // Null when the clause is no such clause or its subject is no noun.
    private static int? ActiveSubject(Words words, int k)
    {
        var phrasal = false;
        while (k > 0 && Particles.Contains(words[k]) && !words.BreakAfter(k - 1))
        {
            (k, phrasal) = (k - 1, true);
        }

        if (k < 1 || !char.IsLower(words.Tokens[k].Text[0]) || !words[k].All(char.IsLetter) || Stopwords.IsStopword(words[k]) || BeForms.Contains(words[k])
            || !(phrasal || words[k].EndsWith("ed", StringComparison.Ordinal)))
        {
            return null;
        }

        var j = k - 1;
        while (j > 0 && (Auxiliaries.Contains(words[j]) || Adverb(words[j])) && !words.BreakAfter(j - 1))
        {
            j--;
        }

        var subject = words.BreakAfter(j) ? -1 : SubjectAt(words, j);
        return subject >= 0 ? subject : null;
    }

    // The noun a clause's subject word at <paramref name="j"/> names: the word itself, the antecedent of a relative
    // pronoun set off by a comma ("the vote, which was held"; "the ship Aurora, which docked": past the name to its noun),
    // or the noun before a place phrase ("a blast at the neighbouring Castlebeck Quarry"). -1 when none.
    private static int SubjectAt(Words words, int j)
    {
        if (words[j] is "which" or "who" && words.BreakAfter(j - 1))
        {
            j--;
            while (j > 0 && words.Capitalized(j) && !words.BreakAfter(j - 1))
            {
                j--;
            }

            return Noun(words, j) ? j : -1;
        }

        if (words.Capitalized(j) && j > 0)
        {
            var p = j;
            while (p > 0 && (words.Capitalized(p) || Determiners.Contains(words[p]) || words[p].EndsWith("ing", StringComparison.Ordinal)) && !words.BreakAfter(p - 1) && j - p < 5)
            {
                p--;
            }

            return words[p] is "at" or "in" or "near" && Noun(words, p - 1) && !words.BreakAfter(p - 1) ? p - 1 : -1;
        }

        return Noun(words, j) ? j : -1;
    }

    // The subject of a passive or copular clause that ends at <paramref name="k"/>: "the paper will be sat", "the sample
    // was first collected", "the bird was seen", "the final will be": what the clause says happened to, or is, on the
    // day. The participle may be irregular ("sat", "seen", "held"); the form of "be" before it is what marks it. Null
    // when the clause is neither passive nor copular; -1 when its subject is no noun ("it", "which").
    private static int? PassiveSubject(Words words, int k)
    {
        while (k > 0 && Particles.Contains(words[k]) && !words.BreakAfter(k - 1))
        {
            k--; // "was called off on Tuesday"
        }

        var j = k;
        if (!BeForms.Contains(words[k]))
        {
            if (k < 1 || !char.IsLower(words.Tokens[k].Text[0]) || !words[k].All(char.IsLetter) || Stopwords.IsStopword(words[k]))
            {
                return null;
            }

            j = k - 1;
            while (j > 0 && Adverb(words[j]) && !words.BreakAfter(j - 1))
            {
                j--; // "was first seen"
            }

            if (!BeForms.Contains(words[j]) || words.BreakAfter(j))
            {
                return null;
            }
        }

        // Past the auxiliaries and adverbs before it: "will be", "has since been", "would now be".
        while (j > 0 && (BeForms.Contains(words[j - 1]) || Auxiliaries.Contains(words[j - 1]) || Adverb(words[j - 1])) && !words.BreakAfter(j - 1))
        {
            j--;
        }

        return j > 0 && !words.BreakAfter(j - 1) ? SubjectAt(words, j - 1) : -1;
    }

    private static bool Adverb(string word) =>
        TemporalAdverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal));

    private static readonly FrozenSet<string> BeForms =
        AuxiliaryVerbs.Set(AuxiliaryVerbs.NonFiniteBe, AuxiliaryVerbs.FiniteBe);

    private static readonly FrozenSet<string> Auxiliaries =
        AuxiliaryVerbs.Set(AuxiliaryVerbs.Modals, AuxiliaryVerbs.Have, ["not"]);

    // Adverbs of time and sequence that stand between an auxiliary and its verb ("was first seen", "has now been").
    private static readonly FrozenSet<string> TemporalAdverbs = FrozenSet.ToFrozenSet(
        ["first", "last", "also", "now", "then", "since", "already", "still", "only", "finally", "originally", "initially", "again", "never"], StringComparer.Ordinal);

    // A lower-case content word that is no verb form, particle or noun of time.
    private static bool Noun(Words words, int k) =>
        k >= 0 && k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && words[k].Length > 2 && words[k].All(char.IsLetter)
        && !Stopwords.IsStopword(words[k]) && !Particles.Contains(words[k]) && !TimeNouns.Contains(words[k])
        && !words[k].EndsWith("ed", StringComparison.Ordinal) && !words[k].EndsWith("ing", StringComparison.Ordinal)
        && !words[k].EndsWith("ly", StringComparison.Ordinal);

    private static string Stem(string word) => Stemmer.Porter.Stem(word);
}
