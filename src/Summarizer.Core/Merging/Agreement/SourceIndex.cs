using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>One source's text prepared once for the lookups a check needs.</summary>
internal sealed class SourceIndex
{
    // Content word -> indexes of the sentences holding it, ascending: where a claim's words can be found.
    private readonly Dictionary<string, List<int>> _sentencesWith = new(StringComparer.Ordinal);

    // The title's figures and dates; the body's are read per sentence.
    private readonly StatedValues _title;

    private SourceIndex(CleanedArticle article)
    {
        Article = article;
        // The title is part of what the source says, so it grounds tokens too.
        Text = article.Title is null ? article.Text : article.Title + "\n\n" + article.Text;
        Flat = Folding.Flatten(Text);

        // The text is cut into tokens once, each folded and stemmed once: the source's words and stems, and each
        // sentence's tokens, folded words and content words, are read from them.
        var tokens = Tokenizer.Facts.Tokenize(Text);
        var folded = new string[tokens.Count];
        var stems = new string[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            folded[k] = Folding.Fold(tokens[k].Text);
            stems[k] = InflectionStemmer.OfFolded(folded[k]);
            var bare = folded[k].TrimEnd('.');
            FoldedWords.Add(bare);
            Stems.Add(stems[k]);
            var word = tokens[k].Text;
            if (char.IsLower(word[0]))
            {
                LowerCaseWords.Add(bare);
            }
            else if (char.IsUpper(word[0]) && !TokenChecks.OpensSentence(Text, tokens[k].Start))
            {
                CapitalisedWords.Add(bare);
            }
        }

        _title = article.Title is null ? StatedValues.Empty : StatedValues.Read(article.Title);
        var bodyStart = Text.Length - article.Text.Length;
        Sentences = SentenceSplitter.Instance.Split(article.Text)
            .Select(s => ReadSentence(s, bodyStart, tokens, folded, stems))
            .ToList();
        for (var i = 0; i < Sentences.Count; i++)
        {
            foreach (var word in Sentences[i].Content)
            {
                if (!_sentencesWith.TryGetValue(word, out var holders))
                {
                    _sentencesWith[word] = holders = [];
                }

                holders.Add(i);
            }
        }
    }

    // A body sentence with its words, taken from the text's tokens where its edges split none (else cut anew).
    private IndexedSentence ReadSentence(TextSegment sentence, int bodyStart, List<Token> tokens, string[] folded, string[] stems)
    {
        var (from, to) = (bodyStart + sentence.Start, bodyStart + sentence.End);
        if (!TokenSlices.CutsCleanly(Text, from, to) || !Text.AsSpan(from, to - from).SequenceEqual(sentence.Text))
        {
            var words = new Words(sentence.Text);
            var foldedWords = words.Tokens.ConvertAll(t => Folding.Fold(t.Text));
            return new IndexedSentence(sentence, ContentWords.Of(words.Tokens), StatedValues.Read(words), words)
            {
                Folded = foldedWords,
                Stems = foldedWords.ConvertAll(InflectionStemmer.OfFolded),
            };
        }

        var (first, end) = TokenSlices.Within(tokens, from, to);
        var own = new List<Token>(end - first);
        var lower = new List<string>(end - first);
        for (var k = first; k < end; k++)
        {
            own.Add(tokens[k] with { Start = tokens[k].Start - from, End = tokens[k].End - from });
            lower.Add(folded[k].TrimEnd('.'));
        }

        var read = new Words(sentence.Text, own, lower);
        return new IndexedSentence(sentence, ContentWords.Of(folded, stems, first, end), StatedValues.Read(read), read)
        {
            Folded = folded[first..end],
            Stems = stems[first..end],
        };
    }

    public CleanedArticle Article { get; }

    public int Id => Article.Id;

    public string Text { get; }

    public string Flat { get; }

    public HashSet<string> FoldedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The words (folded) the source writes in lower case somewhere.</summary>
    public HashSet<string> LowerCaseWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The words (folded) the source capitalises somewhere other than where a sentence opens: names.</summary>
    public HashSet<string> CapitalisedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The words some source of <paramref name="story"/> writes in lower case and none capitalises inside a sentence:
    /// ordinary words, capitalised only where they open one ("Workers at the yard ...").
    /// </summary>
    public static HashSet<string> OrdinaryWords(IReadOnlyList<SourceIndex> story)
    {
        var ordinary = new HashSet<string>(story.SelectMany(s => s.LowerCaseWords), StringComparer.Ordinal);
        foreach (var source in story)
        {
            ordinary.ExceptWith(source.CapitalisedWords);
        }

        return ordinary;
    }

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the source (title or body) gives <paramref name="claim"/>'s figure, with its unit and counted noun.</summary>
    public bool HasSame(StatedFigure claim) => _title.HasSame(claim) || Sentences.Exists(s => s.Values.HasSame(claim));

    /// <summary>True when the source gives <paramref name="claim"/>'s number in some form.</summary>
    public bool HasNumber(StatedFigure claim) => _title.HasNumber(claim) || Sentences.Exists(s => s.Values.HasNumber(claim));

    /// <summary>True when the source writes every part of <paramref name="claim"/>'s date.</summary>
    public bool HasDate(StatedDate claim) => _title.HasDate(claim) || Sentences.Exists(s => s.Values.HasDate(claim));

    /// <summary>Sentences of the body (offsets into <see cref="CleanedArticle.Text"/>).</summary>
    public List<IndexedSentence> Sentences { get; }

    public static SourceIndex Build(CleanedArticle article) => new(article);

    /// <summary>Each body sentence with its words, as <see cref="FactExtractor"/> reads them, so facts are read from the same cut.</summary>
    public IReadOnlyList<(TextSegment Sentence, Words Words)> ReadSentences() => [.. Sentences.Select(s => (s.Segment, s.Words))];

    /// <summary>True when some body sentence has <paramref name="word"/> among its content words.</summary>
    public bool Mentions(string word) => _sentencesWith.ContainsKey(word);

    /// <summary>The sentences whose content words hold <paramref name="word"/>, read from the index (no scan).</summary>
    public IEnumerable<IndexedSentence> SentencesWith(string word) =>
        _sentencesWith.TryGetValue(word, out var holders) ? holders.Select(i => Sentences[i]) : [];

    public static Dictionary<int, SourceIndex> BuildAll(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken) =>
        articles.ToDictionary(a => a.Id, a =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Build(a);
        });

    /// <summary>
    /// Best content-word containment of <paramref name="claim"/> in one sentence or two adjacent ones that
    /// <paramref name="accept"/> takes; a single sentence is preferred when two adjacent ones are no better.
    /// </summary>
    public (double Score, int Index, int Count) BestMatch(IReadOnlySet<string> claim, Func<IReadOnlyList<IndexedSentence>, bool>? accept = null)
    {
        var best = (Score: 0.0, Index: -1, Count: 0);
        if (claim.Count == 0 || Sentences.Count == 0)
        {
            return best;
        }

        var length = Sentences.Count;
        Span<double> one = length <= 256 ? stackalloc double[length] : new double[length];
        Span<double> both = length <= 256 ? stackalloc double[length] : new double[length];
        Held(claim, static _ => 1, one, both);
        for (var i = 0; i < length; i++)
        {
            for (var n = 1; n <= 2 && i + n <= length; n++)
            {
                var held = n == 1 ? one[i] : both[i];
                if (held <= 0)
                {
                    continue; // scores 0 at best, and only a score above 0 counts
                }

                var score = (double)held / claim.Count; // the share ContentWords.Overlap gives
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

    /// <summary>
    /// The largest weighted share of <paramref name="claim"/> that one sentence, or one with its neighbour, holds:
    /// the summed <paramref name="weights"/> of the words it holds over those of all the claim's words.
    /// </summary>
    public double BestWeightedShare(IReadOnlySet<string> claim, StoryWordWeights weights)
    {
        var total = weights.Of(claim);
        if (total <= 0 || Sentences.Count == 0)
        {
            return 0;
        }

        var length = Sentences.Count;
        Span<double> one = length <= 256 ? stackalloc double[length] : new double[length];
        Span<double> both = length <= 256 ? stackalloc double[length] : new double[length];
        Held(claim, weights.Of, one, both);
        var best = 0.0;
        for (var i = 0; i < length; i++)
        {
            best = Math.Max(best, Math.Max(one[i], i + 1 < length ? both[i] : 0));
        }

        return best / total;
    }

    /// <summary>
    /// True when this source restates <paramref name="claim"/>: one passage (a sentence, or it with its neighbour) holds
    /// <paramref name="share"/> of the claim's weight; or one sentence of at least <paramref name="minWords"/> content
    /// words holds <paramref name="held"/> of it and the claim <paramref name="holds"/> of the sentence's, so the claim
    /// is that statement with a few words of its own ("Kaya-Brandt is expected to open coalition talks with the Social
    /// Liberals" against "Talks with the Social Liberals are expected to begin").
    /// </summary>
    public bool Restates(IReadOnlySet<string> claim, StoryWordWeights weights, double share, double held, double holds, int minWords)
    {
        var total = weights.Of(claim);
        if (total <= 0 || Sentences.Count == 0)
        {
            return false;
        }

        var length = Sentences.Count;
        Span<double> one = length <= 256 ? stackalloc double[length] : new double[length];
        Span<double> both = length <= 256 ? stackalloc double[length] : new double[length];
        Held(claim, weights.Of, one, both);
        for (var i = 0; i < length; i++)
        {
            if (Math.Max(one[i], i + 1 < length ? both[i] : 0) >= share * total
                || (one[i] >= held * total && Sentences[i].Content.Count >= minWords && one[i] >= holds * weights.Of(Sentences[i].Content)))
            {
                return true;
            }
        }

        return false;
    }

    // How much of the claim (each word by its weight) each sentence (one) and each pair of adjacent sentences (both)
    // holds, counted from where each word occurs rather than by comparing the claim with every window.
    private void Held(IReadOnlySet<string> claim, Func<string, double> weight, Span<double> one, Span<double> both)
    {
        foreach (var word in claim)
        {
            if (!_sentencesWith.TryGetValue(word, out var holders))
            {
                continue;
            }

            var w = weight(word);
            var previous = -2;
            foreach (var i in holders)
            {
                one[i] += w;
                both[i] += w;
                if (i > 0 && previous != i - 1)
                {
                    both[i - 1] += w; // the pair before it, unless the word's previous sentence already counted there
                }

                previous = i;
            }
        }
    }

    /// <summary>Sets <paramref name="counts"/>[i] to how many of <paramref name="words"/> sentence i holds.</summary>
    public void CountShared(IReadOnlySet<string> words, Span<int> counts)
    {
        counts.Clear();
        foreach (var word in words)
        {
            if (_sentencesWith.TryGetValue(word, out var holders))
            {
                foreach (var i in holders)
                {
                    counts[i]++;
                }
            }
        }
    }

    /// <summary>
    /// True when one sentence holds both words of at least <paramref name="needed"/> of <paramref name="links"/>
    /// (<see cref="ClauseLinks.Held"/> of its content words), counted from where each word occurs rather than by
    /// testing every sentence against every link.
    /// </summary>
    public bool HoldsLinks(IReadOnlyList<(string A, string B)> links, int needed)
    {
        if (needed <= 0 || needed > links.Count)
        {
            return needed <= 0 && Sentences.Count > 0; // every sentence holds none of them; none holds more than all
        }

        var length = Sentences.Count;
        Span<int> held = length <= 256 ? stackalloc int[length] : new int[length];
        held.Clear();
        foreach (var (a, b) in links)
        {
            if (!_sentencesWith.TryGetValue(a, out var withA) || !_sentencesWith.TryGetValue(b, out var withB))
            {
                continue;
            }

            // Both lists ascend: the sentences holding both words are where they meet.
            for (int i = 0, j = 0; i < withA.Count && j < withB.Count;)
            {
                if (withA[i] < withB[j])
                {
                    i++;
                }
                else if (withA[i] > withB[j])
                {
                    j++;
                }
                else
                {
                    if (++held[withA[i]] >= needed)
                    {
                        return true;
                    }

                    i++;
                    j++;
                }
            }
        }

        return false;
    }

    public TextSegment Segment(int index, int count) =>
        count == 1 ? Sentences[index].Segment : Join(Sentences[index].Segment, Sentences[index + count - 1].Segment);

    private TextSegment Join(TextSegment a, TextSegment b) => new(Article.Text[a.Start..b.End], a.Start, b.End);
}

/// <summary>A sentence with its content words, figures, dates and words (token offsets into the sentence), computed once.</summary>
internal sealed record IndexedSentence(TextSegment Segment, HashSet<string> Content, StatedValues Values, Words Words)
{
    /// <summary>Its tokens (<see cref="Words.Tokens"/>), offsets into the sentence.</summary>
    public List<Token> Tokens => Words.Tokens;

    /// <summary>Each of <see cref="Tokens"/> folded (<see cref="Folding.Fold"/>).</summary>
    public required IReadOnlyList<string> Folded { get; init; }

    /// <summary>Each of <see cref="Tokens"/>' inflection stem (<see cref="Stemmer.Inflections"/>).</summary>
    public required IReadOnlyList<string> Stems { get; init; }

    /// <summary>
    /// The content words (<see cref="ContentWords.Of(string)"/>) of the stretch [<paramref name="from"/>,
    /// <paramref name="to"/>) of the sentence, read from its tokens when the stretch splits none; null when it does.
    /// </summary>
    public HashSet<string>? ContentWithin(int from, int to)
    {
        if (!TokenSlices.CutsCleanly(Segment.Text, from, to))
        {
            return null;
        }

        var (first, end) = TokenSlices.Within(Tokens, from, to);
        return ContentWords.Of(Folded, Stems, first, end);
    }
}
