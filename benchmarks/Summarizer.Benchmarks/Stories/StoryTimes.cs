using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Summarizer.Telemetry;

namespace Summarizer.Benchmarks.Stories;

/// <summary>Each story span of a grouped run with its sources and the time of each stage inside it, to say which stories cost most.</summary>
internal sealed class StoryTimes
{
    private readonly ConcurrentDictionary<ActivitySpanId, ConcurrentDictionary<string, double>> _stagesByStory = new();
    private readonly ConcurrentBag<(ActivitySpanId Id, int Index, int Sources, double Ms)> _stories = [];

    public void Record(Activity activity)
    {
        if (activity.OperationName == TelemetryNames.StorySpan)
        {
            _stories.Add((activity.SpanId, Tag(activity, TelemetryNames.StoryIndex), Tag(activity, TelemetryNames.Sources), activity.Duration.TotalMilliseconds));
        }
        else if (activity.Parent is { OperationName: TelemetryNames.StorySpan } story)
        {
            _stagesByStory.GetOrAdd(story.SpanId, _ => new(StringComparer.Ordinal))
                .AddOrUpdate(activity.OperationName, activity.Duration.TotalMilliseconds, (_, ms) => ms + activity.Duration.TotalMilliseconds);
        }
    }

    public IReadOnlyList<string> Slowest(int count) =>
        [.. _stories.OrderByDescending(s => s.Ms).Take(count).Select(s =>
        {
            var stages = _stagesByStory.TryGetValue(s.Id, out var found)
                ? string.Join(", ", found.OrderByDescending(x => x.Value).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Key} {x.Value / 1000:F1} s")))
                : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"story {s.Index} ({s.Sources} sources): {s.Ms / 1000:F1} s ({stages})");
        })];

    private static int Tag(Activity activity, string name) =>
        activity.GetTagItem(name) is int value ? value : -1;
}
