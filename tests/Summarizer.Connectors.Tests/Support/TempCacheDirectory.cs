namespace Summarizer.Connectors.Tests.Support;

/// <summary>A fresh cache folder per test, removed afterwards (SQLite's pooled handles released first).</summary>
public sealed class TempCacheDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "summarizer-connector-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
