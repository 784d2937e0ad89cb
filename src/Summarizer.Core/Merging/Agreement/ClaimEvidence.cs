using Summarizer.Checking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;


/// <summary>
/// What a source's passage must hold to be credited with a claim: most of its content words, and all of its
/// figures (each with its unit or currency), dates and quoted words; for reported speech, the speaker and most of
/// the reported words in one sentence, or in two where the second carries on from the first, saying the same thing
/// (<see cref="SaidMatter"/>).
/// </summary>
internal sealed class ClaimEvidence
{
    private ClaimEvidence(string claim)
    {
        Content = ContentWords.Of(claim);
        Values = StatedValues.Read(claim);
        Quotes = QuotedSpans.Flattened(claim);
        Speech = ReportedSpeech.Read(claim);
        Plan = PlannedAct.Of(claim);
        Slots = SlotFillers.Of(claim);
        Pair = MinimalPair.Of(claim);
        if (Speech is not null)
        {
            // What was said: the content words other than the speaker's and the verb of saying.
            Reported = [.. Content.Where(w => !Speech.SpeakerStems.Contains(w) && w != Speech.Key && w != Speech.VerbStem)];
            Said = SaidMatter.Of(claim, Reported, Speech.ReportedVerb);
        }
    }

    public HashSet<string> Content { get; }

    /// <summary>The claim's figures and dates.</summary>
    public StatedValues Values { get; }

    /// <summary>Quoted words of the claim, flattened; one word counts.</summary>
    public List<string> Quotes { get; }

    /// <summary>The speech the claim reports, or null.</summary>
    public ReportedSpeech? Speech { get; }

    /// <summary>For reported speech, the content words of what was said.</summary>
    public HashSet<string> Reported { get; } = new(StringComparer.Ordinal);

    /// <summary>For reported speech, what was said read for its negations, bounds and ending; null otherwise.</summary>
    private SaidMatter? Said { get; }

    /// <summary>For a step still to come ("will", "would"), its frame read for another thing in a slot; null otherwise.</summary>
    private PlannedAct? Plan { get; }

    /// <summary>The claim's frame of phrases, read for another thing in one of them.</summary>
    private SlotFillers Slots { get; }

    /// <summary>The claim's sentence, read for a source sentence that is the same but for its subject or predicate.</summary>
    private MinimalPair Pair { get; }

    public static ClaimEvidence Of(string claim) => new(claim);

    /// <summary>
    /// True when <paramref name="window"/> (one sentence or two adjacent ones of one source) states every figure,
    /// date and quote of the claim and, for reported speech, the speaker with most of the words.
    /// </summary>
    /// <remarks><paramref name="article"/>, the stems of the source's whole text, lets reported speech be read for its object.</remarks>
    public bool HeldBy(IReadOnlyList<IndexedSentence> window, double threshold, int minVariantLength, IReadOnlySet<string>? article = null)
    {
        if (!Values.Dates.TrueForAll(d => window.Any(s => s.Values.HasDate(d))))
        {
            return false;
        }

        // Of two adjacent sentences, only one that is itself about the claim (or a second that refers back to
        // the first) may hold a figure or a quote: a neighbour's "$310m" or "a betrayal" is about something else.
        var holders = window.Count == 1 || Anaphora.OpensWithPronoun(window[1].Segment.Text)
            ? window
            : [.. window.Where(s => ContentWords.Overlap(Content, s.Content) + 0.05 >= threshold)];
        if (!Values.Figures.TrueForAll(n => holders.Any(h => h.Values.HasSame(n))))
        {
            return false;
        }

        if (Quotes.Count > 0)
        {
            var flat = QuotedSpans.Flatten(string.Join(" ", holders.Select(s => s.Segment.Text)));
            if (!Quotes.All(q => ContainsWords(flat, q)))
            {
                return false;
            }
        }

        if (Speech is not null && !SpeechHeldBy(window, threshold, minVariantLength, article))
        {
            return false;
        }

        // A plan, promise or next step in the claim's frame with another object, thing or time is another step.
        var stems = window.SelectMany(s => s.Content).ToHashSet(StringComparer.Ordinal);
        return Plan is null || !window.Any(s => Plan.SwappedIn(s, stems));
    }

    /// <summary>
    /// The claim's things that <paramref name="source"/> replaces: the heads of the claim's phrases that one of its
    /// sentences fills with another thing in the claim's frame (<see cref="SlotFillers"/>), or of the subject or predicate
    /// that a sentence otherwise the claim's own tells in other words (<see cref="MinimalPair"/>). The source tells the act
    /// of another thing, or another act, so only a passage that writes the claim's own words there too may be credited.
    /// </summary>
    public HashSet<string> SwappedBy(SourceIndex source) =>
        source.Sentences.SelectMany(s => Slots.SwappedIn(s).Concat(Pair.SwappedIn(s))).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="source"/> states every figure and date of the claim and carries its quotes, anywhere.</summary>
    public bool FiguresAndQuotesIn(SourceIndex source) =>
        Values.Figures.TrueForAll(source.HasSame)
        && Values.Dates.TrueForAll(source.HasDate)
        && (Quotes.Count == 0 || Quotes.All(q => ContainsWords(QuotedSpans.Flatten(source.Text), q)));

    private bool SpeechHeldBy(IReadOnlyList<IndexedSentence> window, double threshold, int minVariantLength, IReadOnlySet<string>? article)
    {
        var speech = Speech!;
        // One sentence that reports the speaker speaking, or one that names the speaker and a next that refers back.
        var speaker = window.Count == 1
            ? speech.SpeaksIn(window[0].Segment.Text, minVariantLength)
            : speech.IsNamedIn(window[0].Segment.Text, minVariantLength) && speech.Continues(window[1].Segment.Text, minVariantLength);
        if (!speaker)
        {
            return false;
        }

        var figures = Values.Figures;
        if (Reported.Count + figures.Count == 0)
        {
            return true;
        }

        // Most (more than the threshold share) of what was said, its figures counting as words. Stricter than for
        // the claim as a whole: a speaker's other remark on the same subject shares half the words.
        var words = window.Count == 1 ? window[0].Content : [.. window[0].Content, .. window[1].Content];
        if (speech.ReportedVerb is { } verb && Reported.Contains(verb) && !words.Contains(verb))
        {
            return false; // the other words with another verb say something else: filed a challenge, not considering one
        }

        var held = Reported.Count(words.Contains) + figures.Count(n => window.Any(s => s.Values.HasSame(n)));
        if ((double)held / (Reported.Count + figures.Count) <= threshold)
        {
            return false;
        }

        // The speaker with most of the words can still say another thing: the same words negated, bounded by another
        // comparison, or ended otherwise ("pay the new fee online" is no source for "pay the new fee in instalments").
        return Said?.Contradicts(window, article) != true;
    }

    // Whole words only: "heartbreaking" is not in "heartbreakingly".
    private static bool ContainsWords(string flat, string quote)
    {
        var at = 0;
        while ((at = flat.IndexOf(quote, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + quote.Length;
            if ((at == 0 || flat[at - 1] == ' ') && (end == flat.Length || flat[end] == ' '))
            {
                return true;
            }

            at++;
        }

        return false;
    }
}
