using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Small helpers to read facts from hand-written sentences and stories.</summary>
internal static class FactTestKit
{
    private static readonly DateOnly DefaultAnchor = new(2026, 3, 8); // a Sunday

    public static List<Fact> Read(string sentence, DateOnly? anchor = null) =>
        FactExtractor.FromSentence(1, 0, new TextSegment(sentence, 0, sentence.Length), anchor ?? DefaultAnchor);

    /// <summary>The one figure, date or time of <paramref name="sentence"/>.</summary>
    public static Fact Value(string sentence, DateOnly? anchor = null) =>
        Assert.Single(Read(sentence, anchor), f => f.Value.Kind is not (ValueKind.Person or ValueKind.Place));

    /// <summary>The one place <paramref name="sentence"/> reads.</summary>
    public static Fact OnePlace(string sentence) => Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    public static CleanedArticle Article(int id, string text, DateTimeOffset? published = null) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = published }, text, 0, CleaningReport.Empty);

    /// <summary>A story written as one text per source, numbered 1..n, indexed as the finders read it.</summary>
    public static List<SourceIndex> Sources(params string[] texts) => [.. texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t)))];

    /// <summary>The text of <paramref name="sentence"/> from token <paramref name="first"/> to token <paramref name="last"/>.</summary>
    public static string Span(string sentence, Words words, int first, int last) => sentence[words.Tokens[first].Start..words.Tokens[last].End];

    /// <summary>
    /// The first date whose text holds <paramref name="day"/>, read from <paramref name="text"/> as source
    /// <paramref name="source"/>'s article published at <paramref name="published"/> (its report day dates it).
    /// </summary>
    public static Fact DateIn(int source, string text, string day, DateTimeOffset published) =>
        FactExtractor.Extract(Article(source, text, published)).Facts
            .First(f => f.Value.Kind == ValueKind.Date && f.Text.Contains(day, StringComparison.Ordinal));

    /// <summary>Aligns a story written as one text per source, published a day apart in order.</summary>
    public static IReadOnlyList<AlignedGroup> Align(params string[] texts)
    {
        var start = new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);
        var sources = texts.Select((t, i) => FactExtractor.Extract(Article(i + 1, t, start.AddDays(i)))).ToList();
        return FactAligner.Align(sources);
    }

    /// <summary>
    /// The place conflicts the whole disagreement finder (alignment, then the settings it left apart) reads from a story
    /// written as one text per source.
    /// </summary>
    public static List<AlignedGroup> PlaceConflicts(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return groups.Where(g => g.Label == AlignmentLabel.Disagree && g.Facts.First().Value.Kind == ValueKind.Place).ToList();
    }

    /// <summary>The one aligned group of counts of a story written as one text per source.</summary>
    public static AlignedGroup CountGroup(params string[] texts) =>
        Assert.Single(Align(texts), g => g.Facts.All(f => f.Value.Kind == ValueKind.Count));

    public static string Describe(AlignedGroup group) =>
        $"{group.Label}: " + string.Join(" | ", group.Versions.Select(v => (v.Later ? "later " : "") + string.Join(",", v.Sources)));
}
