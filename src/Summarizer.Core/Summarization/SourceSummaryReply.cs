using System.Text.Json;
using Summarizer.Chat;

namespace Summarizer.Summarization;

/// <summary>The per-source reply shape: <c>{"summary": "...", "keyPoints": ["...", ...]}</c>.</summary>
internal sealed record SourceSummaryReply(string Summary, IReadOnlyList<string> KeyPoints)
{
    public static Checked<SourceSummaryReply> Validate(JsonElement root)
    {
        if (!root.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String)
        {
            return Checked<SourceSummaryReply>.Fail("\"summary\" must be a string");
        }

        var text = summary.GetString()!.Trim();
        if (text.Length == 0)
        {
            return Checked<SourceSummaryReply>.Fail("\"summary\" is empty");
        }

        var keyPoints = new List<string>();
        if (root.TryGetProperty("keyPoints", out var points) && points.ValueKind != JsonValueKind.Null)
        {
            if (points.ValueKind != JsonValueKind.Array)
            {
                return Checked<SourceSummaryReply>.Fail("\"keyPoints\" must be an array of strings");
            }

            foreach (var point in points.EnumerateArray())
            {
                if (point.ValueKind != JsonValueKind.String)
                {
                    return Checked<SourceSummaryReply>.Fail("\"keyPoints\" must contain only strings");
                }

                if (point.GetString()!.Trim() is { Length: > 0 } p)
                {
                    keyPoints.Add(p);
                }
            }
        }

        return Checked<SourceSummaryReply>.Ok(new SourceSummaryReply(text, keyPoints));
    }
}
