using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// Writes every rendered format into the output folder atomically: all formats are rendered in memory
/// first, written to temporary files beside the targets, then renamed over them. A failure before the
/// renames leaves the previous brief untouched.
/// </summary>
public static class BriefWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <returns>The paths written, in renderer order.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        Brief brief,
        string outputDirectory,
        IReadOnlyList<IBriefRenderer> renderers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        return await WriteAsync(renderers.Select(r => (r.Format, (Func<string>)(() => r.Render(brief)))), outputDirectory, cancellationToken);
    }

    /// <summary>Writes a day's brief the same way: <c>brief.{format}</c> per renderer, all or nothing.</summary>
    /// <returns>The paths written, in renderer order.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        DailyBrief brief,
        string outputDirectory,
        IReadOnlyList<IDailyBriefRenderer> renderers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        return await WriteAsync(renderers.Select(r => (r.Format, (Func<string>)(() => r.Render(brief)))), outputDirectory, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> WriteAsync(
        IEnumerable<(string Format, Func<string> Render)> renderers,
        string outputDirectory,
        CancellationToken cancellationToken)
    {
        var rendered = renderers.Select(r => (Path: Path.Combine(outputDirectory, $"brief.{r.Format}"), Text: r.Render())).ToList();
        Directory.CreateDirectory(outputDirectory);
        var temporary = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (path, text) in rendered)
            {
                var temp = Path.Combine(outputDirectory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temporary.Add((temp, path));
                await File.WriteAllTextAsync(temp, text, Utf8NoBom, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temp, final) in temporary)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temporary)
            {
                File.Delete(temp);
            }
        }

        return [.. rendered.Select(r => r.Path)];
    }
}
