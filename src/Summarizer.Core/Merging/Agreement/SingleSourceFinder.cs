using System.Collections.Frozen;
using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

using Facts = Summarizer.Checking.Facts; // not the Summarizer.Facts namespace

/// <summary>
/// Salient sentences (a figure, a date or a name in them; not headings; not opening with a pronoun that only the
/// article around them resolves, unless they state a figure, which is worth flagging anyway) that no other
/// original source reports: none of their typed facts aligns with another independent source's or is disputed,
/// most salient first: figures weigh most, so an uncorroborated statistic heads the list.
/// </summary>
internal static class SingleSourceFinder
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "both", "this", "these", "those", "his", "her", "its", "their", "that", "we"],
        StringComparer.Ordinal);

    public static IReadOnlyList<Claim> Find(
        IReadOnlyList<SourceIndex> sources,
        IReadOnlyDictionary<int, int> copyOf,
        IReadOnlyList<Disagreement> disagreements,
        IReadOnlySet<(int Source, int Sentence)> sharedFacts,
        StoryAnalysisOptions options,
        CancellationToken cancellationToken)
    {
        var originals = sources.Where(s => !copyOf.ContainsKey(s.Id)).OrderBy(s => s.Id).ToList();
        var disputed = disagreements.SelectMany(d => d.Claims).SelectMany(c => c.Spans ?? []).ToList();
        var found = new List<(int Score, int Source, int Start, Claim Claim)>();
        foreach (var source in originals)
        {
            foreach (var (sentence, index) in source.Sentences.Select((s, i) => (s, i)))
            {
                // Each sentence is looked for in every other source: the check sits in this outer loop.
                cancellationToken.ThrowIfCancellationRequested();
                var segment = sentence.Segment;
                var score = Salience(segment.Text);
                if (score == 0 || sharedFacts.Contains((source.Id, index)) || IsHeading(segment.Text) || (StartsWithPronoun(segment.Text) && !StatesFigure(segment.Text))
                    || disputed.Any(d => d.SourceId == source.Id && d.Start >= segment.Start && d.Start < segment.End))
                {
                    continue;
                }

                var others = originals.Where(o => o.Id != source.Id).ToList();
                if (SupportFinder.Find(segment.Text, others, options.SupportOverlap).Count > 0 || FiguresCorroborated(segment.Text, others))
                {
                    continue;
                }

                var claim = new Claim(segment.Text, [source.Id], [new SourceSpan(source.Id, segment.Start, segment.End)]);
                found.Add((score, source.Id, segment.Start, claim));
            }
        }

        return found.OrderByDescending(f => f.Score).ThenBy(f => f.Source).ThenBy(f => f.Start)
            .Take(options.MaxSingleSourceClaims).Select(f => f.Claim).ToList();
    }

    // A sentence that combines figures other sources each report ("27 years" here, "$50,000" there) adds no
    // uncorroborated fact, even though no single sentence elsewhere says it all.
    private static bool FiguresCorroborated(string text, List<SourceIndex> others)
    {
        var (numbers, dates) = Facts.Extract(text);
        if (numbers.Count + dates.Count == 0)
        {
            return false;
        }

        return numbers.All(n => others.Any(o => o.Numbers.Any(x => TokenChecks.Matches(n, x) && (n.Kind != NumberKind.Count || x.Unit == n.Unit))))
            && dates.All(d => others.Any(o => o.Dates.Any(x => x.Key == d.Key)));
    }

    private static bool StatesFigure(string text) => Facts.Extract(text).Numbers.Count > 0;

    private static bool IsHeading(string text) =>
        Tokenizer.Facts.Tokenize(text).Count < 6 || text.TrimEnd()[^1] is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’');

    // Figures 3 (percentages and money 4), dated events 2, names 1 each up to 3.
    internal static int Salience(string text)
    {
        var (numbers, dates) = Facts.Extract(text);
        var score = numbers.Sum(n => n.Kind == NumberKind.Count ? 3 : 4) + dates.Count(d => d.Month is not null) * 2;
        var tokens = Tokenizer.Facts.Tokenize(text);
        var names = tokens.Skip(1).Count(t => char.IsUpper(t.Text[0]) && !Stopwords.IsStopword(Folding.Fold(t.Text)));
        return score + Math.Min(3, names);
    }

    // A sentence that opens with a pronoun: out of its article the reader cannot tell who or what it means.
    private static bool StartsWithPronoun(string sentence)
    {
        var tokens = Tokenizer.Facts.Tokenize(sentence);
        return tokens.Count > 0 && Pronouns.Contains(Folding.Fold(tokens[0].Text));
    }
}
