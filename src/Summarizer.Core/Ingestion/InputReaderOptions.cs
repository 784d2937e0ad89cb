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

    /// <summary>Folder relative inputs are resolved against; null for the process's working directory.</summary>
    public string? BaseDirectory { get; init; }
}
