using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>One source's text prepared once for the lookups a check needs.</summary>
internal sealed class SourceIndex
{
    private SourceIndex(CleanedArticle article)
    {
        Article = article;
        // The title is part of what the source says, so it grounds tokens too.
        Text = article.Title is null ? article.Text : article.Title + "\n\n" + article.Text;
        Flat = Folding.Flatten(Text);
        foreach (var t in Tokenizer.Facts.Tokenize(Text))
        {
            var folded = Folding.Fold(t.Text).TrimEnd('.');
            FoldedWords.Add(folded);
            Stems.Add(Stemmer.Inflections.Stem(t.Text));
        }

        (Numbers, Dates) = Facts.Extract(Text);
        Sentences = SentenceSplitter.Instance.Split(article.Text)
            .Select(s =>
            {
                var (numbers, dates) = Facts.Extract(s.Text);
                return new IndexedSentence(s, ContentWords.Of(s.Text), numbers, dates);
            })
            .ToList();
    }

    public CleanedArticle Article { get; }

    public int Id => Article.Id;

    public string Text { get; }

    public string Flat { get; }

    public HashSet<string> FoldedWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public List<NumberFact> Numbers { get; }

    public List<DateFact> Dates { get; }

    /// <summary>Sentences of the body (offsets into <see cref="CleanedArticle.Text"/>).</summary>
    public List<IndexedSentence> Sentences { get; }

    public static SourceIndex Build(CleanedArticle article) => new(article);

    public static Dictionary<int, SourceIndex> BuildAll(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken) =>
        articles.ToDictionary(a => a.Id, a =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Build(a);
        });

    /// <summary>Best content-word containment of <paramref name="claim"/> in one sentence or two adjacent ones.</summary>
    public (double Score, int Index, int Count) BestMatch(IReadOnlySet<string> claim, Func<IReadOnlyList<IndexedSentence>, bool>? accept = null)
    {
        var best = (Score: 0.0, Index: -1, Count: 0);
        for (var i = 0; i < Sentences.Count; i++)
        {
            for (var n = 1; n <= 2 && i + n <= Sentences.Count; n++)
            {
                var words = n == 1 ? Sentences[i].Content : [.. Sentences[i].Content, .. Sentences[i + 1].Content];
                var score = ContentWords.Overlap(claim, words);
                if (n == 2)
                {
                    score -= 0.05; // prefer a single sentence when it is as good
                }

                if (score > best.Score && (accept is null || accept(Sentences.GetRange(i, n))))
                {
                    best = (score, i, n);
                }
            }
        }

        return best;
    }

    public TextSegment Segment(int index, int count) =>
        count == 1 ? Sentences[index].Segment : Join(Sentences[index].Segment, Sentences[index + count - 1].Segment);

    private TextSegment Join(TextSegment a, TextSegment b) => new(Article.Text[a.Start..b.End], a.Start, b.End);
}

/// <summary>A sentence with its content words and figures, computed once.</summary>
internal sealed record IndexedSentence(TextSegment Segment, HashSet<string> Content, List<NumberFact> Numbers, List<DateFact> Dates);
