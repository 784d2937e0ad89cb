using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>Renders <c>brief.json</c>, the machine-readable contract described in DESIGN.md.</summary>
public sealed class JsonBriefRenderer : IBriefRenderer
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps ’ and “ readable; the file is not embedded in HTML
    };

    public string Format => "json";

    public string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return JsonSerializer.Serialize(BriefJson.From(brief), SerializerOptions) + "\n";
    }

    /// <summary>Shared with <see cref="JsonDailyBriefRenderer"/> so both files read the same way.</summary>
    internal static string Serialize<T>(T value) => JsonSerializer.Serialize(value, SerializerOptions) + "\n";
}

// The wire shape, kept apart from the domain records so the contract changes only on purpose.
internal sealed record BriefJson(
    string GeneratedAt,
    string Provider,
    string? Model,
    IReadOnlyList<SourceJson> Sources,
    MergedJson? Merged,
    ChecksJson Checks,
    UsageReport Usage,
    IReadOnlyList<Failure> Failures)
{
    public static BriefJson From(Brief brief)
    {
        var story = StoryJson.From(brief);
        return new(Timestamp(brief.GeneratedAt), brief.Provider, brief.Model, story.Sources, story.Merged, story.Checks, brief.Usage, brief.Failures);
    }

    internal static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The per-story part of a brief: the whole of <c>brief.json</c> for one story, one entry of <c>stories</c> for a day.</summary>
internal sealed record StoryJson(
    IReadOnlyList<SourceJson> Sources,
    MergedJson? Merged,
    ChecksJson Checks,
    IReadOnlyList<Failure> Failures,
    IReadOnlyList<int> SeenBefore)
{
    public static StoryJson From(Brief brief) => new(
        [.. brief.Sources.Select(SourceJson.From)],
        brief.Merged is { } m ? MergedJson.From(m, brief) : null,
        new ChecksJson(brief.Checks.Ungrounded),
        brief.Failures,
        brief.SeenBefore);
}

internal sealed record DailyBriefJson(
    string GeneratedAt,
    string Date,
    string Provider,
    string? Model,
    string? PreviousBrief,
    IReadOnlyList<StoryJson> Stories,
    UsageReport Usage,
    IReadOnlyList<Failure> Failures)
{
    public static DailyBriefJson From(DailyBrief brief) => new(
        BriefJson.Timestamp(brief.GeneratedAt),
        brief.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        brief.Provider,
        brief.Model,
        brief.PreviousDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [.. brief.Stories.Select(StoryJson.From)],
        brief.Usage,
        brief.Failures);
}

internal sealed record SourceJson(
    int Id,
    string? Title,
    string? Outlet,
    string? Path,
    string? Url,
    DateTimeOffset? PublishedAt,
    string? Author,
    string? Language,
    int Words,
    int CleanedWords,
    int? CopyOf,
    string? Summary,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyDictionary<string, int> RemovedCharacters)
{
    public static SourceJson From(BriefSource source)
    {
        var a = source.Article;
        return new SourceJson(
            a.Id,
            a.Title,
            a.Metadata.Outlet,
            a.FilePath,
            a.WebUrl,
            a.Metadata.PublishedAt,
            a.Metadata.Author,
            a.Metadata.Language,
            a.RawWords,
            a.CleanedWords,
            source.CopyOf,
            source.Summary?.Summary,
            source.Summary?.KeyPoints ?? [],
            a.Report.CharactersByRule);
    }
}

internal sealed record ClaimJson(string Text, IReadOnlyList<int> Sources, int ReportedBy, IReadOnlyList<SourceSpan>? Spans)
{
    public static ClaimJson From(Claim claim, Brief brief) =>
        new(claim.Text, claim.Sources, brief.IndependentSupport(claim.Sources), claim.Spans);
}

/// <param name="Kind">"conflict", or "update" when a later source changed the value (claims run earlier to later).</param>
internal sealed record DisagreementJson(string Topic, string Kind, IReadOnlyList<ClaimJson> Claims);

internal sealed record MergedJson(
    string Headline,
    string Summary,
    int IndependentSources,
    IReadOnlyList<ClaimJson> SummaryClaims,
    IReadOnlyList<ClaimJson> KeyPoints,
    IReadOnlyList<DisagreementJson> Disagreements,
    IReadOnlyList<ClaimJson> SingleSource,
    CoverageJson? Coverage)
{
    public static MergedJson From(MergedSummary merged, Brief brief) => new(
        merged.Headline,
        merged.Summary,
        brief.IndependentSources(),
        [.. merged.SummaryClaims.Select(c => ClaimJson.From(c, brief))],
        [.. merged.KeyPoints.Select(c => ClaimJson.From(c, brief))],
        [.. merged.Disagreements.Select(d => new DisagreementJson(d.Topic, d.Kind == DisagreementKind.Update ? "update" : "conflict", [.. d.Claims.Select(c => ClaimJson.From(c, brief))]))],
        [.. merged.SingleSource.Select(c => ClaimJson.From(c, brief))],
        CoverageGrid.From(brief) is { } grid ? CoverageJson.From(grid) : null);
}

/// <summary>The coverage grid: <c>marks[i]</c> is what source <c>sources[i]</c> does with the row's claim.</summary>
internal sealed record CoverageJson(IReadOnlyList<int> Sources, IReadOnlyList<CoverageRowJson> Rows)
{
    public static CoverageJson From(CoverageGrid grid) => new(
        [.. grid.Columns.Select(c => c.SourceId)],
        [.. grid.Rows.Select(r => new CoverageRowJson(
            r.Section == CoverageSection.Summary ? "summary" : "keyPoints",
            r.Index,
            [.. r.Cells.Select(c => CoverageGrid.Name(c.Mark))],
            [.. r.Cells.Where(c => c.Mark == CoverageMark.OtherVersion).Select(c => new OtherVersionJson(c.SourceId, c.OtherVersions))]))]);
}

/// <param name="Section">"summary" (a row of <c>summaryClaims</c>) or "keyPoints".</param>
/// <param name="Index">The claim's position in that list.</param>
internal sealed record CoverageRowJson(string Section, int Index, IReadOnlyList<string> Marks, IReadOnlyList<OtherVersionJson> OtherVersions);

/// <param name="Versions">What the source says instead, as "Where sources differ" words it ("earlier"/"later" for an update).</param>
internal sealed record OtherVersionJson(int Source, IReadOnlyList<string> Versions);

internal sealed record ChecksJson(IReadOnlyList<UngroundedToken> Ungrounded);
