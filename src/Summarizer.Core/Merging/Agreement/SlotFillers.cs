using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A claim read as a frame of phrases, each opened by a function word: "Crews have put up | fencing | along | the old
/// road". Two outlets tell one act in the same frame with another thing in one phrase ("put up warning signs along the
/// old road", "found the drugs in a flat above the shop" for "in a van behind the shop"): the frame carries most of the
/// words, so the content-word share alone credits the lookalike. A source sentence that gives the claim's frame is no
/// source for the claim when the phrase in the same place, after the same opener, ends on another thing
/// (<see cref="SwappedIn"/>).
/// </summary>
internal sealed class SlotFillers
{
    // Prepositions: each opens a phrase whose noun phrase is the thing it governs ("of" ties a noun to its complement
    // inside one phrase, so it opens none).
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        [
            "in", "on", "at", "for", "from", "by", "with", "without", "within", "into", "onto", "upon", "about", "above",
            "below", "over", "under", "during", "between", "among", "through",
            "against", "across", "around", "toward", "towards", "via", "per", "up", "down", "out", "off", "behind", "beside",
            "beneath", "near", "along", "beyond", "inside", "outside", "past", "throughout",
        ],
        StringComparer.Ordinal);

    // The other words that end one phrase and open the next: conjunctions and relatives (with the prepositions of time
    // that also open a clause: "after the winds eased", and "to", as often an infinitive), auxiliaries and modals. What follows them is a clause or a verb
    // group, whose thing is the noun phrase a determiner opens after its first word.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        [
            .. Prepositions,
            "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "where", "when", "while",
            "because", "if", "though", "although", "whether", "after", "before", "since", "until", "till", "to",
            .. AuxiliaryVerbs.All,
        ],
        StringComparer.Ordinal);

    // Words that open a noun phrase: articles, possessives, demonstratives and the quantifiers that stand for them.
    private static readonly FrozenSet<string> NounOpeners = Determiners.Set(
        Determiners.Articles, Determiners.Possessives, Determiners.Demonstratives, ["every", "each", "some", "any", "these", "those"]);

    // Of the claim's content words, how many a sentence must share, in order, to give the claim's frame.
    private const int MinShared = 3;

    // Own words on the two sides together that make a swap more than one word for one: a lone word for a lone word is
    // as often the outlet's synonym ("road" / "street").
    private const int MinOwn = 3;

    private readonly TokenedText _claim;
    private readonly List<Phrase> _phrases;

    private SlotFillers(TokenedText claim)
    {
        _claim = claim;
        _phrases = Phrases(claim);
    }

    public static SlotFillers Of(string claim) => new(TokenedText.Of(claim));

    /// <summary>
    /// The heads of the claim's phrases that <paramref name="sentence"/> fills with another thing. The sentence gives the
    /// claim's frame (most of its content words, in order) and, in a phrase at the same place in that frame and opened by
    /// the same word, another thing: the claim's phrase ends on a word (its head) the sentence never writes, and the
    /// sentence's phrase has a word of its own the claim never writes. A paraphrase that only drops or adds a word fills
    /// no slot twice. A lone word for a lone word ("halt" for "stop", "track" for "line") is as often the outlet's
    /// synonym, and counts only where the claim's head is what the sentence's thing is "of" ("a bag of groceries"
    /// against "a reusable bag").
    /// </summary>
    public IEnumerable<string> SwappedIn(IndexedSentence sentence)
    {
        var source = TokenedText.Of(sentence);
        var claimWords = _claim.ContentIndexes();
        var sourceWords = source.ContentIndexes();
        var pairs = PlannedAct.Align(claimWords.Select(k => _claim.Stems[k]).ToList(), sourceWords.Select(k => source.Stems[k]).ToList());
        if (pairs.Count < MinShared || pairs.Count * 2 < claimWords.Count)
        {
            yield break;
        }

        var claimStems = claimWords.Select(k => _claim.Stems[k]).ToHashSet(StringComparer.Ordinal);
        var window = sentence.Content;
        var sourcePhrases = Phrases(source);
        foreach (var phrase in _phrases)
        {
            var place = pairs.Count(p => claimWords[p.Claim] < phrase.Start);
            var match = sourcePhrases.FirstOrDefault(q => q.Opener == phrase.Opener && pairs.Count(p => sourceWords[p.Source] < q.Start) == place)
                ?? Between(phrase, place, pairs.Count(p => claimWords[p.Claim] < phrase.End), pairs, source, sourceWords, sourcePhrases);
            if (match is null || phrase.Thing.Count == 0 || match.Thing.Count == 0)
            {
                continue;
            }

            var claimOwn = phrase.Thing.Select(k => _claim.Stems[k]).Where(w => !NewsParaphrases.Held(w, window)).Distinct().ToList();
            var sourceOwn = match.Thing.Select(k => source.Stems[k]).Where(w => !NewsParaphrases.Held(w, claimStems)).Distinct().ToList();
            var head = _claim.Stems[phrase.Thing[^1]];
            if (sourceOwn.Count == 0 || !claimOwn.Contains(head) || Compound(_claim.Folded[phrase.Thing[^1]], source.Folded[match.Thing[^1]])
                || (Gerund(_claim, phrase) && Gerund(source, match))
                || phrase.Thing.Exists(k => sourcePhrases.Exists(q => !ReferenceEquals(q, match) && q.Content.Exists(j => NewsParaphrases.Same(source.Stems[j], _claim.Stems[k])))))
            {
                continue; // two acts each in an outlet's words, or the claim's thing told in another phrase of the sentence
            }

            if (claimOwn.Count + sourceOwn.Count >= MinOwn || OfWhatItHolds(phrase, match, source))
            {
                yield return head;
            }
        }
    }

    // A phrase opened by another preposition in the same place, with none of the frame's words inside either: between the
    // same two words of the frame ("paid the firm in cash and" against "paid the firm by bank transfer and"), or right
    // after the same figure, the act's measure, whose phrase says what the sum is for ("ordered to pay $900 in damages"
    // against "ordered to pay $900 towards costs").
    private Phrase? Between(Phrase phrase, int place, int placeEnd, List<(int Claim, int Source)> pairs, TokenedText source, List<int> sourceWords, List<Phrase> sourcePhrases)
    {
        if (!Prepositions.Contains(phrase.Opener) || place != placeEnd)
        {
            return null;
        }

        var bracketed = placeEnd < pairs.Count;
        if (!bracketed && !AfterFigure(_claim, phrase))
        {
            return null;
        }

        return sourcePhrases.FirstOrDefault(q => Prepositions.Contains(q.Opener)
            && pairs.Count(p => sourceWords[p.Source] < q.Start) == place && pairs.Count(p => sourceWords[p.Source] < q.End) == place
            && (bracketed || AfterFigure(source, q)));
    }

    // The word right before the phrase's opener is a figure.
    private static bool AfterFigure(TokenedText text, Phrase phrase) =>
        phrase.Start >= 2 && text.Folded[phrase.Start - 2].Any(char.IsDigit);

    // The claim's head is the complement of "of" after a noun the sentence's phrase also names: the sentence gives the
    // bag, the claim what is in it.
    private bool OfWhatItHolds(Phrase phrase, Phrase match, TokenedText source)
    {
        var head = phrase.Thing[^1];
        var of = Enumerable.Range(phrase.Start, head - phrase.Start).LastOrDefault(k => _claim.Folded[k] == "of", -1);
        if (of < 0)
        {
            return false;
        }

        // The sentence names the holder alone: a thing "of" something else ("the early hours of today") is another reading.
        var holder = phrase.Thing.LastOrDefault(k => k < of, -1);
        return holder >= 0 && match.Thing.Exists(k => NewsParaphrases.Same(source.Stems[k], _claim.Stems[holder]))
            && !Enumerable.Range(match.Start, match.End - match.Start).Any(k => source.Folded[k] == "of");
    }

    // A compound names the kind of thing its last part names: "skylights" are "lights", told as "roof lights".
    private static bool Compound(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 4 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    /// <summary>A phrase: the word that opens it ("" at a clause's start), its tokens [Start, End) and its content words' positions.</summary>
    private sealed record Phrase(string Opener, int Start, List<int> Content)
    {
        public int End { get; set; }

        /// <summary>The content words of the thing the phrase names (<see cref="ThingOf"/>).</summary>
        public List<int> Thing { get; set; } = [];
    }

    // The text cut at each opener and clause mark; a phrase after a clause mark opens with "".
    private static List<Phrase> Phrases(TokenedText text)
    {
        var phrases = new List<Phrase>();
        var current = new Phrase("", 0, []);
        void Close(int end)
        {
            current.End = end;
            current.Thing = ThingOf(text, current);
            phrases.Add(current);
        }

        for (var k = 0; k < text.Tokens.Count; k++)
        {
            if (k > 0 && text.ClauseBreakBefore(k))
            {
                Close(k);
                current = new Phrase("", k, []);
            }

            if (Openers.Contains(text.Folded[k]))
            {
                Close(k);
                current = new Phrase(text.Folded[k], k + 1, []);
            }
            else if (ContentWords.IsContent(text.Folded[k]))
            {
                current.Content.Add(k);
            }
        }

        Close(text.Tokens.Count);
        return phrases;
    }

    // An "-ing" verb with words after it opens the phrase's thing: it tells an act ("without raising new equity").
    private static bool Gerund(TokenedText text, Phrase phrase) =>
        phrase.Thing.Count > 1 && phrase.Thing[0] == phrase.Content[0] && text.Folded[phrase.Thing[0]].EndsWith("ing", StringComparison.Ordinal);

    // The thing a phrase names. After a preposition, the noun phrase it governs. Elsewhere the phrase is a verb group or a subject
    // and its verb: its thing is the noun phrase a determiner opens after its first word ("used a farmer's bowser",
    // "were handed a free bag"); a verb alone ("were walked", "collapsed") names no thing.
    private static List<int> ThingOf(TokenedText text, Phrase phrase)
    {
        // A phrase that gives a figure ("about 8.5 million pounds") is a measure, judged as a figure, not a thing.
        if (phrase.Content.Count == 0 || Enumerable.Range(phrase.Start, phrase.End - phrase.Start).Any(k => char.IsDigit(text.Folded[k][0])))
        {
            return [];
        }

        if (Prepositions.Contains(phrase.Opener))
        {
            return phrase.Content;
        }

        var opens = Enumerable.Range(phrase.Content[0] + 1, Math.Max(0, phrase.End - phrase.Content[0] - 1))
            .FirstOrDefault(k => NounOpeners.Contains(text.Folded[k]), -1);
        return opens < 0 ? [] : [.. phrase.Content.Where(k => k > opens)];
    }
}
