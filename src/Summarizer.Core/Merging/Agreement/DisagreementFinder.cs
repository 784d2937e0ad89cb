using System.Globalization;
using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Figures and dates that sources state differently about the same thing. Facts align when they share a unit
/// (synonyms count: nations/countries) and context words near them; a cluster with two conflicting values from
/// different sources is a disagreement. Format variants ("75%"/"75 percent", "three"/"3") are the same value.
/// </summary>
internal static class DisagreementFinder
{
    private const int Window = 6;

    private sealed record Fact(int Source, string Kind, string Value, string Phrase, int Start, int End, HashSet<string> Context, DateFact? Date, string UnitWord)
    {
        public Dictionary<string, string> Surface { get; init; } = [];
    }

    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<SourceIndex> sources, CancellationToken cancellationToken)
    {
        var facts = sources.OrderBy(s => s.Id).SelectMany(Collect).ToList();
        var parent = Enumerable.Range(0, facts.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (var a = 0; a < facts.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var b = a + 1; b < facts.Count; b++)
            {
                if (facts[a].Source != facts[b].Source && facts[a].Kind == facts[b].Kind
                    && facts[a].Context.Count(facts[b].Context.Contains) >= MinShared(facts[a].Kind))
                {
                    parent[Root(b)] = Root(a);
                }
            }
        }

        var result = new List<(int Source, int Start, Disagreement Item)>();
        foreach (var cluster in Enumerable.Range(0, facts.Count).GroupBy(Root).Select(g => g.Select(i => facts[i]).ToList()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var buckets = Buckets(cluster);
            // A value whose every source also states another value of the cluster somewhere in its text
            // ("90% agreed ... the remaining 10%", "45 aboard ... three died") is a second figure of theirs,
            // not a conflict between sources.
            buckets = buckets.Where(b => b.Select(f => f.Source).Distinct().Any(s =>
                !buckets.Any(o => !ReferenceEquals(o, b) && facts.Any(f => f.Source == s && f.Kind == o[0].Kind && !Conflict(f, o[0]))))).ToList();
            if (buckets.Count < 2)
            {
                continue;
            }

            var claims = buckets.Select(ToClaim).OrderBy(c => c.Sources[0]).ThenBy(c => c.Text, StringComparer.Ordinal).ToList();
            var first = cluster.OrderBy(f => f.Source).ThenBy(f => f.Start).First();
            result.Add((first.Source, first.Start, new Disagreement(Topic(cluster), claims)));
        }

        result.AddRange(ParticipantFinder.Find(sources, minVariantLength: 6));
        return result.OrderBy(r => r.Source).ThenBy(r => r.Start).Select(r => r.Item).ToList();
    }

    private static int MinShared(string kind) => kind.StartsWith("count:", StringComparison.Ordinal) ? 1 : 2;

    // Values most sources give come first; a value that does not conflict with a bucket joins it
    // ("March 14" and "March 14, 2026").
    private static List<List<Fact>> Buckets(List<Fact> cluster)
    {
        var byValue = cluster.GroupBy(f => f.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(f => f.Source).Distinct().Count())
            .ThenBy(g => g.Min(f => f.Source))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        var buckets = new List<List<Fact>>();
        foreach (var group in byValue)
        {
            var home = buckets.FirstOrDefault(b => !Conflict(b[0], group.First()));
            if (home is null)
            {
                buckets.Add([.. group]);
            }
            else
            {
                home.AddRange(group);
            }
        }

        return buckets;
    }

    private static bool Conflict(Fact a, Fact b) =>
        a.Date is not null && b.Date is not null ? a.Date.ConflictsWith(b.Date) : a.Value != b.Value;

    private static Claim ToClaim(List<Fact> bucket)
    {
        var ordered = bucket.OrderBy(f => f.Source).ThenBy(f => f.Start).ToList();
        var sources = ordered.Select(f => f.Source).Distinct().Order().ToList();
        var spans = ordered.GroupBy(f => f.Source).Select(g => g.First()).Select(f => new SourceSpan(f.Source, f.Start, f.End)).ToList();
        return new Claim(ordered[0].Phrase, sources, spans);
    }

    private static string Topic(List<Fact> cluster)
    {
        var first = cluster.OrderBy(f => f.Source).ThenBy(f => f.Start).First();
        // The context word most facts share, an ordinary word before a name ("capsized" before "Lake").
        var shared = cluster.SelectMany(f => f.Context).GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => cluster.Any(f => f.Surface.TryGetValue(g.Key, out var w) && char.IsUpper(w[0])) ? 1 : 0)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => cluster.Select(f => f.Surface.GetValueOrDefault(g.Key)).First(w => w is not null)).FirstOrDefault();
        var about = shared is null ? "" : $" ({shared})";
        return first.Kind switch
        {
            "date" => "date" + about,
            "percent" => "percentage" + about,
            var k when k.StartsWith("money:", StringComparison.Ordinal) => "amount" + about,
            _ => $"number of {first.UnitWord}", // the unit says what is counted
        };
    }

    private static IEnumerable<Fact> Collect(SourceIndex source)
    {
        foreach (var sentence in source.Sentences)
        {
            var text = sentence.Segment.Text;
            var offset = sentence.Segment.Start;
            var tokens = Tokenizer.Facts.Tokenize(text);
            var (numbers, dates) = (sentence.Numbers, sentence.Dates);
            foreach (var n in numbers.Where(n => n.Unit.Length > 0))
            {
                var kind = n.Kind switch
                {
                    NumberKind.Percent => "percent",
                    NumberKind.Money => "money:" + n.Unit,
                    _ => "count:" + n.Unit,
                };
                var unitWord = Tokenizer.Facts.Tokenize(n.Phrase).Last().Text;
                yield return new Fact(source.Id, kind, n.Value.ToString("R", CultureInfo.InvariantCulture), n.Phrase,
                    offset + n.Start, offset + n.End, Context(tokens, n.Start, n.End, n.Unit), null, unitWord) { Surface = Surface(tokens) };
            }

            foreach (var d in dates.Where(d => d.Month is not null || d.Weekday is not null))
            {
                yield return new Fact(source.Id, "date", d.Key, d.Phrase, offset + d.Start, offset + d.End,
                    Context(tokens, d.Start, d.End, ""), d, "date") { Surface = Surface(tokens) };
            }
        }
    }

    private static Dictionary<string, string> Surface(List<Token> tokens)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            map.TryAdd(Stemmer.Inflections.Stem(t.Text), t.Text);
        }

        return map;
    }

    // Content words within a few tokens of the fact, not counting the fact's own words.
    private static HashSet<string> Context(List<Token> tokens, int start, int end, string unit)
    {
        var first = tokens.FindIndex(t => t.End > start);
        var last = tokens.FindLastIndex(t => t.Start < end);
        var context = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, first - Window); i < Math.Min(tokens.Count, last + 1 + Window); i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }

            var folded = Folding.Fold(tokens[i].Text);
            var stem = Stemmer.Inflections.Stem(tokens[i].Text);
            if (folded.Length > 1 && !Stopwords.IsStopword(folded) && !char.IsDigit(folded[0]) && stem != unit)
            {
                context.Add(stem);
            }
        }

        return context;
    }
}
