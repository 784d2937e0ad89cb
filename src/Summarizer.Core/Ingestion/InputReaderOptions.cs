using System.ComponentModel.DataAnnotations;

namespace Summarizer.Ingestion;

/// <summary>Limits on what ingestion accepts.</summary>
public sealed record InputReaderOptions
{
    /// <summary>File extensions read from folders (a file named explicitly is read whatever its extension).</summary>
    public IReadOnlyList<string> FolderExtensions { get; init; } = [".txt", ".md", ".html", ".htm", ".json"];

    /// <summary>Inputs larger than this are reported and skipped. Default 20 MiB.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Smallest and largest <see cref="MaxArticleChars"/> accepted.</summary>
    public const int MinArticleChars = 1_000, MaxArticleCharsLimit = 100_000_000;

    /// <summary>
    /// One article's text (after decoding; characters, not bytes) beyond this is cut at the last paragraph break
    /// before it, with a warning: files, stdin, JSON "text"/"html", pages and feed items alike. Cleaning, the
    /// summaries and the checks all grow with the text, and no news article is this long. Default 2,000,000.
    /// </summary>
    [Range(MinArticleChars, MaxArticleCharsLimit)]
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Folder relative inputs are resolved against; null for the process's working directory.</summary>
    public string? BaseDirectory { get; init; }
}
