using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// A source sentence that is the claim word for word but for one stretch told otherwise, as the checker reads it: "The
/// village hall will be repainted by the scouts" / "The village hall will be pulled down by the scouts", "The club
/// treasurer has signed the lease" / "The town clerk has signed the lease". The sentence shares nearly every word of the
/// claim, so the share of words finds it; but what it tells otherwise is who acts or what is done, and it says another
/// thing in the claim's frame. A passage that does not write the claim's own words there does not say the claim
/// (<see cref="In"/>). The phrases <see cref="SlotThing"/> reads (an object, a place) are one such stretch; this reading
/// takes the first clause's subject and its verb group.
/// </summary>
internal static class ChangedSpan
{
    // Words after which a lone word names a thing rather than an act: "after the fete", "mended the gate".
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"],
        StringComparer.Ordinal);

    // Words that open a second clause, whose subject and verb are not the first clause's. Words of time ("after",
    // "before") open a phrase as often, and are left in.
    private static readonly FrozenSet<string> SecondClause = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "which", "who", "whom", "whose", "where", "when", "while", "whilst", "whereas", "because",
         "although", "though", "if", "unless"],
        StringComparer.Ordinal);

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:()\u2014\u2013\"\u201c\u201d");

    // Words of its own on each side that make a changed verb group a phrase for a phrase; one word for one ("halted" for
    // "stopped") is as often the outlet's synonym.
    private const int MinOwn = 2;

    // Words of their own on the two sides together that make a changed subject another one: "the firm" for "the
    // company" is one body, "the landlord" for "the housing trust" two.
    private const int MinSubjectOwn = 3;

    /// <summary>
    /// True when a sentence of the source is the claim with its subject or verb group told otherwise
    /// (<see cref="ChangedWords"/>) and <paramref name="window"/> does not write the claim's own words there: the source
    /// says another thing in the claim's frame, and a passage that shares the frame's words does not say the claim.
    /// </summary>
    public static bool In(ClaimReading claim, IReadOnlyList<SentenceReading> window, SourceReading source)
    {
        var passage = window.SelectMany(s => s.Words).Where(w => w.IsLetters).ToList();
        return source.Sentences.Any(s => ChangedWords(claim, s).Any(h => !passage.Any(w => Same(w, h))));
    }

    /// <summary>
    /// The last own word of each stretch of the claim that <paramref name="sentence"/> tells otherwise, where the two are
    /// one sentence but for it: the words they share, in order, are more than half of each, and they differ nowhere else
    /// than in the claim's first clause, in its subject (three words of their own between them), or in its verb group
    /// (two words of its own on each side), or in a lone verb and a lone thing together ("had oiled the hinges before the
    /// fair" for "had repainted the gate before the fair"). A lone verb for a lone verb, once or twice, is as often an
    /// outlet's own word for one act; a sentence that differs elsewhere too is a retelling, not a pair.
    /// </summary>
    public static IEnumerable<Word> ChangedWords(ClaimReading claim, SentenceReading sentence)
    {
        var mine = claim.Words.Where(w => w.Kind != WordKind.Symbol).ToList();
        var theirs = sentence.Words.Where(w => w.Kind != WordKind.Symbol).ToList();
        if (Math.Min(mine.Count, theirs.Count) * 2 <= Math.Max(mine.Count, theirs.Count))
        {
            return []; // the shared words cannot be more than half of the longer side: no table to build
        }

        var shared = Common(mine, theirs);
        if (shared.Count * 2 <= mine.Count || shared.Count * 2 <= theirs.Count)
        {
            return []; // two sentences on one matter, not one sentence told twice
        }

        var firstClauseEnd = Enumerable.Range(1, Math.Max(0, mine.Count - 1))
            .FirstOrDefault(i => Breaks(claim.Text, mine, i - 1, i) || SecondClause.Contains(mine[i].Folded), mine.Count);
        var stretches = Stretches(claim.Text, mine, theirs, shared)
            .Select(s => Read(claim.Text, sentence.Text, mine, theirs, s, firstClauseEnd))
            .Where(s => s.Own.Count + s.TheirOwn > 0)
            .ToList();
        if (stretches.Count == 1 && stretches[0] is { Own.Count: > 0, TheirOwn: > 0 } one && one.Kind switch
            {
                Kind.Subject => one.Own.Count + one.TheirOwn >= MinSubjectOwn,
                Kind.Verb => one.Own.Count >= MinOwn && one.TheirOwn >= MinOwn,
                _ => false,
            })
        {
            return [one.Own[^1]];
        }

        return stretches.Count == 2 && stretches.TrueForAll(s => s is { Own.Count: 1, TheirOwn: 1 })
            && stretches.Exists(s => s.Kind == Kind.Verb) && stretches.Exists(s => s.Kind == Kind.Thing)
            ? stretches.Select(s => s.Own[0])
            : [];
    }

    /// <summary>What a stretch is: the first clause's subject, its verb group, the head of a noun phrase, or another part.</summary>
    private enum Kind
    {
        Other,
        Subject,
        Verb,
        Thing,
    }

    /// <summary>A stretch where the two differ: the claim's own words in it, how many the sentence has, what it is.</summary>
    private sealed record Stretch(List<Word> Own, int TheirOwn, Kind Kind);

    // The longest run of words the two write in the same order, by stem or spelling, as index pairs.
    private static List<(int Mine, int Theirs)> Common(List<Word> mine, List<Word> theirs)
    {
        var table = new int[mine.Count + 1, theirs.Count + 1];
        for (var i = mine.Count - 1; i >= 0; i--)
        {
            for (var j = theirs.Count - 1; j >= 0; j--)
            {
                table[i, j] = Same(mine[i], theirs[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (a, b) = (0, 0);
        while (a < mine.Count && b < theirs.Count)
        {
            if (Same(mine[a], theirs[b]))
            {
                pairs.Add((a, b));
                (a, b) = (a + 1, b + 1);
            }
            else if (table[a + 1, b] >= table[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return pairs;
    }

    // The stretches between shared words, as [from, to) on each side; two with only function words shared between them,
    // in one clause ("was able | to | swim" / "had | to | wade back"), are one stretch.
    private static IEnumerable<(int From, int To, int TheirFrom, int TheirTo)> Stretches(string text, List<Word> mine, List<Word> theirs, List<(int Mine, int Theirs)> shared)
    {
        var gaps = new List<(int From, int To, int TheirFrom, int TheirTo)>();
        var (from, theirFrom) = (0, 0);
        for (var p = 0; p <= shared.Count; p++)
        {
            var (to, theirTo) = p < shared.Count ? shared[p] : (mine.Count, theirs.Count);
            if (to > from || theirTo > theirFrom)
            {
                gaps.Add((from, to, theirFrom, theirTo));
            }

            (from, theirFrom) = (to + 1, theirTo + 1);
        }

        for (var g = 0; g < gaps.Count; g++)
        {
            var stretch = gaps[g];
            while (g + 1 < gaps.Count && Enumerable.Range(stretch.To, gaps[g + 1].From - stretch.To).All(k => !IsContent(mine[k]))
                && !Breaks(text, mine, Math.Max(0, stretch.To - 1), Math.Min(gaps[g + 1].From, mine.Count - 1)))
            {
                stretch = (stretch.From, gaps[g + 1].To, stretch.TheirFrom, gaps[g + 1].TheirTo);
                g++;
            }

            yield return stretch;
        }
    }

    private static Stretch Read(string text, string theirText, List<Word> mine, List<Word> theirs, (int From, int To, int TheirFrom, int TheirTo) s, int firstClauseEnd)
    {
        var own = mine[s.From..s.To].Where(w => IsContent(w) && !theirs.Any(t => Same(w, t))).DistinctBy(w => w.Stem).ToList();
        var theirOwn = theirs[s.TheirFrom..s.TheirTo].Where(w => IsContent(w) && !mine.Any(m => Same(w, m))).DistinctBy(w => w.Stem).Count();
        return new Stretch(own, theirOwn, KindOf(text, theirText, mine, theirs, s, firstClauseEnd));
    }

    // Read on the claim's side: inside its first clause, with no clause mark inside the stretch on either side.
    private static Kind KindOf(string text, string theirText, List<Word> mine, List<Word> theirs, (int From, int To, int TheirFrom, int TheirTo) s, int firstClauseEnd)
    {
        if (s.From >= s.To || s.To > firstClauseEnd || Breaks(text, mine, s.From, s.To - 1)
            || (s.TheirTo > s.TheirFrom && Breaks(theirText, theirs, s.TheirFrom, s.TheirTo - 1)))
        {
            return Kind.Other;
        }

        // The whole subject: no content word before it, and an auxiliary right after it. A name for a common noun ("Acme
        // Mutual" for "the bank") is as often one body named and described: only one named on both sides, or described on
        // both, is another.
        if (mine[..s.From].All(w => !IsContent(w)) && s.To < mine.Count && CheckerAuxiliaries.All.Contains(mine[s.To].Folded))
        {
            return Named(mine, s.From, s.To) == Named(theirs, s.TheirFrom, s.TheirTo) ? Kind.Subject : Kind.Other;
        }

        if (s.From == 0)
        {
            return Kind.Other;
        }

        var before = mine[s.From - 1];
        if (CheckerAuxiliaries.All.Contains(before.Folded) || before.Folded == "to")
        {
            return Kind.Verb;
        }

        // The head of a noun phrase: a determiner before it and no content word right after ("the biggest losses" changes
        // what the losses are, not the thing).
        return (Determiners.Contains(before.Folded) || IsPossessive(text, before)) && (s.To == mine.Count || !IsContent(mine[s.To]))
            ? Kind.Thing
            : Kind.Other;
    }

    // A capitalised word in [from, to) other than the sentence's first, capitalised wherever it stands.
    private static bool Named(List<Word> words, int from, int to) =>
        Enumerable.Range(Math.Max(1, from), Math.Max(0, to - Math.Max(1, from))).Any(i => words[i].IsCapitalized);

    private static bool IsContent(Word w) => w.IsLetters && w.Folded.Length >= 2 && !Stopwords.Is(w.Folded);

    private static bool Same(Word a, Word b) => a.Folded == b.Folded || (a.IsLetters && b.IsLetters && (Stemmer.SameStem(a.Stem, b.Stem) || a.Skeleton == b.Skeleton));

    // A clause mark between words a and b of the text (a comma, a dash, a bracket, a quote mark).
    private static bool Breaks(string text, List<Word> words, int a, int b) =>
        b > a && text.AsSpan(words[a].End, words[b].Start - words[a].End).IndexOfAny(ClauseMarks) >= 0;

    // "the club's": the scanner reads the name without its "'s", which still opens the noun after it.
    private static bool IsPossessive(string text, Word w) => w.End < text.Length && text[w.End] is '\'' or '\u2019';
}
