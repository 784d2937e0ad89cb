using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The thing an act falls on, as the checker reads it: a sentence cut into phrases at the words that open one (a
/// preposition other than "of", a conjunction or relative, an auxiliary, the "to" of an infinitive) and at clause marks.
/// A phrase holds the same slot in two sentences when the same word opens it and the phrase before it names the same
/// act or thing ("found the drugs | in | a van" and "found the drugs | in | a flat"), or both open their clause. A passage
/// that tells the claim's act with another thing in such a slot does not say the claim (<see cref="In"/>), however many
/// of its words it shares.
/// </summary>
internal static class SlotThing
{
    // Prepositions: the phrase each opens names the thing it governs.
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        [
            "in", "on", "at", "for", "from", "by", "with", "without", "within", "into", "onto", "upon", "about", "above",
            "below", "beneath", "beside", "behind", "near", "over", "under", "during",
            "between", "among", "through", "throughout", "against", "across", "around", "along", "beyond", "inside", "toward",
            "towards", "via", "per", "up", "down", "out", "off", "past",
        ],
        StringComparer.Ordinal);

    // Words that close one phrase and open the next: the prepositions, conjunctions and relatives (and the words of time
    // that open a clause as often as a noun: "after the winds eased"; "to", as often an infinitive), auxiliaries.
    private static readonly FrozenSet<string> Opening = FrozenSet.ToFrozenSet(
        [
            .. Prepositions,
            "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "where", "when", "while",
            "whilst", "because", "if", "though", "although", "whether", "after", "before", "since", "until", "to",
            .. CheckerAuxiliaries.All, "am",
        ],
        StringComparer.Ordinal);

    // Words that open a noun phrase after a verb: articles, possessives, demonstratives, distributive quantifiers.
    private static readonly FrozenSet<string> NounPhraseOpening = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "every", "each", "some", "any"],
        StringComparer.Ordinal);

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:.!?()\"\u201c\u201d\u2014\u2013");

    // Words of their own on the two sides together that make more than a one-word swap, which is as often the outlet's
    // synonym ("road" for "street").
    private const int MinOwn = 3;

    // A sentence tells the claim's act when it shares at least this many of the claim's content words, and half of them.
    private const int MinFrame = 3;

    /// <summary>
    /// True when a sentence of the source tells the claim's act with another thing in one of its slots
    /// (<see cref="SwappedHeads"/>) and <paramref name="window"/> does not write the claim's own thing: the source says
    /// the act of another thing, and a passage elsewhere that shares the claim's other words does not say it either.
    /// </summary>
    public static bool In(ClaimReading claim, IReadOnlyList<SentenceReading> window, SourceReading source)
    {
        var passage = window.SelectMany(s => s.Words).Where(w => w.IsLetters).ToList();
        var claimPhrases = Phrases(claim.Text, claim.Words);
        return source.Sentences.Any(s => SwappedHeads(claim, claimPhrases, s).Any(h => !Held(h, passage)));
    }

    /// <summary>
    /// The heads of the claim's phrases that <paramref name="sentence"/> fills with another thing: in a phrase in the same
    /// slot, the claim's phrase ends on a word (its head) the sentence never writes, and the sentence's phrase has a word
    /// the claim never writes. A lone word for a lone word ("halt" for "stop") is as often the outlet's synonym, and counts
    /// only where the claim's head is what the sentence's thing holds ("a box of chocolates" against "a wooden box"). A
    /// paraphrase that only drops or adds a word fills no slot twice.
    /// </summary>
    private static IEnumerable<Word> SwappedHeads(ClaimReading claim, List<Phrase> claimPhrases, SentenceReading sentence)
    {
        var words = sentence.Words.Where(w => w.IsLetters).ToList();
        var shared = claim.Content.Count(w => Held(w, words));
        if (shared < MinFrame || shared * 2 < claim.Content.Count)
        {
            yield break; // not the claim's act: too few of its words
        }

        var phrases = Phrases(sentence.Text, sentence.Words);
        for (var c = 0; c < claimPhrases.Count; c++)
        {
            var mine = claimPhrases[c];
            if (mine.Thing.Count == 0 || Held(mine.Thing[^1], words))
            {
                continue;
            }

            var other = Enumerable.Range(0, phrases.Count)
                .Where(p => phrases[p].Opener == mine.Opener && SameSlot(claimPhrases, c, phrases, p))
                .Select(p => phrases[p])
                .FirstOrDefault() ?? Between(claimPhrases, c, phrases);
            if (other is null || other.Thing.Count == 0 || Compound(mine.Thing[^1].Folded, other.Thing[^1].Folded)
                || (Gerund(mine) && Gerund(other)) || ToldElsewhere(mine, other, phrases))
            {
                continue;
            }

            var own = mine.Thing.Where(w => !Held(w, words)).DistinctBy(w => w.Stem).Count();
            var theirs = other.Thing.Where(w => !Held(w, claim.Words)).DistinctBy(w => w.Stem).Count();
            if (theirs > 0 && (own + theirs >= MinOwn || HoldsWhatItNames(claim.Words, mine, other)))
            {
                yield return mine.Thing[^1];
            }
        }
    }

    // A phrase opened by another preposition in the same slot, sharing no word with the claim's: between phrases that name
    // the same things on either side ("paid the firm | in cash | should contact" against "paid the firm | by bank transfer |
    // should contact"), or right after the same act's figure, its measure, where the phrase says what the sum is for
    // ("ordered to pay $900 | in damages" against "ordered to pay $900 | towards costs").
    private static Phrase? Between(List<Phrase> claim, int c, List<Phrase> passage)
    {
        if (!Prepositions.Contains(claim[c].Opener) || c == 0)
        {
            return null;
        }

        var p = Enumerable.Range(1, Math.Max(0, passage.Count - 1)).FirstOrDefault(
            p => Prepositions.Contains(passage[p].Opener) && SameSlot(claim, c, passage, p)
                && (c + 1 < claim.Count && p + 1 < passage.Count && claim[c + 1].Content.Any(w => Held(w, passage[p + 1].Content))
                    || RightAfter(claim[c - 1], passage[p - 1]))
                && !claim[c].Content.Any(w => Held(w, passage[p].Content)),
            -1);
        return p < 0 ? null : passage[p];
    }

    // Two phrases of the same act end on a figure: what follows each says what the measure is for.
    private static bool RightAfter(Phrase mine, Phrase other) =>
        mine.EndsOnFigure && other.EndsOnFigure && mine.Content.Count > 0 && other.Content.Count > 0 && Same(mine.Content[^1], other.Content[^1]);

    // Both phrases open their clause, or the phrases before them share a content word: the act or thing whose slot it is.
    private static bool SameSlot(List<Phrase> claim, int c, List<Phrase> passage, int p)
    {
        var (first, other) = (claim[c].Opener.Length == 0, passage[p].Opener.Length == 0);
        if (first || other)
        {
            return first && other && claim[c].Content.Count > 0 && passage[p].Content.Count > 0
                && claim[c].Content.Any(w => Held(w, passage[p].Content)) && (c == 0) == (p == 0);
        }

        return c > 0 && p > 0 && claim[c - 1].Content.Any(w => Held(w, passage[p - 1].Content));
    }

    // "a free box of chocolates" against "a free wooden box": the claim's head follows "of" after a word the passage's
    // phrase ends on or holds.
    private static bool HoldsWhatItNames(IReadOnlyList<Word> words, Phrase mine, Phrase other)
    {
        var head = mine.Thing[^1];
        var at = IndexOf(words, head);
        if (at < 1 || words[at - 1].Folded != "of" && !(at >= 2 && words[at - 2].Folded == "of" && Stopwords.Is(words[at - 1].Folded)))
        {
            return false;
        }

        // The passage names the holder alone: a thing "of" something else ("the early hours of today") is another reading.
        var holder = mine.Thing.LastOrDefault(w => w.Start < words[at - 1].Start);
        return holder is not null && other.Thing.Any(w => Same(w, holder)) && !other.HasOf;
    }

    // An "-ing" verb with words after it opens the phrase: it tells an act ("without raising new equity"), and two outlets
    // tell one act each in their own words ("without selling new shares").
    private static bool Gerund(Phrase phrase) =>
        phrase.Thing.Count > 1 && ReferenceEquals(phrase.Thing[0], phrase.Content[0]) && phrase.Thing[0].Folded.EndsWith("ing", StringComparison.Ordinal);

    // The sentence gives a word of the claim's thing in another of its phrases: it tells the thing, in another order ("put
    // on a relief plane to Orvik" for "flown to Orvik on a relief aircraft").
    private static bool ToldElsewhere(Phrase mine, Phrase other, List<Phrase> phrases) =>
        mine.Thing.Any(w => phrases.Any(q => !ReferenceEquals(q, other) && Held(w, q.Content)));

    // The last part of a compound names its kind: "skylights" are "lights", "roof lights" to another outlet.
    private static bool Compound(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    private static bool Held(Word word, IReadOnlyList<Word> words) => words.Any(w => Same(w, word));

    private static bool Same(Word a, Word b) => Stemmer.SameStem(a.Stem, b.Stem) || a.Skeleton == b.Skeleton;

    private static int IndexOf(IReadOnlyList<Word> words, Word word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (ReferenceEquals(words[i], word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A phrase: the word that opens it ("" first in a clause), its content words and the thing it names.</summary>
    private sealed record Phrase(string Opener, List<Word> Content, List<Word> Thing)
    {
        /// <summary>It names a thing "of" another ("a box of chocolates").</summary>
        public bool HasOf { get; init; }

        /// <summary>Its last word is a figure ("to pay $900").</summary>
        public bool EndsOnFigure { get; init; }
    }

    // The text cut at opening words and clause marks; a phrase after a clause mark, or the first, opens with "". Verbs
    // of saying are the report's frame, not what it tells ("told analysts" for "said"), so no phrase counts them.
    private static List<Phrase> Phrases(string text, IReadOnlyList<Word> words)
    {
        var phrases = new List<Phrase>();
        var (opener, content, all, figure, last) = ("", new List<Word>(), new List<Word>(), false, (Word?)null);
        void Close()
        {
            phrases.Add(new Phrase(opener, content, figure ? [] : ThingOf(opener, content, all))
            {
                HasOf = all.Exists(w => w.Folded == "of"),
                EndsOnFigure = last is { IsLetters: false },
            });
            (content, all, figure, last) = ([], [], false, null);
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i > 0 && words[i - 1].End <= w.Start && text.AsSpan(words[i - 1].End, w.Start - words[i - 1].End).IndexOfAny(ClauseMarks) >= 0)
            {
                Close();
                opener = "";
            }

            if (!w.IsLetters || FigureReader.IsNumberWord(w.Folded))
            {
                figure = true; // "about £8.5m", "for two decades": a measure, judged as a figure, not a thing
                last = w.IsLetters ? null : w;
                continue;
            }

            if (Opening.Contains(w.Folded))
            {
                Close();
                opener = w.Folded;
                continue;
            }

            last = w;

            all.Add(w);
            if (!Stopwords.Is(w.Folded) && !Speech.IsVerb(w.Folded))
            {
                content.Add(w);
            }
        }

        Close();
        return phrases;
    }

    // What a phrase names. After a preposition, all of it. A clause's first phrase or a verb group after an auxiliary names the noun
    // phrase a determiner opens after its first word ("used a farmer's bowser", "were handed a free bag"); a verb alone
    // ("were walked", "the bridge collapsed") names no thing.
    private static List<Word> ThingOf(string opener, List<Word> content, List<Word> all)
    {
        if (content.Count == 0)
        {
            return [];
        }

        if (Prepositions.Contains(opener))
        {
            return content;
        }

        var first = all.IndexOf(content[0]);
        var opens = all.FindIndex(first + 1, w => NounPhraseOpening.Contains(w.Folded));
        return opens < 0 ? [] : [.. content.Where(w => all.IndexOf(w) > opens)];
    }
}
