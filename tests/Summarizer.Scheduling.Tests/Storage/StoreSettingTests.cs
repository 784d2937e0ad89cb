using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Tests.Storage;

public sealed class StoreSettingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("sqlite")]
    [InlineData("SQLite")]
    public void Absent_or_sqlite_keeps_the_files_beside_the_output(string? value)
    {
        var store = StoreSetting.Parse(value);

        Assert.Same(StoreSetting.Sqlite, store);
        Assert.False(store.IsShared);
        Assert.Null(store.ConnectionString);
    }

    [Fact]
    public void A_connection_string_is_shared_and_its_password_never_shows()
    {
        var store = StoreSetting.Parse("Host=db.internal;Database=summarizer;Username=worker;Password=hunter2-not-for-logs");

        Assert.True(store.IsShared);
        Assert.Contains("hunter2-not-for-logs", store.ConnectionString, StringComparison.Ordinal);
        var shown = store.ToString();
        Assert.DoesNotContain("hunter2", shown, StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL ", shown, StringComparison.Ordinal);
        Assert.Contains("Host=db.internal", shown, StringComparison.Ordinal);
        Assert.Contains("Username=worker", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", $"{store}", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://worker:hunter2-not-for-logs@db/summarizer")]
    [InlineData("Database=summarizer;Password=hunter2-not-for-logs")]
    [InlineData("Host=db;Colour=hunter2-not-for-logs")]
    public void A_bad_value_is_refused_without_repeating_it(string value)
    {
        var ex = Assert.Throws<StoreException>(() => StoreSetting.Parse(value));

        Assert.StartsWith("store: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }
}
