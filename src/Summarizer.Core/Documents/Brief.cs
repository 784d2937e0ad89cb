namespace Summarizer.Documents;

/// <summary>One source as listed in the brief.</summary>
public sealed record BriefSource(CleanedArticle Article, SourceSummary? Summary, int? CopyOf);

/// <summary>The finished product of one run over one story.</summary>
public sealed record Brief(
    DateTimeOffset GeneratedAt,
    string Provider,
    string? Model,
    IReadOnlyList<BriefSource> Sources,
    MergedSummary? Merged,
    CheckReport Checks,
    UsageReport Usage,
    IReadOnlyList<Failure> Failures)
{
    /// <summary>
    /// Ids of this story's sources that the previous daily brief already listed (see
    /// <see cref="DailyBrief.PreviousDate"/>); empty for a new story and outside daily briefs.
    /// </summary>
    public IReadOnlyList<int> SeenBefore { get; init; } = [];
}

/// <summary>Corroboration arithmetic shared by every renderer: copies of one article count once.</summary>
internal static class BriefAgreement
{
    /// <summary>Sources that are not a copy of another: the "n" of "k of n".</summary>
    public static int IndependentSources(this Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.Sources.Count(s => s.CopyOf is null);
    }

    /// <summary>Distinct originals among <paramref name="sourceIds"/>: the "k" of "k of n".</summary>
    public static int IndependentSupport(this Brief brief, IEnumerable<int> sourceIds)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(sourceIds);
        var copyOf = brief.Sources.ToDictionary(s => s.Article.Id, s => s.CopyOf);
        return sourceIds.Select(id => Root(id, copyOf)).Distinct().Count();
    }

    private static int Root(int id, Dictionary<int, int?> copyOf)
    {
        // Bounded walk: a malformed cycle must not hang rendering.
        for (var hops = 0; hops < copyOf.Count && copyOf.TryGetValue(id, out var original) && original is int next; hops++)
        {
            id = next;
        }

        return id;
    }
}

/// <summary>A day's brief: one single-story brief per story, most widely covered first.</summary>
/// <param name="GeneratedAt">When the run assembled it.</param>
/// <param name="Date">The day it is for, in the schedule's time zone.</param>
/// <param name="Stories">One brief per story; each has the sources, merge and checks of that story only.</param>
/// <param name="Usage">Model usage of the whole run.</param>
/// <param name="Failures">Feeds, pages or stories that could not be used.</param>
public sealed record DailyBrief(
    DateTimeOffset GeneratedAt,
    DateOnly Date,
    string Provider,
    string? Model,
    IReadOnlyList<Brief> Stories,
    UsageReport Usage,
    IReadOnlyList<Failure> Failures)
{
    /// <summary>
    /// The date of the latest earlier brief in the same output folder, when there is one: what a story's
    /// <see cref="Brief.SeenBefore"/> is measured against. Null when there is nothing to compare with.
    /// </summary>
    public DateOnly? PreviousDate { get; init; }
}
