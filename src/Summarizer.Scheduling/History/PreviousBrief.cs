using System.Globalization;
using System.Text.Json;
using Summarizer.Documents;

namespace Summarizer.Scheduling.History;

/// <summary>
/// Compares a day's brief with the latest earlier one in the same output folder, so the reader sees at a
/// glance which stories are new and which only carry on (<see cref="Brief.SeenBefore"/>). Sources are the
/// same when their canonical URL matches, or, for files, their path.
/// </summary>
public static class PreviousBrief
{
    /// <summary>
    /// <paramref name="today"/> with each story's already-seen sources and the previous brief's date; unchanged
    /// when no earlier day folder holds a readable <c>brief.json</c>.
    /// </summary>
    public static DailyBrief Annotate(DailyBrief today, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(today);
        return Latest(outputFolder, today.Date) is { } previous ? Annotate(today, previous.Date, previous.Sources) : today;
    }

    /// <summary><paramref name="today"/> compared with the brief of <paramref name="previousDate"/>, whose source keys (<see cref="SourceKeys"/>) are given.</summary>
    internal static DailyBrief Annotate(DailyBrief today, DateOnly previousDate, IReadOnlySet<string> previousSources)
    {
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(previousSources);
        var stories = today.Stories
            .Select(story => story with { SeenBefore = [.. story.Sources.Where(s => previousSources.Contains(Key(s.Article))).Select(s => s.Article.Id)] })
            .ToList();
        return today with { Stories = stories, PreviousDate = previousDate };
    }

    /// <summary>The keys a later day compares its sources with: what <paramref name="brief"/>'s <c>brief.json</c> would give.</summary>
    internal static IReadOnlyList<string> SourceKeys(DailyBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return [.. brief.Stories.SelectMany(story => story.Sources).Select(s => Key(s.Article)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // The newest day folder before today whose brief.json can be read; a damaged one is passed over.
    private static (DateOnly Date, HashSet<string> Sources)? Latest(string outputFolder, DateOnly today)
    {
        if (!Directory.Exists(outputFolder))
        {
            return null;
        }

        var days = Directory.EnumerateDirectories(outputFolder)
            .Select(d => (Path: d, Ok: DateOnly.TryParseExact(Path.GetFileName(d), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), Date: date))
            .Where(d => d.Ok && d.Date < today)
            .OrderByDescending(d => d.Date);
        foreach (var day in days)
        {
            if (Sources(Path.Combine(day.Path, "brief.json")) is { } sources)
            {
                return (day.Date, sources);
            }
        }

        return null;
    }

    private static HashSet<string>? Sources(string briefJson)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(briefJson));
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var story in document.RootElement.GetProperty("stories").EnumerateArray())
            {
                foreach (var source in story.GetProperty("sources").EnumerateArray())
                {
                    var url = source.TryGetProperty("url", out var u) ? u.GetString() : null;
                    var path = source.TryGetProperty("path", out var p) ? p.GetString() : null;
                    if (Key(url, path) is { } key)
                    {
                        keys.Add(key);
                    }
                }
            }

            return keys;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    // The same fields brief.json writes: the page URL when there is one, else the path it was read from.
    private static string Key(CleanedArticle article) => Key(article.WebUrl, article.FilePath) ?? string.Empty;

    private static string? Key(string? url, string? path) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? "url:" + UrlNormalizer.Canonical(uri)
        : path is not null ? "path:" + path
        : null;
}
