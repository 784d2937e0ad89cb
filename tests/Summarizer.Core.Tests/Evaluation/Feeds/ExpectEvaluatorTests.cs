using Summarizer.Evaluation.Feeds;

namespace Summarizer.Core.Tests.Evaluation.Feeds;

public sealed class ExpectEvaluatorTests
{
    private static readonly FeedView Feed = new(
        "Example feed",
        [new EntryView("Item <b>one</b>", "http://example.com/1", "tag:x,2026:1", new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), "Short", "<p>Long</p>", "Ann Lee")]);

    [Theory]
    [InlineData("not bozo and feed['title'] == u'Example feed'", "True")]
    [InlineData("not bozo and entries[0]['title_detail']['value'] == 'Item <b>one</b>'", "True")]
    [InlineData("entries[0]['title'] == 'Item one'", "True")]
    [InlineData("entries[0]['content'][0]['value'] == 'Long' and entries[0]['summary'] == \"Short\"", "True")]
    [InlineData("entries[0]['published_parsed'] == (2004, 1, 1, 19, 48, 21, 3, 1, 0)", "True")]
    [InlineData("entries[0]['published'] == 'Thu, 01 Jan 2004 19:48:21 GMT'", "True")]
    [InlineData("entries[0]['author_detail']['name'] == 'Ann Lee' and entries[0]['author_detail']['email'] == 'a@x'", "True")]
    [InlineData("entries[0].link == 'http://example.com/1'", "True")]
    [InlineData("len(entries) == 1", "True")]
    [InlineData("entries[0]['title'] == 'Other'", "False")]
    [InlineData("entries[1]['title'] == 'Item one'", "Error")]
    [InlineData("not entries[0].has_key('link')", "False")]
    [InlineData("bozo and encoding == 'utf-8'", "Unknown")]
    [InlineData("entries[0]['tags'][0]['term'] == 'x'", "Unknown")]
    public void Judges_the_modeled_parts_and_leaves_out_the_rest(string expression, string expected) =>
        Assert.Equal(expected, ExpectEvaluator.Evaluate(expression, Feed).Truth.ToString());

    [Fact]
    public void Reads_python_string_escapes() =>
        Assert.Equal(Truth.True, ExpectEvaluator.Evaluate("feed['title'] == u'\\u0045xample feed'", Feed).Truth);
}
