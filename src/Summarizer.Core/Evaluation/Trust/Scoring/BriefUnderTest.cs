using System.Text.Json;
using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>Where in the brief an item stands.</summary>
internal enum BriefSection
{
    Summary,
    KeyPoint,
    Disagreement,
    SingleSource,
}

/// <summary>One cited statement of the merged brief, its citations mapped to article files.</summary>
internal sealed record BriefItem(BriefSection Section, TrustText Text, IReadOnlySet<string> Cited);

/// <summary>One "where sources differ" entry: each side a cited item. <paramref name="Kind"/> is brief.json's optional `kind`.</summary>
internal sealed record BriefDisagreement(string Topic, string? Kind, IReadOnlyList<BriefItem> Sides);

/// <summary>
/// The part of a brief.json the trust evaluation scores, read from the JSON the user gets (not from the
/// pipeline's objects): the merged section's summary claims, key points, disagreements and single-source
/// items, and the sources' near-copy flags. Source ids become file names through the brief's own source
/// list; a citation of an id the list lacks becomes a file no key entry names, so it always counts as wrong.
/// </summary>
internal sealed record BriefUnderTest(IReadOnlyList<BriefItem> Items, IReadOnlyList<BriefDisagreement> Disagreements, IReadOnlyList<NearCopy> CopyPairs)
{
    public IEnumerable<BriefItem> SingleSource => Items.Where(i => i.Section == BriefSection.SingleSource);

    public static BriefUnderTest Parse(string json, IReadOnlyCollection<string> articleFiles, string origin)
    {
        ArgumentNullException.ThrowIfNull(articleFiles);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var files = new Dictionary<int, string>();
        var copyOf = new Dictionary<int, int>();
        foreach (var source in Array(root, "sources"))
        {
            var id = source.GetProperty("id").GetInt32();
            var path = (String(source, "path") ?? string.Empty).Replace('\\', '/');
            files[id] = articleFiles.FirstOrDefault(f => path == f || path.EndsWith("/" + f, StringComparison.Ordinal))
                ?? throw new TrustKeyException($"{origin}: brief source {id} ({path}) is not one of the case's articles.");
            if (source.TryGetProperty("copyOf", out var original) && original.ValueKind == JsonValueKind.Number)
            {
                copyOf[id] = original.GetInt32();
            }
        }

        var merged = root.TryGetProperty("merged", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var items = new List<BriefItem>();
        items.AddRange(Array(merged, "summaryClaims").Select(e => Item(e, BriefSection.Summary, files)));
        items.AddRange(Array(merged, "keyPoints").Select(e => Item(e, BriefSection.KeyPoint, files)));
        var disagreements = Array(merged, "disagreements")
            .Select(d => new BriefDisagreement(
                String(d, "topic") ?? string.Empty,
                String(d, "kind"),
                [.. Array(d, "claims").Select(c => Item(c, BriefSection.Disagreement, files))]))
            .ToList();
        items.AddRange(disagreements.SelectMany(d => d.Sides));
        items.AddRange(Array(merged, "singleSource").Select(e => Item(e, BriefSection.SingleSource, files)));
        var pairs = copyOf.Select(p => new NearCopy(FileOf(p.Key, files), FileOf(p.Value, files))).ToList();
        return new BriefUnderTest(items, disagreements, pairs);
    }

    private static BriefItem Item(JsonElement element, BriefSection section, Dictionary<int, string> files) =>
        new(section,
            new TrustText(String(element, "text") ?? string.Empty),
            Array(element, "sources").Select(s => FileOf(s.GetInt32(), files)).ToHashSet(StringComparer.Ordinal));

    private static string FileOf(int id, Dictionary<int, string> files) => files.TryGetValue(id, out var file) ? file : $"[{id}]";

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : [];

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
