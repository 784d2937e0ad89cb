using System.Text;

namespace Summarizer.Connectors.Tests.Support;

/// <summary>The raw bytes of every file in a cache folder (database, journal), as text to search.</summary>
public static class CacheFiles
{
    public static async Task<IReadOnlyList<string>> ReadAllAsync(string folder) =>
        await Task.WhenAll(Directory.GetFiles(folder).Select(async file => Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file))));
}
