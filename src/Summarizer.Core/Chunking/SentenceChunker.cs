using Summarizer.Documents;

namespace Summarizer.Chunking;

/// <summary>
/// Packs whole sentences into chunks of at most <see cref="ChunkingOptions.MaxTokens"/>, each chunk
/// starting with the last <see cref="ChunkingOptions.OverlapSentences"/> sentences of the previous
/// one. A sentence too long for a chunk is cut at clause boundaries, then at word boundaries, and a word
/// longer than the budget into pieces that fit, so every chunk fits and nothing is ever truncated.
/// Chunk text is the exact slice of the input between its first and last unit.
/// </summary>
internal sealed class SentenceChunker(ChunkingOptions options, ITokenCounter counter, ISentenceSplitter splitter) : IChunker
{
    public IReadOnlyList<Chunk> Chunk(int sourceId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = Units(text);
        var chunks = new List<Chunk>();
        var first = 0;
        while (first < units.Count)
        {
            var last = LastThatFits(text, units, first);

            var start = units[first].Start;
            var end = units[last].End;
            chunks.Add(new Chunk(sourceId, chunks.Count, text[start..end], start, end, Tokens(text, units[first], units[last])));
            if (last == units.Count - 1)
            {
                break;
            }

            first = NextFirst(text, units, first, last);
        }

        return chunks;
    }

    // The largest unit index whose slice from 'first' (with the space between units) fits. Token
    // counts only grow as a slice grows, so gallop then bisect: O(log n) counts per chunk instead of
    // one per unit, which matters for text without sentence breaks (every word is a unit).
    private int LastThatFits(string text, List<TextSegment> units, int first)
    {
        var lo = first;
        var step = 1;
        while (lo + step < units.Count && Tokens(text, units[first], units[lo + step]) <= options.MaxTokens)
        {
            lo += step;
            step *= 2;
        }

        var hi = Math.Min(lo + step, units.Count);
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Tokens(text, units[first], units[mid]) <= options.MaxTokens)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The next chunk starts OverlapSentences units back, but never at or before the current start,
    // and only as far back as still leaves room for the first new unit.
    private int NextFirst(string text, List<TextSegment> units, int currentFirst, int last)
    {
        var next = Math.Max(currentFirst + 1, last + 1 - options.OverlapSentences);
        while (next <= last && Tokens(text, units[next], units[last + 1]) > options.MaxTokens)
        {
            next++;
        }

        return next;
    }

    private int Tokens(string text, TextSegment from, TextSegment to) =>
        counter.Count(text[from.Start..to.End]);

    private List<TextSegment> Units(string text)
    {
        var units = new List<TextSegment>();
        foreach (var sentence in splitter.Split(text))
        {
            if (counter.Count(sentence.Text) <= options.MaxTokens)
            {
                units.Add(sentence);
                continue;
            }

            foreach (var clause in Clauses(text, sentence))
            {
                if (counter.Count(clause.Text) <= options.MaxTokens)
                {
                    units.Add(clause);
                }
                else
                {
                    units.AddRange(Words(text, clause).SelectMany(word => counter.Count(word.Text) <= options.MaxTokens ? [word] : Pieces(text, word)));
                }
            }
        }

        return units;
    }

    // Cuts a segment after every clause mark, trimming whitespace and keeping offsets into the whole text.
    private static IEnumerable<TextSegment> Clauses(string text, TextSegment segment)
    {
        var start = segment.Start;
        for (var i = segment.Start; i < segment.End - 1; i++)
        {
            if (IsClauseEnd(text, i))
            {
                var piece = Trimmed(text, start, i + 1);
                if (piece.End > piece.Start)
                {
                    yield return piece;
                }

                start = i + 1;
            }
        }

        var rest = Trimmed(text, start, segment.End);
        if (rest.End > rest.Start)
        {
            yield return rest;
        }
    }

    private static IEnumerable<TextSegment> Words(string text, TextSegment segment)
    {
        var i = segment.Start;
        while (i < segment.End)
        {
            while (i < segment.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < segment.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return new TextSegment(text[start..i], start, i);
            }
        }
    }

    // Cuts a word longer than the budget (a URL, a run of digits, a script without spaces) into the longest pieces
    // that fit, so every chunk fits by the counter's count. Never between the two halves of a surrogate pair.
    private IEnumerable<TextSegment> Pieces(string text, TextSegment word)
    {
        var start = word.Start;
        while (start < word.End)
        {
            // 'lo' fits (or is the one text element a piece cannot be smaller than); 'hi' does not, or is the end.
            var lo = start + (char.IsHighSurrogate(text[start]) && start + 1 < word.End ? 2 : 1);
            var hi = word.End;
            while (hi - lo > 1)
            {
                var mid = lo + ((hi - lo) / 2);
                if (char.IsLowSurrogate(text[mid]))
                {
                    mid += mid - 1 > lo ? -1 : 1;
                    if (mid >= hi)
                    {
                        break;
                    }
                }

                if (counter.Count(text[start..mid]) <= options.MaxTokens)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            if (hi == word.End && counter.Count(text[start..hi]) <= options.MaxTokens)
            {
                lo = hi;
            }

            yield return new TextSegment(text[start..lo], start, lo);
            start = lo;
        }
    }

    private static TextSegment Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSegment(text[start..end], start, end);
    }

    // "a, b", "a; b", "a: b" need a following space ("3,000", "10:30" are not clauses); dashes
    // separate clauses with or without spaces.
    private static bool IsClauseEnd(string text, int i) =>
        text[i] switch
        {
            '—' or '–' => true,
            ';' or ':' or ',' => i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]),
            _ => false,
        };
}
