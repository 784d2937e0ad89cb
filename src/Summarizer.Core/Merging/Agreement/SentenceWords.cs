using Summarizer.Chunking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>One sentence's (or clause's) tokens and names, read once, with what the other sources use.</summary>
internal sealed class SentenceWords
{
    private readonly OtherSources _others;
    private readonly HashSet<string> _sharedNames;
    private readonly Dictionary<string, HashSet<string>> _clauseContent = new(StringComparer.Ordinal);

    // Own(content) by the content set asked about (a clause's, read once by ContentOf, never changed): a clause's own
    // words are asked for as it is judged, again as its sentence is, and for the passages listed.
    private readonly Dictionary<IReadOnlySet<string>, HashSet<string>> _own = new(ReferenceEqualityComparer.Instance);

    /// <param name="segment">The sentence or clause.</param>
    /// <param name="content">Its content words.</param>
    /// <param name="tokens">Its tokens, offsets relative to <paramref name="segment"/> (the source's index already holds them).</param>
    /// <param name="others">The other independent sources.</param>
    public SentenceWords(TextSegment segment, HashSet<string> content, List<Token> tokens, OtherSources others)
        : this(segment, content, tokens, others, sentence: null)
    {
    }

    // With the indexed sentence the segment is, its tokens' stems and clauses' content words are read from the index.
    private SentenceWords(TextSegment segment, HashSet<string> content, List<Token> tokens, OtherSources others, IndexedSentence? sentence)
    {
        Segment = segment;
        Content = content;
        _others = others;
        _sentence = sentence;
        Tokens = tokens;

        // Names another source also uses say who or where, not what is new: "Police searched a lock-up garage by the
        // River Dorr" is news for "searched lock-up garage", not for "Dorr". A name no other source uses is news.
        _sharedNames = Tokens.Skip(1).Select((t, k) => (t, k: k + 1)).Where(x => char.IsUpper(x.t.Text[0]))
            .Select(x => sentence is null ? Stemmer.Inflections.Stem(x.t.Text) : sentence.Stems[x.k])
            .Where(IsUsedElsewhere).ToHashSet(StringComparer.Ordinal);
    }

    private readonly IndexedSentence? _sentence;

    /// <summary>The words of body sentence <paramref name="sentence"/> of a source, read from the source's index.</summary>
    public static SentenceWords Of(IndexedSentence sentence, OtherSources others) =>
        new(sentence.Segment, sentence.Content, sentence.Tokens, others, sentence);

    public TextSegment Segment { get; }

    public HashSet<string> Content { get; }

    public List<Token> Tokens { get; }

    /// <summary>The words of a clause of <paramref name="sentence"/>, its tokens taken from the sentence's.</summary>
    public static SentenceWords Of(IndexedSentence sentence, TextSegment clause, OtherSources others)
    {
        var (from, to) = (clause.Start - sentence.Segment.Start, clause.End - sentence.Segment.Start);
        if (from < 0 || to > sentence.Segment.Text.Length)
        {
            // A passage joined with the sentence before it is not one slice of this sentence.
            return new SentenceWords(clause, ContentWords.Of(clause.Text), Tokenizer.Facts.Tokenize(clause.Text), others);
        }

        var (first, end) = TokenSlices.Within(sentence.Tokens, from, to); // the sentence's tokens that start in the clause
        var tokens = sentence.Tokens.GetRange(first, end - first).ConvertAll(t => new Token(t.Text, t.Start - from, t.End - from));
        return new SentenceWords(clause, ContentOf(sentence, clause) ?? ContentWords.Of(clause.Text), tokens, others);
    }

    /// <summary>
    /// The content words of <paramref name="clause"/> (<see cref="ContentWords.Of(string)"/>), read once per clause: a
    /// sentence's clauses are asked about several times while it is judged. Not to be changed by the caller.
    /// </summary>
    public HashSet<string> ContentOf(TextSegment clause)
    {
        if (!_clauseContent.TryGetValue(clause.Text, out var content))
        {
            _clauseContent[clause.Text] = content = (_sentence is null ? null : ContentOf(_sentence, clause)) ?? ContentWords.Of(clause.Text);
        }

        return content;
    }

    // The content words of a clause of the indexed sentence read from its tokens; null when it is no clean slice of it.
    private static HashSet<string>? ContentOf(IndexedSentence sentence, TextSegment clause)
    {
        var (from, to) = (clause.Start - sentence.Segment.Start, clause.End - sentence.Segment.Start);
        return from >= 0 && to <= sentence.Segment.Text.Length && to - from == clause.Text.Length
            && sentence.Segment.Text.AsSpan(from, to - from).SequenceEqual(clause.Text)
            ? sentence.ContentWithin(from, to)
            : null;
    }

    /// <summary>The content words of <paramref name="content"/> other than names other sources share. Not to be changed by the caller.</summary>
    public HashSet<string> Own(IReadOnlySet<string> content)
    {
        if (!_own.TryGetValue(content, out var own))
        {
            own = new HashSet<string>(content.Count, StringComparer.Ordinal);
            foreach (var word in content)
            {
                if (!_sharedNames.Contains(word))
                {
                    own.Add(word);
                }
            }

            _own[content] = own;
        }

        return own;
    }

    /// <summary>
    /// How many of <paramref name="words"/> no other source uses anywhere, itself or in a paraphrase newsrooms use for it
    /// (<see cref="NewsParaphrases"/>): "revealed the find" has no word of its own beside "announced the discovery".
    /// </summary>
    public int NovelCount(IEnumerable<string> words) => words.Count(w => !IsUsedElsewhere(w) && !IsParaphrasedElsewhere(w));

    private bool IsParaphrasedElsewhere(string stem)
    {
        foreach (var paraphrase in NewsParaphrases.Of(stem))
        {
            if (IsUsedElsewhere(paraphrase))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsUsedElsewhere(string stem) => _others.Uses(stem);
}

/// <summary>
/// The other independent sources one source's sentences are judged against, with which stems they use: that is asked
/// for every word of every sentence, clause and passage of the source, so each stem is looked up across them once.
/// </summary>
internal sealed class OtherSources(IReadOnlyList<SourceIndex> sources)
{
    private readonly Dictionary<string, bool> _uses = new(StringComparer.Ordinal);

    public IReadOnlyList<SourceIndex> Sources { get; } = sources;

    /// <summary>True when one of <see cref="Sources"/> uses <paramref name="stem"/> anywhere.</summary>
    public bool Uses(string stem)
    {
        if (!_uses.TryGetValue(stem, out var used))
        {
            _uses[stem] = used = Sources.Any(other => other.Stems.Contains(stem));
        }

        return used;
    }
}
