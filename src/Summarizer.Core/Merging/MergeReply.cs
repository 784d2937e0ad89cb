using System.Text.Json;
using Summarizer.Chat;
using Summarizer.Documents;

namespace Summarizer.Merging;

/// <summary>
/// Validates the merge reply: <c>{"headline","summary","keyPoints":[{"text","sources"}],
/// "disagreements":[{"topic","claims":[...]}],"singleSource":[...]}</c>. A wrong shape makes the
/// reply unusable; claims with empty text or no known source are dropped, and reported as flaws so
/// the model gets one chance to fix them.
/// </summary>
internal static class MergeReply
{
    public static Checked<MergedSummary> Validate(JsonElement root, IReadOnlySet<int> knownIds)
    {
        if (Text(root, "headline") is not { } headline)
        {
            return Checked<MergedSummary>.Fail("\"headline\" must be a non-empty string");
        }

        if (Text(root, "summary") is not { } summary)
        {
            return Checked<MergedSummary>.Fail("\"summary\" must be a non-empty string");
        }

        var flaws = new List<string>();
        var keyPoints = Claims(root, "keyPoints", knownIds, flaws);
        var singleSource = Claims(root, "singleSource", knownIds, flaws);
        var disagreements = new List<Disagreement>();
        if (Array(root, "disagreements", flaws) is { } items)
        {
            foreach (var item in items)
            {
                var topic = item.ValueKind == JsonValueKind.Object ? Text(item, "topic") : null;
                var claims = item.ValueKind == JsonValueKind.Object ? Claims(item, "claims", knownIds, flaws) : [];
                if (topic is null || claims.Count < 2)
                {
                    flaws.Add("a disagreement needs a \"topic\" and at least two valid \"claims\"");
                    continue;
                }

                disagreements.Add(new Disagreement(topic, claims));
            }
        }

        var merged = new MergedSummary(headline, summary, keyPoints, disagreements, singleSource);
        return flaws.Count == 0
            ? Checked<MergedSummary>.Ok(merged)
            : Checked<MergedSummary>.Flawed(merged, string.Join("; ", flaws.Distinct(StringComparer.Ordinal)));
    }

    private static List<Claim> Claims(JsonElement parent, string name, IReadOnlySet<int> knownIds, List<string> flaws)
    {
        var claims = new List<Claim>();
        foreach (var item in Array(parent, name, flaws) ?? [])
        {
            var text = item.ValueKind == JsonValueKind.Object ? Text(item, "text") : null;
            if (text is null)
            {
                flaws.Add($"every item of \"{name}\" needs a non-empty \"text\"");
                continue;
            }

            var ids = new SortedSet<int>();
            if (item.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array)
            {
                foreach (var id in sources.EnumerateArray())
                {
                    if (id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var value) && knownIds.Contains(value))
                    {
                        ids.Add(value);
                    }
                    else
                    {
                        flaws.Add($"\"{name}\" cites {id.GetRawText()}, which is not one of the source ids {string.Join(", ", knownIds.Order())}");
                    }
                }
            }

            if (ids.Count == 0)
            {
                flaws.Add($"\"{name}\" item \"{text}\" cites no known source");
                continue;
            }

            claims.Add(new Claim(text, [.. ids]));
        }

        return claims;
    }

    private static JsonElement.ArrayEnumerator? Array(JsonElement parent, string name, List<string> flaws)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            flaws.Add($"\"{name}\" must be an array");
            return null;
        }

        return value.EnumerateArray();
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;
}
