using System.Text;
using Summarizer.Ingestion.Feeds;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

public sealed class FeedDecoderTests
{
    private static readonly Encoding CodePages = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private static byte[] Bytes(string encoding, string text) => CodePagesEncodingProvider.Instance.GetEncoding(encoding)!.GetBytes(text);

    [Theory]
    [InlineData("koi8-r", "Новости")]
    [InlineData("windows-1251", "Новости")]
    [InlineData("euc-kr", "뉴스")]
    [InlineData("shift_jis", "ニュース")]
    [InlineData("gb2312", "新闻")]
    [InlineData("big5", "新聞")]
    [InlineData("iso-8859-2", "Zpráva dne")]
    public void Reads_legacy_code_pages_named_in_the_xml_declaration(string encoding, string title)
    {
        var bytes = Bytes(encoding, $"<?xml version=\"1.0\" encoding=\"{encoding}\"?><rss><channel><title>{title}</title></channel></rss>");

        var feed = FeedParser.Parse(new MemoryStream(bytes), null);

        Assert.Equal(title, feed.Title);
    }

    [Fact]
    public void The_http_charset_outranks_the_declaration()
    {
        var bytes = CodePages.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>Новости</title></channel></rss>");

        var feed = FeedParser.Parse(new MemoryStream(bytes), null, httpCharset: "windows-1251");

        Assert.Equal("Новости", feed.Title);
    }

    [Fact]
    public void A_byte_order_mark_outranks_the_http_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<rss><channel><title>Café</title></channel></rss>")).ToArray();

        var feed = FeedParser.Parse(new MemoryStream(bytes), null, httpCharset: "windows-1251");

        Assert.Equal("Café", feed.Title);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var bytes = Bytes("windows-1252", "<rss><channel><title>Don\u2019t</title></channel></rss>");

        Assert.Equal("Don\u2019t", FeedParser.Parse(new MemoryStream(bytes), null).Title);
    }

    [Fact]
    public void Utf16_without_a_mark_is_recognised_by_its_first_bytes()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>Wide</title></channel></rss>");

        Assert.Equal("Wide", FeedParser.Parse(new MemoryStream(bytes), null).Title);
    }
}
