using System.Globalization;
using System.Text.Json;
using Summarizer.Scheduling.History;

namespace Summarizer.Cli.Commands;

/// <summary>The runs as an aligned text table, times in the schedule's time zone.</summary>
internal static class RunsTable
{
    public static string Render(IReadOnlyList<RunRecord> runs, TimeZoneInfo zone)
    {
        string[] header = ["#", "scheduled for", "status", "worker", "stories", "sources", "failures", "calls", "took", "note"];
        var rows = runs.Select(r => new[]
        {
            r.Id.ToString(CultureInfo.InvariantCulture),
            TimeZoneInfo.ConvertTime(r.ScheduledFor, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
            r.Status.ToString().ToLowerInvariant(),
            r.Worker ?? "-",
            Count(r, r.Stories),
            Count(r, r.Sources),
            Count(r, r.Failures),
            ModelCalls(r.UsageJson),
            r.EndedAt is { } end ? Duration(end - r.StartedAt) : "-",
            string.Join("; ", new[] { r.StoryWorkers is { } spread ? "stories on " + spread : null, r.Message }.OfType<string>()),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var lines = new[] { header }.Concat(rows).Select(cells => string.Join("  ", cells.Select((c, i) =>
            i == cells.Length - 1 ? c : IsNumeric(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    // Counts of a run that wrote nothing say nothing: shown as "-" rather than a misleading 0.
    private static string Count(RunRecord run, int value) =>
        run.Status is RunStatus.Succeeded or RunStatus.Partial ? value.ToString(CultureInfo.InvariantCulture) : "-";

    private static bool IsNumeric(int column) => column is 0 or 4 or 5 or 6 or 7;

    private static string ModelCalls(string? usageJson)
    {
        if (usageJson is null)
        {
            return "-";
        }

        using var usage = JsonDocument.Parse(usageJson);
        return usage.RootElement.TryGetProperty("modelCalls", out var calls) ? calls.GetRawText() : "-";
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m{span.Seconds:00}s");
}
