using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Connectors.Stub;

/// <summary>
/// The stub's answers. Every string it returns is a sentence (or the first words of one) copied
/// from its input, so it never says anything its sources do not.
/// </summary>
internal static class StubAnswers
{
    private const int DefaultWords = 60;
    private const int DefaultKeyPoints = 3;
    private const int HeadlineWords = 12;

    private static readonly FrozenSet<string> DanglingWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "across", "into", "as", "that"],
        StringComparer.Ordinal);

    public static object SummarizeArticle(string input) =>
        Summarize(Sentences(StubPromptReader.Article(input)), input);

    public static object Reduce(string input)
    {
        var parts = StubPromptReader.Parts(input);

        // Overlapping chunks repeat sentences; keep the first occurrence.
        var sentences = parts.SelectMany(p => Sentences(p.Summary)).Concat(parts.SelectMany(p => p.KeyPoints))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Summarize(sentences, input);
    }

    public static object Merge(string input)
    {
        var sources = StubPromptReader.Summaries(input);
        var maxWords = StubPromptReader.MaxWords(input, DefaultWords * 2);
        var maxPoints = StubPromptReader.MaxKeyPoints(input, DefaultKeyPoints * 2);
        var firstSentences = sources.Select(s => Sentences(s.Summary).FirstOrDefault()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var summary = Fit(firstSentences, maxWords);

        var vocabulary = sources.ToDictionary(s => s.Id, s => Terms.Of(s.Summary + " " + string.Join(' ', s.KeyPoints)));
        var claims = new List<StubClaim>();
        foreach (var source in sources)
        {
            foreach (var sentence in Sentences(source.Summary).Concat(source.KeyPoints))
            {
                var terms = Terms.Of(sentence);
                if (terms.Words.Count == 0 || summary.Contains(sentence, StringComparer.Ordinal)
                    || claims.Exists(c => Overlap(terms.Words, c.Terms.Words) >= 0.8 && terms.Numbers.SetEquals(c.Terms.Numbers)))
                {
                    continue;
                }

                // A source backs a sentence when it shares at least half its content words and every number in it.
                int[] backers = [.. sources.Where(s => s.Id == source.Id || Backs(vocabulary[s.Id], terms)).Select(s => s.Id).Order()];
                claims.Add(new StubClaim(sentence, source.Id, backers, terms));
            }
        }

        var disagreements = Disagreements(claims);
        var contested = disagreements.SelectMany(d => d.Claims).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var open = claims.Where(c => !contested.Contains(c.Text)).ToList();
        var corroborated = open.Where(c => c.Sources.Length > 1).OrderByDescending(c => c.Sources.Length).Take(maxPoints);
        var single = open.Where(c => c.Sources.Length == 1).Take(maxPoints);
        return new
        {
            headline = Headline(sources.Count > 0 ? Sentences(sources[0].Summary).FirstOrDefault() ?? string.Empty : string.Empty),
            summary = string.Join(' ', summary),
            keyPoints = corroborated.Select(c => new { text = c.Text, sources = c.Sources }).ToList(),
            disagreements = disagreements.Select(d => new
            {
                topic = d.Topic,
                claims = d.Claims.Select(c => new { text = c.Text, sources = c.Sources }).ToList(),
            }).ToList(),
            singleSource = single.Select(c => new { text = c.Text, sources = c.Sources }).ToList(),
        };
    }

    // Two sentences from different sources about the same thing (most content words shared) that
    // give different numbers: the stub reports them side by side instead of choosing one.
    private static List<(string Topic, StubClaim[] Claims)> Disagreements(List<StubClaim> claims)
    {
        var found = new List<(string Topic, StubClaim[] Claims)>();
        var used = new HashSet<StubClaim>();
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Origin == b.Origin || used.Contains(a) || used.Contains(b)
                    || a.Terms.Numbers.Count == 0 || b.Terms.Numbers.Count == 0 || a.Terms.Numbers.Overlaps(b.Terms.Numbers)
                    || Overlap(a.Terms.Words, b.Terms.Words) < 0.5 || Overlap(b.Terms.Words, a.Terms.Words) < 0.5)
                {
                    continue;
                }

                // The topic is the shared words as the first sentence writes them, so it is copied, not invented.
                var shared = a.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => Terms.Of(w).Words.Overlaps(b.Terms.Words))
                    .Select(w => w.Trim('.', ',', ';', ':', '"', '“', '”'))
                    .Take(6);
                found.Add((string.Join(' ', shared), [a with { Sources = [a.Origin] }, b with { Sources = [b.Origin] }]));
                used.Add(a);
                used.Add(b);
            }
        }

        return found;
    }

    private static bool Backs(Terms source, Terms sentence) =>
        Overlap(sentence.Words, source.Words) >= 0.5 && sentence.Numbers.IsSubsetOf(source.Numbers);

    private static object Summarize(IReadOnlyList<string> sentences, string input)
    {
        var summary = Fit(sentences, StubPromptReader.MaxWords(input, DefaultWords));
        var keyPoints = sentences.Skip(summary.Count).Take(StubPromptReader.MaxKeyPoints(input, DefaultKeyPoints)).ToList();
        return new { summary = string.Join(' ', summary), keyPoints };
    }

    // Leading sentences within the budget; always at least the first, which the caller trims if needed.
    // The reply joins them with a space, so one is added only while the joined text still splits into
    // the same sentences: two headings joined ("Key Developments Key Developments") read as one
    // sentence the article never wrote.
    private static List<string> Fit(IReadOnlyList<string> sentences, int maxWords)
    {
        var kept = new List<string>();
        var words = 0;
        foreach (var sentence in sentences)
        {
            var count = WordCount.Of(sentence);
            if (kept.Count > 0 && (words + count > maxWords || !SplitsBackInto([.. kept, sentence])))
            {
                break;
            }

            kept.Add(sentence);
            words += count;
        }

        return kept;
    }

    private static bool SplitsBackInto(IReadOnlyList<string> sentences) =>
        SentenceSplitter.Instance.Split(string.Join(' ', sentences)).Select(s => s.Text).SequenceEqual(sentences, StringComparer.Ordinal);

    // Prose sentences only: headings, bylines and list labels have no final punctuation.
    private static List<string> Sentences(string text)
    {
        var all = SentenceSplitter.Instance.Split(text).Select(s => s.Text).ToList();
        var prose = all.Where(s => WordCount.Of(s) >= 4 && EndsSentence(s)).ToList();
        if (prose.Count > 0)
        {
            return prose;
        }

        // Short texts: any real sentence before a heading, which joined to a sentence would no longer be a quote.
        var sentences = all.Where(EndsSentence).ToList();
        return sentences.Count > 0 ? sentences : all;
    }

    private static bool EndsSentence(string s) =>
        s.TrimEnd('"', '\'', '’', '”', ')') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…';

    // The first words of a sentence: up to the last clause mark within the limit when that leaves a
    // phrase of some length ("Macron is bringing together leaders, including ..." stops at the comma).
    private static string Headline(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Take(HeadlineWords).ToList();
        if (kept.Count < words.Length)
        {
            var clauseEnd = kept.FindLastIndex(w => w[^1] is ',' or ';' or ':' or '—' or '–');
            if (clauseEnd >= 3)
            {
                kept = kept[..(clauseEnd + 1)];
            }
        }

        // A shortened headline should not end on a dangling "across the" or "and".
        while (kept.Count > 1 && kept.Count < words.Length && DanglingWords.Contains(kept[^1].ToLowerInvariant()))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join(' ', kept).TrimEnd('.', ',', ';', ':', '!', '?', '—', '–', ' ');
    }

    private static double Overlap(HashSet<string> words, IReadOnlySet<string> vocabulary) =>
        words.Count == 0 ? 0 : words.Count(vocabulary.Contains) / (double)words.Count;
}

/// <summary>A sentence the merge considers, the source it came from, and every source that backs it.</summary>
internal sealed record StubClaim(string Text, int Origin, int[] Sources, Terms Terms);

/// <summary>
/// A text's content words (folded, no stopwords) and its figures as written, kept apart so a changed figure shows.
/// Read with the pipeline's tokenizer and stopwords, but not stemmed: the stub stands in for a model that credits
/// a source for the words it uses, and stemming made it credit more sources than the grounding check then accepts
/// (over the trust-case fixtures, 39 such citations unstemmed, 55 with the inflection stemmer).
/// </summary>
internal sealed record Terms(HashSet<string> Words, HashSet<string> Numbers)
{
    public static Terms Of(string text)
    {
        var terms = new Terms(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var token in Tokenizer.Facts.Tokenize(text))
        {
            var folded = Folding.Fold(token.Text);
            if (char.IsDigit(folded[0]))
            {
                terms.Numbers.Add(token.Text);
            }
            else if (folded.Length >= 3 && !Stopwords.IsStopword(folded))
            {
                terms.Words.Add(folded);
            }
        }

        return terms;
    }
}
