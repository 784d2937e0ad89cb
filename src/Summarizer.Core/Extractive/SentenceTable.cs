using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Extractive;

/// <summary>One sentence of one article with everything selection needs, computed once.</summary>
internal sealed class SentenceInfo
{
    public required int SourceId { get; init; }
    public required int Article { get; init; }
    public required int Position { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required int Words { get; init; }
    public required bool Selectable { get; init; }

    /// <summary>Opens with a pronoun or connective that refers back ("He said", "But").</summary>
    public required bool Dangling { get; init; }

    /// <summary>Distinct stemmed content words (ids), ascending.</summary>
    public required int[] Terms { get; init; }

    /// <summary>Distinct stemmed bigrams (ids) that are not two stopwords, ascending.</summary>
    public required int[] Bigrams { get; init; }

    /// <summary>Unit-length TF-IDF weights, parallel to <see cref="Terms"/>; set by the table.</summary>
    public double[] Weights { get; set; } = [];
}

/// <summary>
/// The sentences of a set of articles, tokenized, stemmed and vectorized once. Ids for terms and
/// bigrams are assigned in reading order, so everything downstream is deterministic.
/// </summary>
internal sealed class SentenceTable
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> bigramIds = [];
    // Lowercase surface form -> (term id, is stopword); looked up by span so known words cost no allocation.
    private readonly Dictionary<string, (int Id, bool Stop)> surfaces = new(StringComparer.Ordinal);

    // A wire dateline opens the article's first sentence, or its second when a headline line comes first.
    private const int DatelinePositions = 2;

    public SentenceTable(IReadOnlyList<CleanedArticle> articles, int maxSentenceWords)
    {
        Articles = articles;
        var sentences = new List<SentenceInfo>();
        var firsts = new int[articles.Count];
        var tokens = new List<int>();
        var stop = new List<bool>();
        for (var a = 0; a < articles.Count; a++)
        {
            firsts[a] = sentences.Count;
            var position = 0;
            foreach (var split in SentenceSplitter.Instance.Split(articles[a].Text))
            {
                var segment = position < DatelinePositions ? WithoutDateline(split) : split;
                var words = WordCount.Of(segment.Text);
                tokens.Clear();
                stop.Clear();
                Read(segment.Text, tokens, stop);
                sentences.Add(new SentenceInfo
                {
                    SourceId = articles[a].Id,
                    Article = a,
                    Position = position++,
                    Start = segment.Start,
                    End = segment.End,
                    Text = segment.Text,
                    Words = words,
                    Selectable = SentenceShape.IsSelectable(segment.Text, words, maxSentenceWords),
                    Dangling = SentenceShape.StartsDangling(segment.Text),
                    Terms = DistinctContent(tokens, stop),
                    Bigrams = DistinctBigrams(tokens, stop),
                });
            }
        }

        Sentences = sentences;
        ArticleStarts = firsts;
        TermCount = vocabulary.Count;
        BigramCount = bigramIds.Count;
        TermDocumentFrequency = DocumentFrequency(s => s.Terms, TermCount);
        BigramDocumentFrequency = DocumentFrequency(s => s.Bigrams, BigramCount);
        Vectorize();
    }

    public IReadOnlyList<CleanedArticle> Articles { get; }
    public IReadOnlyList<SentenceInfo> Sentences { get; }

    /// <summary>Index in <see cref="Sentences"/> of each article's first sentence.</summary>
    public int[] ArticleStarts { get; }
    public int TermCount { get; }
    public int BigramCount { get; }
    public int[] TermDocumentFrequency { get; }
    public int[] BigramDocumentFrequency { get; }

    public int SentenceCountOf(int article) =>
        (article + 1 < ArticleStarts.Length ? ArticleStarts[article + 1] : Sentences.Count) - ArticleStarts[article];

    /// <summary>Cosine similarity of two sentences' TF-IDF vectors (both sorted by term id).</summary>
    public static double Cosine(SentenceInfo x, SentenceInfo y)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = x.Terms;
        var b = y.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += x.Weights[i++] * y.Weights[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    private void Read(string text, List<int> tokens, List<bool> stop)
    {
        var lookup = surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        while (Tokenizer.Terms.Next(text, position, out var start, out var length))
        {
            position = start + length;
            var lower = length <= buffer.Length ? buffer[..length] : new char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            if (!lookup.TryGetValue(lower, out var entry))
            {
                var word = new string(lower);
                var isStop = length == 1 || Stopwords.IsStopword(word);
                entry = (TermId(isStop ? word : Stemmer.Porter.Stem(word)), isStop);
                surfaces.Add(word, entry);
            }

            tokens.Add(entry.Id);
            stop.Add(entry.Stop);
        }
    }

    private int TermId(string term)
    {
        if (!vocabulary.TryGetValue(term, out var id))
        {
            id = vocabulary.Count;
            vocabulary.Add(term, id);
        }

        return id;
    }

    private static int[] DistinctContent(List<int> tokens, List<bool> stop)
    {
        var ids = new List<int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!stop[i])
            {
                ids.Add(tokens[i]);
            }
        }

        return SortedDistinct(ids);
    }

    private int[] DistinctBigrams(List<int> tokens, List<bool> stop)
    {
        var ids = new List<int>(tokens.Count);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (stop[i] && stop[i + 1])
            {
                continue;
            }

            var key = ((long)tokens[i] << 32) | (uint)tokens[i + 1];
            if (!bigramIds.TryGetValue(key, out var id))
            {
                id = bigramIds.Count;
                bigramIds.Add(key, id);
            }

            ids.Add(id);
        }

        return SortedDistinct(ids);
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        ids.Sort();
        var n = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (n == 0 || ids[i] != ids[n - 1])
            {
                ids[n++] = ids[i];
            }
        }

        return [.. ids.GetRange(0, n)];
    }

    private int[] DocumentFrequency(Func<SentenceInfo, int[]> items, int count)
    {
        var df = new int[count];
        var lastArticle = new int[count];
        Array.Fill(lastArticle, -1);
        foreach (var s in Sentences)
        {
            foreach (var id in items(s))
            {
                if (lastArticle[id] != s.Article)
                {
                    lastArticle[id] = s.Article;
                    df[id]++;
                }
            }
        }

        return df;
    }

    // Binary TF (terms are distinct per sentence) times smoothed IDF over articles, unit length.
    private void Vectorize()
    {
        var n = Math.Max(1, Articles.Count);
        foreach (var s in Sentences)
        {
            var weights = new double[s.Terms.Length];
            double norm = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = 1 + Math.Log((1.0 + n) / (1.0 + TermDocumentFrequency[s.Terms[i]]));
                norm += weights[i] * weights[i];
            }

            norm = Math.Sqrt(norm);
            for (var i = 0; i < weights.Length && norm > 0; i++)
            {
                weights[i] /= norm;
            }

            s.Weights = weights;
        }
    }

    private static TextSegment WithoutDateline(TextSegment segment) =>
        Dateline.Length(segment.Text) is > 0 and var length && length < segment.Text.Length
            ? new TextSegment(segment.Text[length..], segment.Start + length, segment.End)
            : segment;
}
