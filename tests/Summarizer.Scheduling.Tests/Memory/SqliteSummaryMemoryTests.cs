using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Documents;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Memory;

public sealed class SqliteSummaryMemoryTests : SummaryMemoryContract, IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public Task Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller() => Check_Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller();

    [Fact]
    public Task Recalls_the_same_text_under_another_address() => Check_Recalls_the_same_text_under_another_address();

    [Fact]
    public Task An_article_whose_text_changed_is_not_recalled() => Check_An_article_whose_text_changed_is_not_recalled();

    [Fact]
    public Task Another_engine_never_reuses_the_summaries() => Check_Another_engine_never_reuses_the_summaries();

    [Fact]
    public Task Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept() => Check_Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept();

    [Fact]
    public async Task Lives_under_the_output_folder()
    {
        using (var memory = Open())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(_dir.Path, ".summarizer", "summaries.db")));
    }

    [Fact]
    public async Task A_damaged_file_is_reported_once_and_the_memory_stands_aside()
    {
        var path = SqliteSummaryMemory.PathFor(_dir.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "not a database");
        var logs = new CountingLogger();
        using var memory = new SqliteSummaryMemory(path, Engine, new SummaryMemoryOptions(), Time, logs);

        Assert.Null(await memory.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        Assert.Null(await memory.RecallAsync(Article("https://news.example/lanes"), CancellationToken.None));

        Assert.Equal(1, logs.Warnings);
        Assert.Equal("not a database", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void A_retention_out_of_range_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteSummaryMemory(
            SqliteSummaryMemory.PathFor(_dir.Path), Engine, new SummaryMemoryOptions { Retention = TimeSpan.Zero }, Time, NullLogger<SqliteSummaryMemory>.Instance));

        Assert.Contains("Retention", error.Message, StringComparison.Ordinal);
    }

#pragma warning disable CA2000 // the wrapper owns the memory and the test disposes the wrapper
    private protected override Task<DisposableMemory> OpenAsync(string engine = Engine)
    {
        var memory = Open(engine);
        return Task.FromResult(new DisposableMemory(memory, memory));
    }
#pragma warning restore CA2000

    private SqliteSummaryMemory Open(string engine = Engine) =>
        new(SqliteSummaryMemory.PathFor(_dir.Path), engine, new SummaryMemoryOptions(), Time, NullLogger<SqliteSummaryMemory>.Instance);

    private sealed class CountingLogger : Microsoft.Extensions.Logging.ILogger<SqliteSummaryMemory>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning)
            {
                Warnings++;
            }
        }
    }
}
