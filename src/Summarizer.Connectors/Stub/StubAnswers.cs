using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Documents;

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

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        [
            "the", "and", "for", "that", "with", "this", "from", "was", "were", "are", "has", "have", "had", "its",
            "his", "her", "their", "but", "not", "will", "would", "could", "said", "says", "who", "which", "been",
            "into", "than", "about", "after", "also", "they", "them", "there", "what", "when", "where", "while",
        ],
        StringComparer.Ordinal);

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

        var vocabulary = sources.ToDictionary(s => s.Id, s => ContentWords(s.Summary + " " + string.Join(' ', s.KeyPoints)));
        var claims = new List<(string Text, int[] Sources, HashSet<string> Words)>();
        foreach (var source in sources)
        {
            foreach (var sentence in Sentences(source.Summary).Concat(source.KeyPoints))
            {
                var words = ContentWords(sentence);
                if (words.Count == 0 || summary.Contains(sentence, StringComparer.Ordinal) || claims.Exists(c => Overlap(words, c.Words) >= 0.8))
                {
                    continue;
                }

                // A source backs a sentence when it shares at least half the sentence's content words.
                int[] backers = [.. sources.Where(s => s.Id == source.Id || Overlap(words, vocabulary[s.Id]) >= 0.5).Select(s => s.Id).Order()];
                claims.Add((sentence, backers, words));
            }
        }

        var corroborated = claims.Where(c => c.Sources.Length > 1).OrderByDescending(c => c.Sources.Length).Take(maxPoints);
        var single = claims.Where(c => c.Sources.Length == 1).Take(maxPoints);
        return new
        {
            headline = Headline(sources.Count > 0 ? Sentences(sources[0].Summary).FirstOrDefault() ?? string.Empty : string.Empty),
            summary = string.Join(' ', summary),
            keyPoints = corroborated.Select(c => new { text = c.Text, sources = c.Sources }).ToList(),
            disagreements = Array.Empty<object>(),
            singleSource = single.Select(c => new { text = c.Text, sources = c.Sources }).ToList(),
        };
    }

    private static object Summarize(IReadOnlyList<string> sentences, string input)
    {
        var summary = Fit(sentences, StubPromptReader.MaxWords(input, DefaultWords));
        var keyPoints = sentences.Skip(summary.Count).Take(StubPromptReader.MaxKeyPoints(input, DefaultKeyPoints)).ToList();
        return new { summary = string.Join(' ', summary), keyPoints };
    }

    // Leading sentences within the budget; always at least the first, which the caller trims if needed.
    private static List<string> Fit(IReadOnlyList<string> sentences, int maxWords)
    {
        var kept = new List<string>();
        var words = 0;
        foreach (var sentence in sentences)
        {
            var count = WordCount.Of(sentence);
            if (kept.Count > 0 && words + count > maxWords)
            {
                break;
            }

            kept.Add(sentence);
            words += count;
        }

        return kept;
    }

    // Prose sentences only: headings, bylines and list labels have no final punctuation.
    private static List<string> Sentences(string text)
    {
        var all = SentenceSplitter.Instance.Split(text).Select(s => s.Text).ToList();
        var prose = all.Where(s => WordCount.Of(s) >= 4 && EndsSentence(s)).ToList();
        return prose.Count > 0 ? prose : all;
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

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 3)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }

            start = -1;
        }

        return words;
    }

    private static double Overlap(HashSet<string> words, HashSet<string> vocabulary) =>
        words.Count == 0 ? 0 : words.Count(vocabulary.Contains) / (double)words.Count;
}
