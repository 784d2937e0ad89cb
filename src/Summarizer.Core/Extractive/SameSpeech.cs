using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Extractive;

/// <summary>
/// One speaker's one speech act, told twice: one outlet gives the speaker's words in quotes ('Ebdon told analysts: "We
/// let our customers down"'), another reports the act without them ("Chief executive Ebdon apologised to customers").
/// The word overlap misses such a pair (the quote's words are not the report's), yet the reader is told one thing twice.
/// </summary>
internal sealed partial class SameFacts
{
    // What a sentence says someone said: the speaker's names and either a quotation or the reported matter.
    private sealed record SpeechAct(HashSet<string> Speakers, bool Quotes, Reading? Reported);

    // The words a sentence quotes (flattened: case, accents, punctuation and spacing ignored) and who it names outside them.
    private sealed record QuotedWords(HashSet<string> Speakers, HashSet<string> Quotes);

    private readonly QuotedWords?[] quotedWords;

    private readonly SpeechAct?[] speechActs;

    /// <summary>
    /// True when one sentence gives a speaker's quoted words and the other reports, without quoting, that same speaker
    /// (a name or title they share) saying something, and the matter reported (the words after the verb of saying) is
    /// held in the quoting sentence to <paramref name="threshold"/> of its weight: the addressee or subject the quote is about.
    /// </summary>
    public bool SameSpeech(int x, int y, double threshold) => Reports(x, y, threshold) || Reports(y, x, threshold);

    /// <summary>
    /// True when both sentences quote the same words (however short: a one-word quote, "soul-destroying", is a speaker's own
    /// choice of words) and name a speaker in common outside the quotes: one speaker's one remark, which two outlets frame
    /// differently ("Ms X described the past month as \"soul-destroying\"" / "Ms X called the timing \"soul-destroying\"").
    /// A quote of function words only ("we", "no") proves nothing, and one of names and figures only is a title or a name
    /// ("The Salt Orchard", a book every outlet names), not a remark: a quote must hold a word of content that is neither.
    /// </summary>
    public bool SameQuote(int x, int y) =>
        quotedWords[x] is { } a && quotedWords[y] is { } b && a.Speakers.Overlaps(b.Speakers) && a.Quotes.Overlaps(b.Quotes);

    // The quotes that hold a word of content other than a name or a figure, flattened, and the names outside them (a title
    // the story gives one name adds that name).
    private static QuotedWords? ReadQuotes(string text, Func<string, Reading> weigh, IEnumerable<string> titledNames)
    {
        var spans = QuotedSpans.Find(text);
        if (spans.Count == 0)
        {
            return null;
        }

        var quotes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in spans)
        {
            var words = text[start..end];
            var flat = QuotedSpans.Flatten(words);
            var read = weigh(words);
            if (flat.Length > 0 && read.Weights.Keys.Any(k => !read.Names.Contains(k) && !read.Figures.Contains(k)))
            {
                quotes.Add(flat);
            }
        }

        if (quotes.Count == 0)
        {
            return null;
        }

        var outside = text;
        foreach (var (start, end) in spans.OrderByDescending(q => q.Start))
        {
            outside = outside[..start] + outside[end..];
        }

        var speakers = weigh(outside).Names;
        speakers.UnionWith(titledNames);
        return speakers.Count > 0 ? new QuotedWords(speakers, quotes) : null;
    }

    private bool Reports(int quoting, int reporting, double threshold) =>
        speechActs[quoting] is { Quotes: true } quoted
        && speechActs[reporting] is { Quotes: false, Reported: { Total: > 0 } matter } reported
        && quoted.Speakers.Overlaps(reported.Speakers)
        && matter.Weights.Where(w => Holds(readings[quoting], w.Key)).Sum(w => w.Value) / matter.Total >= threshold;

    // A quotation of at least a clause's length, the speaker named outside it; or, with no quotation, a name before a verb
    // of saying (an apology is a speech act: "apologised", "said sorry") and the matter after it.
    private static SpeechAct? ReadSpeech(string text, Func<string, Reading> weigh, IEnumerable<string> titledNames)
    {
        var quotes = QuotedSpans.Find(text);
        if (quotes.Count > 0)
        {
            if (!quotes.Any(q => WordCount.Of(text[q.Start..q.End]) >= MinClauseWords))
            {
                return null;
            }

            var outside = text;
            foreach (var (start, end) in quotes.OrderByDescending(q => q.Start))
            {
                outside = outside[..start] + outside[end..];
            }

            var speakers = weigh(outside).Names;
            speakers.UnionWith(titledNames);
            return speakers.Count > 0 ? new SpeechAct(speakers, true, null) : null;
        }

        if (SpeechVerbAt(text) is not var (at, after))
        {
            return null;
        }

        var before = weigh(text[..at]).Names;
        before.UnionWith(titledNames);
        return before.Count > 0 ? new SpeechAct(before, false, weigh(text[after..])) : null;
    }

    private static readonly FrozenSet<string> ApologyVerbs = FrozenSet.ToFrozenSet(
        ["apologised", "apologized", "apologises", "apologizes", "apologise", "apologize"], StringComparer.OrdinalIgnoreCase);

    // Where the first verb of saying or apologising ("said", "told", "apologised") stands, and where it ends: "sorry" after a
    // verb of saying ("said sorry") is part of it, since it names the act, not its matter.
    private static (int At, int After)? SpeechVerbAt(string text)
    {
        for (var m = LowerWord().Match(text); m.Success; m = m.NextMatch())
        {
            if (!EnglishWords.SpeechVerbs.Has(m.Value) && !ApologyVerbs.Contains(m.Value))
            {
                continue;
            }

            var next = m.NextMatch();
            var after = next.Success && next.Value == "sorry" && text[(m.Index + m.Length)..next.Index].Trim().Length == 0 ? next : m;
            return (m.Index, after.Index + after.Length);
        }

        return null;
    }

    [GeneratedRegex(@"\b\p{Ll}+\b", RegexOptions.NonBacktracking)]
    private static partial Regex LowerWord();
}
