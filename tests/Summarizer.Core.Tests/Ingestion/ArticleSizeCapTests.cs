using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core.Tests.Summarization;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion;

public sealed class ArticleSizeCapTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-cap-").FullName;
    private readonly CollectingLoggerFactory _logs = new();

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private InputReader Reader(int? maxChars = null, string stdin = "") => new(
        new InputReaderOptions { BaseDirectory = _dir, MaxArticleChars = maxChars ?? new InputReaderOptions().MaxArticleChars },
        () => new StringReader(stdin),
        _logs.CreateLogger<InputReader>());

    private IReadOnlyList<string> Warnings => [.. _logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)];

    // Paragraphs of varied length, numbered so a cut can be located: "Paragraph 17 says ...".
    private static string Paragraphs(int totalChars)
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < totalChars; i++)
        {
            text.Append("Paragraph ").Append(i).Append(" says the harbour reopened.");
            for (var s = 0; s < i % 7; s++)
            {
                text.Append(" Ships queued at the east quay while cranes were tested.");
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_dir, name), text);
        return name;
    }

    [Fact]
    public async Task A_two_and_a_half_megabyte_file_is_cut_at_a_paragraph_break_with_one_warning()
    {
        var text = Paragraphs(2_500_000);
        var name = Write("big.txt", text);

        var result = await Reader().ReadAsync([name], CancellationToken.None);

        var content = Assert.Single(result.Articles).Content;
        Assert.InRange(content.Length, 1_000_000, 2_000_000);
        Assert.StartsWith(content, text, StringComparison.Ordinal);
        Assert.StartsWith("\n\nParagraph ", text[content.Length..], StringComparison.Ordinal);
        var warning = Assert.Single(Warnings);
        Assert.Equal($"big.txt is {text.Length} characters, over the 2000000-character limit (maxArticleChars): cut at a paragraph break, keeping {content.Length} characters", warning);
    }

    [Fact]
    public async Task An_article_within_the_cap_is_read_unchanged_and_without_a_warning()
    {
        var text = Paragraphs(1_999_000);
        var name = Write("long.txt", text);

        var result = await Reader().ReadAsync([name], CancellationToken.None);

        Assert.Equal(text, Assert.Single(result.Articles).Content);
        Assert.Empty(Warnings);
    }

    [Fact]
    public async Task The_cap_setting_is_honoured_for_files_stdin_and_each_json_article()
    {
        var text = Paragraphs(20_000);
        var json = $$"""[{ "title": "One", "text": {{System.Text.Json.JsonSerializer.Serialize(text)}} }, { "title": "Two", "html": "<p>Short.</p>" }]""";
        Write("a.txt", text);
        Write("b.json", json);

        var result = await Reader(maxChars: 5_000, stdin: text).ReadAsync(["a.txt", "b.json", "-"], CancellationToken.None);

        Assert.Equal(["a.txt", "b.json#0", "b.json#1", "-"], result.Articles.Select(a => a.Origin));
        Assert.All([result.Articles[0], result.Articles[1], result.Articles[3]], a => Assert.InRange(a.Content.Length, 2_500, 5_000));
        Assert.Equal("<p>Short.</p>", result.Articles[2].Content);
        Assert.Equal(["a.txt", "b.json#0", "-"], Warnings.Select(w => w[..w.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_feed_items_text_is_capped_like_a_files()
    {
        var body = System.Security.SecurityElement.Escape(Paragraphs(20_000));
        Write("feed.xml", $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><item><title>Harbour reopens</title><description>{body}</description></item></channel></rss>""");
        var reader = new DailySourceReader(new DailySourceOptions { BaseDirectory = _dir }, new UnusedFetcher(), Reader(maxChars: 5_000), new FakeClock(), NullLogger<DailySourceReader>.Instance);

        var result = await reader.ReadAsync([new SourceSpec(Feed: "feed.xml")], TimeSpan.FromDays(1), CancellationToken.None);

        Assert.InRange(Assert.Single(result.Articles).Content.Length, 2_500, 5_000);
        Assert.Contains("over the 5000-character limit", Assert.Single(Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line", "a line break")]
    [InlineData("sentence", "a sentence end")]
    [InlineData("none", "the limit (no break found near it)")]
    public void Without_a_paragraph_break_the_cut_falls_back_to_a_line_then_a_sentence_then_the_limit(string shape, string described)
    {
        var sentence = "The quay reopened on Monday after repairs. ";
        var text = shape switch
        {
            "line" => string.Concat(Enumerable.Repeat(sentence + "\n", 200)),
            "sentence" => string.Concat(Enumerable.Repeat(sentence, 200)),
            _ => new string('x', 4_999) + "😀" + new string('y', 5_000),
        };

        var (cut, at) = ArticleSizeCap.Cut(text, 5_000);

        Assert.Equal(described, ArticleSizeCap.Describe(at));
        Assert.InRange(cut.Length, 2_500, 5_000);
        Assert.StartsWith(cut, text, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public void A_blank_line_near_the_start_is_not_taken_as_the_cut()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("The quay reopened on Monday after repairs. ", 300));

        var (cut, at) = ArticleSizeCap.Cut(text, 5_000);

        Assert.Equal(ArticleSizeCap.Boundary.Sentence, at);
        Assert.True(cut.Length > 2_500);
    }

    [Fact]
    public void A_cut_at_a_sentence_end_finds_sentences_as_the_splitter_does()
    {
        const string sentence = "Shares of Acme Inc. rose sharply after Dr. Wu spoke on Monday. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200));
        var cap = text.LastIndexOf("Dr. Wu", 5_000, StringComparison.Ordinal) + "Dr. W".Length;

        var (cut, at) = ArticleSizeCap.Cut(text, cap);

        Assert.Equal(ArticleSizeCap.Boundary.Sentence, at);
        Assert.EndsWith("on Monday.", cut, StringComparison.Ordinal); // not "Acme Inc." or "Dr."
    }

    private sealed class UnusedFetcher : Summarizer.Ingestion.Http.IWebFetcher
    {
        public Task<Summarizer.Ingestion.Http.FetchResult> FetchAsync(Summarizer.Ingestion.Http.FetchRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no fetch expected: the feed is a file and its item has no link");

        public void Dispose()
        {
        }
    }
}
