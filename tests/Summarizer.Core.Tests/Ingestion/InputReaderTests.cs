using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion;

public sealed class InputReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static InputReader Reader(string stdin = "") =>
        new(new InputReaderOptions(), () => new StringReader(stdin), NullLogger<InputReader>.Instance);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Reads_a_folder_recursively_sorted_by_path_with_kinds_from_extensions()
    {
        Write("b.md", "# Title\n\nBody.");
        Write("a.txt", "Plain body.");
        Write("sub/c.html", "<p>Hi</p>");
        Write("notes.csv", "x,y");
        Write(".hidden/d.txt", "secret");

        var result = await Reader().ReadAsync([_dir], CancellationToken.None);

        Assert.Empty(result.Failures);
        Assert.Equal(["a.txt", "b.md", "sub/c.html"], result.Articles.Select(a => Path.GetRelativePath(_dir, a.Origin).Replace('\\', '/')));
        Assert.Equal([ContentKind.PlainText, ContentKind.Markdown, ContentKind.Html], result.Articles.Select(a => a.Kind));
    }

    [Fact]
    public async Task Reads_json_articles_with_their_metadata()
    {
        var path = Write("a.json", """[{"title":"T1","outlet":"O","url":"https://x.example/1","publishedAt":"2026-03-04T08:15:00Z","text":"Body one."},{"html":"<p>Two</p>"}]""");

        var result = await Reader().ReadAsync([path], CancellationToken.None);

        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal(("T1", "O", "https://x.example/1"), (first.Metadata.Title, first.Metadata.Outlet, first.Metadata.Url));
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 8, 15, 0, TimeSpan.Zero), first.Metadata.PublishedAt);
        Assert.Equal(ContentKind.Html, result.Articles[1].Kind);
        Assert.EndsWith("a.json#1", result.Articles[1].Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_standard_input_and_guesses_its_kind()
    {
        var result = await Reader("<html><body><p>From a pipe.</p></body></html>").ReadAsync(["-"], CancellationToken.None);

        var article = Assert.Single(result.Articles);
        Assert.Equal(("-", ContentKind.Html), (article.Origin, article.Kind));
    }

    [Theory]
    [InlineData("empty.txt", "empty")]
    [InlineData("whitespace.txt", "no text")]
    [InlineData("binary.txt", "binary")]
    [InlineData("latin1.txt", "not valid UTF-8")]
    [InlineData("broken.json", "invalid JSON")]
    [InlineData("no-text.json", "neither")]
    public async Task Reports_each_bad_fixture_with_a_clear_reason(string file, string reason)
    {
        var path = RepoPaths.Fixture("bad", file);

        var result = await Reader().ReadAsync([path], CancellationToken.None);

        Assert.Empty(result.Articles);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((path, "ingest"), (failure.Source, failure.Stage));
        Assert.Contains(reason, failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_missing_paths_and_empty_folders_and_still_reads_the_rest()
    {
        var good = Write("good.txt", "Still read.");
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;

        var result = await Reader().ReadAsync([Path.Combine(_dir, "missing.txt"), empty, good], CancellationToken.None);

        Assert.Equal([good], result.Articles.Select(a => a.Origin));
        Assert.Equal(["no such file or folder", "folder has no .txt .md .html .htm .json files"], result.Failures.Select(f => f.Error));
    }

    [Fact]
    public async Task Strips_a_utf8_byte_order_mark()
    {
        var path = Path.Combine(_dir, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);

        var result = await Reader().ReadAsync([path], CancellationToken.None);

        Assert.Equal("Hi", Assert.Single(result.Articles).Content);
    }

    [Fact]
    public async Task Skips_files_over_the_size_limit()
    {
        var path = Write("big.txt", new string('a', 100));
        var reader = new InputReader(new InputReaderOptions { MaxBytes = 10 }, () => TextReader.Null, NullLogger<InputReader>.Instance);

        var result = await reader.ReadAsync([path], CancellationToken.None);

        Assert.Contains("over the 10-byte limit", Assert.Single(result.Failures).Error, StringComparison.Ordinal);
    }
}
