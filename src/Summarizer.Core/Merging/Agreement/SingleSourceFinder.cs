using System.Collections.Frozen;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>What one sentence adds to the story, decided from its typed facts after alignment.</summary>
internal enum SentenceNews
{
    /// <summary>A heading, or a sentence only its own article can make sense of: never listed.</summary>
    None,

    /// <summary>One of its facts is a version of a disagreement or an update: shown there, never as one source's.</summary>
    Disputed,

    /// <summary>Another independent source states what it says.</summary>
    Stated,

    /// <summary>It states a fact no other independent source does.</summary>
    New,
}

/// <summary>
/// "Reported by one source", decided per fact after alignment. A sentence is listed when it states a fact no other
/// independent source states (a near-copy and its original are one source), in any format: a figure, date or time
/// of it that nothing aligns with and no other source gives about the same thing; or, when it states no figure,
/// its own words (the names it shares with the story aside) found in no passage of another source. A sentence
/// with a fact in a disagreement or an update is never listed. Most salient first: figures weigh most.
/// </summary>
internal static class SingleSourceFinder
{
    // A figure-free sentence adds a fact only with words the other sources never use: "the size of bananas", not
    // "the strike is due to end on Wednesday" in a story every outlet tells as a strike.
    private const int MinNovelWords = 2;

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "both", "this", "these", "those", "his", "her", "its", "their", "that", "we"],
        StringComparer.Ordinal);

    /// <summary>The verdict on every sentence of every source, by (source id, sentence index).</summary>
    public static Dictionary<(int Source, int Sentence), SentenceNews> Judge(
        IReadOnlyList<SourceIndex> sources, FactCorroboration facts, StoryAnalysisOptions options, CancellationToken cancellationToken)
    {
        var verdicts = new Dictionary<(int, int), SentenceNews>();
        foreach (var source in sources.OrderBy(s => s.Id))
        {
            var original = facts.OriginalOf(source.Id);
            var others = sources.Where(o => facts.OriginalOf(o.Id) != original).ToList();
            var copied = sources.FirstOrDefault(o => o.Id == original && o.Id != source.Id);
            for (var i = 0; i < source.Sentences.Count; i++)
            {
                // Each sentence is looked for in every other source: the check sits in this loop.
                cancellationToken.ThrowIfCancellationRequested();
                var sentence = source.Sentences[i];

                // A near-copy's sentence that its original also has is the original's to list.
                var news = copied is not null && copied.BestMatch(OwnWords(sentence)).Score + 0.05 >= options.SupportOverlap
                    ? SentenceNews.None
                    : Judge(source.Id, i, sentence, others, facts, options);
                verdicts[(source.Id, i)] = news;
            }
        }

        return verdicts;
    }

    /// <summary>The sentences judged <see cref="SentenceNews.New"/>, most salient first, at most the options' number.</summary>
    public static IReadOnlyList<Claim> Find(
        IReadOnlyList<SourceIndex> sources, IReadOnlyDictionary<(int Source, int Sentence), SentenceNews> verdicts, FactCorroboration facts, StoryAnalysisOptions options)
    {
        var found = new List<(int Score, int Source, int Start, Claim Claim)>();
        if (sources.Select(s => facts.OriginalOf(s.Id)).Distinct().Count() < 2)
        {
            return []; // a story one outlet tells has nothing to set apart
        }

        foreach (var source in sources)
        {
            var others = sources.Where(o => facts.OriginalOf(o.Id) != facts.OriginalOf(source.Id)).ToList();
            for (var i = 0; i < source.Sentences.Count; i++)
            {
                if (verdicts.GetValueOrDefault((source.Id, i)) != SentenceNews.New)
                {
                    continue;
                }

                var sentence = source.Sentences[i];
                var segment = sentence.Segment;
                var claim = new Claim(segment.Text, [source.Id], [new SourceSpan(source.Id, segment.Start, segment.End)]);
                var newValues = facts.In(source.Id, i).Where(f => facts.IsValue(f) && !facts.IsCorroborated(f));
                found.Add((Salience(segment.Text, newValues, Novel(OwnWords(sentence), others)), source.Id, segment.Start, claim));
            }
        }

        return found.OrderByDescending(f => f.Score).ThenBy(f => f.Source).ThenBy(f => f.Start)
            .Take(options.MaxSingleSourceClaims).Select(f => f.Claim).ToList();
    }

    private static SentenceNews Judge(int sourceId, int index, IndexedSentence sentence, List<SourceIndex> others, FactCorroboration facts, StoryAnalysisOptions options)
    {
        var text = sentence.Segment.Text;
        if (IsHeading(text))
        {
            return SentenceNews.None;
        }

        var stated = facts.In(sourceId, index);
        if (stated.Any(f => facts.IsDisputed(f) || (facts.IsValue(f) && !facts.IsCorroborated(f) && facts.IsContested(f))))
        {
            return SentenceNews.Disputed;
        }

        // A figure, date or time no other source gives is news, even in a sentence full of the story's names.
        var values = stated.Where(facts.IsValue).ToList();
        if (values.Count > 0)
        {
            return values.All(facts.IsCorroborated) ? SentenceNews.Stated : SentenceNews.New;
        }

        if (StartsWithPronoun(text))
        {
            return SentenceNews.None; // out of its article the reader cannot tell who or what it means
        }

        // No figure: news when some of its own words (the names it shares with the story aside) are found in no
        // other source at all, and no passage of another source holds most of its words, with or without names.
        var own = OwnWords(sentence);
        if (Novel(own, others) < MinNovelWords)
        {
            return SentenceNews.Stated;
        }

        return others.Any(o => o.BestMatch(own).Score + 0.05 >= options.SupportOverlap && o.BestMatch(sentence.Content).Score + 0.05 >= options.SupportOverlap)
            ? SentenceNews.Stated
            : SentenceNews.New;
    }

    /// <summary>How many of <paramref name="words"/> no source of <paramref name="others"/> uses anywhere.</summary>
    internal static int Novel(IEnumerable<string> words, IReadOnlyList<SourceIndex> others) =>
        words.Count(w => !others.Any(o => o.Stems.Contains(w)));

    // Content words other than names: "Police searched a lock-up garage by the River Dorr" is news for "searched
    // lock-up garage", not for "Dorr", which every source of the story may name.
    private static HashSet<string> OwnWords(IndexedSentence sentence)
    {
        var tokens = Tokenizer.Facts.Tokenize(sentence.Segment.Text);
        var names = tokens.Skip(1).Where(t => char.IsUpper(t.Text[0])).Select(t => Stemmer.Inflections.Stem(t.Text)).ToHashSet(StringComparer.Ordinal);
        return sentence.Content.Where(w => !names.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsHeading(string text) =>
        Tokenizer.Facts.Tokenize(text).Count < 6 || text.TrimEnd()[^1] is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’');

    // New figures 3 (percentages and money 4), new dates and times 2, names and words no other source uses 1 each
    // up to 3: an uncorroborated statistic heads the list.
    internal static int Salience(string text, IEnumerable<Fact> newValues, int novelWords)
    {
        var score = 1 + newValues.Sum(f => f.Value.Kind switch
        {
            ValueKind.Percent or ValueKind.Money => 4,
            ValueKind.Date or ValueKind.TimeOfDay => 2,
            _ => 3,
        });
        var tokens = Tokenizer.Facts.Tokenize(text);
        var names = tokens.Skip(1).Count(t => char.IsUpper(t.Text[0]) && !Stopwords.IsStopword(Folding.Fold(t.Text)));
        return score + Math.Min(3, names) + Math.Min(3, novelWords);
    }

    // A quotation that opens with a pronoun is the speaker's, named after it: "It is the right move," said Vinter.
    private static bool StartsWithPronoun(string sentence)
    {
        var tokens = Tokenizer.Facts.Tokenize(sentence);
        return tokens.Count > 0 && Pronouns.Contains(Folding.Fold(tokens[0].Text)) && sentence.TrimStart()[0] is not ('"' or '“' or '\'' or '‘');
    }
}
