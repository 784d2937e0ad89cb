using System.Globalization;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Rendering;

/// <summary>What one outlet does with one sentence of the merged brief.</summary>
internal enum CoverageMark
{
    /// <summary>The outlet says nothing verified about it.</summary>
    Silent,

    /// <summary>The outlet is cited for it: the analysis and the grounding check verified it says it.</summary>
    Reports,

    /// <summary>Cited, but the outlet is a near-copy of another one in the grid, so it adds no independent support.</summary>
    ReportsAsCopy,

    /// <summary>Not cited, and on another side of a disagreement about a fact the sentence states.</summary>
    OtherVersion,
}

/// <summary>Which part of the merged brief a row comes from.</summary>
internal enum CoverageSection
{
    Summary,
    KeyPoint,
}

/// <param name="SourceId">The source the column stands for.</param>
/// <param name="Outlet">Its outlet's name, when known.</param>
/// <param name="CopyOf">The source it is a near-copy of, when it is one.</param>
internal sealed record CoverageColumn(int SourceId, string? Outlet, int? CopyOf);

/// <param name="Mark">What the outlet does with the sentence.</param>
/// <param name="OtherVersions">For <see cref="CoverageMark.OtherVersion"/>: what the outlet says instead ("25 million euros",
/// "earlier 9"); empty otherwise.</param>
internal sealed record CoverageCell(int SourceId, CoverageMark Mark, IReadOnlyList<string> OtherVersions);

/// <param name="Index">Position of the claim in its section (0-based), as in <c>brief.json</c>.</param>
internal sealed record CoverageRow(CoverageSection Section, int Index, string Text, IReadOnlyList<CoverageCell> Cells);

/// <summary>
/// Who reports what: one row per summary sentence and key point, one column per source. Built from what the brief
/// already carries, so the three renderings agree: citations (verified) give the "reports" marks, the sides of "Where
/// sources differ" give "another version" where a side's value lies inside the sentence (its span in a cited source
/// overlaps the sentence's span there, or the sentence holds the side's text word for word).
/// </summary>
internal sealed record CoverageGrid(IReadOnlyList<CoverageColumn> Columns, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>The grid of a brief, or null when there is nothing to compare: fewer than two sources or no traced claim.</summary>
    public static CoverageGrid? From(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (brief.Merged is not { } merged || brief.Sources.Count < 2)
        {
            return null;
        }

        var ids = brief.Sources.Select(s => s.Article.Id).ToHashSet();
        var columns = brief.Sources
            .Select(s => new CoverageColumn(s.Article.Id, s.Article.Metadata.Outlet, s.CopyOf is int o && ids.Contains(o) ? o : null))
            .ToList();
        var rows = merged.SummaryClaims.Select((c, i) => Row(CoverageSection.Summary, i, c, columns, merged.Disagreements))
            .Concat(merged.KeyPoints.Select((c, i) => Row(CoverageSection.KeyPoint, i, c, columns, merged.Disagreements)))
            .ToList();
        return rows.Count == 0 ? null : new CoverageGrid(columns, rows);
    }

    /// <summary>Distinct outlets among a story's sources; a source with no outlet name counts as one of its own.</summary>
    public static int Outlets(Brief story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Sources.Select(s => s.Article.Metadata.Outlet?.Trim().ToUpperInvariant() ?? "\0" + s.Article.Id.ToString(CultureInfo.InvariantCulture))
            .Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>Facts the story's sources give irreconcilably (updates, a later figure replacing an earlier, are not counted).</summary>
    public static int Conflicts(Brief story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Merged?.Disagreements.Count(d => d.Kind == DisagreementKind.Conflict) ?? 0;
    }

    /// <summary>The legend every rendering prints, glyph first; a silent outlet's cell is left empty.</summary>
    public static readonly IReadOnlyList<(string Glyph, string Meaning)> Legend =
    [
        (Glyph(CoverageMark.Reports), "reports it"),
        (Glyph(CoverageMark.ReportsAsCopy), "reports it as a near-copy of another outlet here (counted once)"),
        (Glyph(CoverageMark.OtherVersion), "gives another version (see “Where sources differ”)"),
    ];

    /// <summary>Distinct shapes, so the marks read without colour, in print and in forced-colours mode.</summary>
    public static string Glyph(CoverageMark mark) => mark switch
    {
        CoverageMark.Reports => "●",
        CoverageMark.ReportsAsCopy => "○",
        CoverageMark.OtherVersion => "≠",
        _ => string.Empty,
    };

    /// <summary>The cell in words, for screen readers and hover text.</summary>
    public static string Describe(CoverageCell cell, CoverageColumn column) => cell.Mark switch
    {
        CoverageMark.Reports => "reports it",
        CoverageMark.ReportsAsCopy => $"reports it, near-copy of [{column.CopyOf}]",
        CoverageMark.OtherVersion => "another version: " + string.Join("; ", cell.OtherVersions),
        _ => "silent",
    };

    /// <summary>The value written for a mark in <c>brief.json</c>.</summary>
    public static string Name(CoverageMark mark) => mark switch
    {
        CoverageMark.Reports => "reports",
        CoverageMark.ReportsAsCopy => "reports-copy",
        CoverageMark.OtherVersion => "other-version",
        _ => "silent",
    };

    internal static CoverageRow Row(CoverageSection section, int index, Claim claim, IReadOnlyList<CoverageColumn> columns, IReadOnlyList<Disagreement> disagreements)
    {
        var cited = claim.Sources.ToHashSet();
        var others = OtherVersions(claim, disagreements);
        var cells = columns.Select(col =>
            cited.Contains(col.SourceId) ? new CoverageCell(col.SourceId, col.CopyOf is null ? CoverageMark.Reports : CoverageMark.ReportsAsCopy, [])
            : others.TryGetValue(col.SourceId, out var versions) ? new CoverageCell(col.SourceId, CoverageMark.OtherVersion, versions)
            : new CoverageCell(col.SourceId, CoverageMark.Silent, []));
        return new CoverageRow(section, index, claim.Text, [.. cells]);
    }

    // Source id -> the versions it gives of a fact this claim states, for every disagreement the claim takes a side in.
    private static Dictionary<int, IReadOnlyList<string>> OtherVersions(Claim claim, IReadOnlyList<Disagreement> disagreements)
    {
        var found = new Dictionary<int, List<string>>();
        foreach (var d in disagreements)
        {
            var sides = Enumerable.Range(0, d.Claims.Count).Where(i => States(claim, d.Claims[i])).ToHashSet();
            if (sides.Count == 0 || sides.Count == d.Claims.Count)
            {
                continue; // the claim is not about this fact, or states every version of it and so takes no side
            }

            // An outlet that also gives the claim's own version is not one that says otherwise.
            var sameSide = sides.SelectMany(i => d.Claims[i].Sources).ToHashSet();
            for (var i = 0; i < d.Claims.Count; i++)
            {
                if (sides.Contains(i))
                {
                    continue;
                }

                var version = Version(d, i);
                foreach (var source in d.Claims[i].Sources.Where(s => !sameSide.Contains(s)))
                {
                    (found.TryGetValue(source, out var list) ? list : found[source] = []).Add(version);
                }
            }
        }

        return found.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value.Distinct(StringComparer.Ordinal)]);
    }

    private static string Version(Disagreement d, int side) =>
        d.Kind != DisagreementKind.Update ? d.Claims[side].Text
        : side == d.Claims.Count - 1 ? "later " + d.Claims[side].Text
        : "earlier " + d.Claims[side].Text;

    /// <summary>Whether the claim states this side's value: their spans meet in one source, or the claim holds the side's words.</summary>
    internal static bool States(Claim claim, Claim side)
    {
        var spans = claim.Spans ?? [];
        var sideSpans = side.Spans ?? [];
        if (spans.Any(a => sideSpans.Any(b => a.SourceId == b.SourceId && a.Start < b.End && b.Start < a.End)))
        {
            return true;
        }

        return ContainsWords(Fold(claim.Text), Fold(side.Text));
    }

    // Whole words only: "12" is not inside "120", "Vos" not inside "Vosper".
    private static bool ContainsWords(string text, string words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // Case, combining accents, curly apostrophes and runs of spaces do not make two wordings differ.
    private static string Fold(string text) => string.Join(' ', Folding.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The start of a sentence, cut at a word boundary, for a row label; the full sentence is shown above the grid.</summary>
    public static string Label(string text, int max = 60)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', max);
        if (cut <= max / 2)
        {
            cut = char.IsHighSurrogate(line[max - 1]) ? max - 1 : max; // never split a surrogate pair
        }

        return line[..cut].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
