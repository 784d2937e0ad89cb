using System.Collections.Frozen;
using Summarizer.Checking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>The per-sentence token checks: figures, dates, quotes (and who said them) and proper names.</summary>
internal static class TokenChecks
{
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "warned", "stated", "added", "noted", "emphasized", "emphasised", "insisted",
         "argued", "declared", "announced", "wrote", "stressed", "claimed", "explained", "promised", "urged", "asked"],
        StringComparer.Ordinal);

    /// <summary>What <paramref name="sentence"/> says that none of <paramref name="sources"/> grounds.</summary>
    /// <param name="ordinary">Words the story writes as ordinary words (<see cref="SourceIndex.OrdinaryWords"/>): opening a sentence, no name.</param>
    public static List<string> Find(string sentence, IReadOnlyList<SourceIndex> sources, GroundingCheckerOptions options, IReadOnlySet<string> ordinary)
    {
        var found = new List<string>();
        var covered = new bool[sentence.Length];
        foreach (var (start, end) in Quotes(sentence))
        {
            var quote = sentence[start..end];
            if (Tokenizer.Facts.Tokenize(quote).Count < options.MinQuoteWords)
            {
                continue;
            }

            Array.Fill(covered, true, start, end - start);
            var flat = Folding.Flatten(quote);
            var holder = sources.FirstOrDefault(s => s.Flat.Contains(flat, StringComparison.Ordinal));
            if (holder is null)
            {
                found.Add($"\"{quote}\"");
            }
            else if (Speaker(sentence, start, end) is { } speaker && !SpeakerNearQuote(speaker, flat, holder, options))
            {
                found.Add(speaker);
            }
        }

        var values = StatedValues.Read(sentence);
        foreach (var n in values.Figures.Where(n => !covered[n.Start]))
        {
            Array.Fill(covered, true, n.Start, n.End - n.Start);
            if (!sources.Any(s => s.HasNumber(n)))
            {
                found.Add(sentence[n.Start..n.End]);
            }
        }

        foreach (var d in values.Dates.Where(d => !covered[d.Start]))
        {
            Array.Fill(covered, true, d.Start, d.End - d.Start);
            if (!sources.Any(s => s.HasDate(d)))
            {
                found.Add(sentence[d.Start..d.End]);
            }
        }

        found.AddRange(UngroundedNames(sentence, covered, sources, options, ordinary));
        return found;
    }

    /// <summary>Inner spans of “curly” or "straight" quotes.</summary>
    public static IEnumerable<(int Start, int End)> Quotes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('“' or '"'))
            {
                continue;
            }

            var close = text.IndexOfAny(['”', '"'], i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return (i + 1, close);
            i = close;
        }
    }

    // The name next to a speech verb outside the quote: "Macron said", "said Macron", "Trump stated:".
    private static string? Speaker(string sentence, int quoteStart, int quoteEnd)
    {
        var tokens = Tokenizer.Facts.Tokenize(sentence).Where(t => t.End <= quoteStart - 1 || t.Start > quoteEnd).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!SpeechVerbs.Contains(Folding.Fold(tokens[i].Text)))
            {
                continue;
            }

            if (i > 0 && IsCapitalized(tokens[i - 1].Text))
            {
                return tokens[i - 1].Text;
            }

            if (i + 1 < tokens.Count && IsCapitalized(tokens[i + 1].Text) && tokens[i + 1].Start > quoteEnd)
            {
                var j = i + 1;
                while (j + 1 < tokens.Count && IsCapitalized(tokens[j + 1].Text))
                {
                    j++;
                }

                return tokens[j].Text;
            }
        }

        return null;
    }

    // Where the source names who said the quote in the same sentence, it must be the same person. A source
    // that attributes it by role or pronoun ("the governor told reporters") cannot contradict the speaker.
    private static bool SpeakerNearQuote(string speaker, string flatQuote, SourceIndex source, GroundingCheckerOptions options)
    {
        foreach (var sentence in source.Sentences.Select(x => x.Segment.Text))
        {
            foreach (var (start, end) in Quotes(sentence))
            {
                var flat = Folding.Flatten(sentence[start..end]);
                if (flat.Length == 0 || !flat.Contains(flatQuote, StringComparison.Ordinal))
                {
                    continue;
                }

                if (Speaker(sentence, start, end) is not { } said)
                {
                    return true;
                }

                var a = NameKey(speaker);
                var b = NameKey(said);
                return a == b || Names.IsVariant(a, b, options.MinVariantNameLength);
            }
        }

        return true;
    }

    private static string NameKey(string name)
    {
        var folded = Folding.Fold(name).TrimEnd('.');
        return folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static IEnumerable<string> UngroundedNames(string sentence, bool[] covered, IReadOnlyList<SourceIndex> sources, GroundingCheckerOptions options, IReadOnlySet<string> ordinary)
    {
        var found = new List<(int Start, string Token)>();
        foreach (var (form, group) in Names.Forms)
        {
            foreach (var at in Names.Occurrences(sentence, form))
            {
                if (covered[at])
                {
                    continue;
                }

                Array.Fill(covered, true, at, form.Length);
                if (!sources.Any(s => Names.GroupOccursIn(group, s.Text)))
                {
                    found.Add((at, form));
                }
            }
        }

        var tokens = Tokenizer.Facts.Tokenize(sentence);
        var phrase = new List<Token>();
        var ungrounded = false;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var t = i < tokens.Count ? tokens[i] : default;
            var isName = i < tokens.Count && !covered[t.Start] && IsCapitalized(t.Text) && IsNameCandidate(sentence, tokens, i, sources, ordinary);
            if (isName)
            {
                phrase.Add(t);
                ungrounded |= !sources.Any(s => Names.WordGrounded(t.Text, s, options.MinVariantNameLength));
                continue;
            }

            if (phrase.Count > 0 && ungrounded)
            {
                found.Add((phrase[0].Start, sentence[phrase[0].Start..phrase[^1].End]));
            }

            phrase.Clear();
            ungrounded = false;
        }

        return found.OrderBy(f => f.Start).Select(f => f.Token);
    }

    private static bool IsNameCandidate(string sentence, List<Token> tokens, int i, IReadOnlyList<SourceIndex> sources, IReadOnlySet<string> ordinary)
    {
        var word = tokens[i].Text;
        var folded = Folding.Fold(word);
        if (word == "I" || char.IsDigit(word[0]))
        {
            return false;
        }

        // A capital after a sentence start, a quote, a colon or a dash may just be an ordinary word.
        if (!OpensSentence(sentence, tokens[i].Start))
        {
            return true;
        }

        // A word the sources use in any case is grounded as a word; one they never use may be a name, unless the story
        // writes it as an ordinary word ("Workers at the yard ..." where another outlet writes "workers"): the content
        // test weighs it then, as any word.
        var bare = folded.TrimEnd('.');
        return !Stopwords.IsStopword(folded) && !Names.CommonOpeners.Contains(word)
            && !sources.Any(s => s.FoldedWords.Contains(bare)) && !ordinary.Contains(bare);
    }

    /// <summary>True when the word at <paramref name="at"/> opens a sentence, a quote, or follows a colon, dash or bullet: a capital there may be an ordinary word's.</summary>
    public static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.Length == 0 || before[^1] is ':' or '“' or '"' or '—' or '–' or '-' or '(' or '•' or '*' or '.';
    }
}
