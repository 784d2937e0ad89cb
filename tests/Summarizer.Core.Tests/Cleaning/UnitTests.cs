using Summarizer.Cleaning;
using Summarizer.Documents;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class MojibakeTests
{
    [Theory]
    [InlineData("Ukraineâ€™s", "Ukraine’s")]
    [InlineData("â€œquotedâ€\u009d", "“quoted”")]
    [InlineData("cafÃ© crÃ¨me", "café crème")]
    [InlineData("emoji ðŸ˜€", "emoji 😀")]
    [InlineData("Ã¢â‚¬â„¢", "’")]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    [InlineData("Légitime déjà", "Légitime déjà")]
    public void Repairs_utf8_read_as_windows_1252(string input, string expected)
    {
        Assert.Equal(expected, Mojibake.Repair(input));
    }
}

public sealed class HtmlTitleTests
{
    [Theory]
    [InlineData("Storm hits coast | Daily Planet", "Daily Planet", "Storm hits coast")]
    [InlineData("Storm hits coast - BBC News", null, "Storm hits coast")]
    [InlineData("Storm hits coast", null, "Storm hits coast")]
    [InlineData("Mayor - the early years of a long career in office", null, "Mayor - the early years of a long career in office")]
    public void Site_suffix_is_stripped_from_page_titles(string title, string? outlet, string expected)
    {
        Assert.Equal(expected, HtmlMetadataReader.StripSiteSuffix(title, outlet));
    }

    [Fact]
    public void Page_title_is_used_when_nothing_better_is_declared()
    {
        const string html = "<html><head><title>Bridge Reopens After Repairs | Valley News</title></head>"
            + "<body><h1>Bridge Reopens After Repairs</h1><p>The old bridge reopened on Friday after two years of repairs costing 8 million euros, officials said.</p></body></html>";

        var cleaned = ArticleCleaners.CreateDefault().Clean(new RawArticle("x", ContentKind.Html, html, ArticleMetadata.Empty));

        Assert.Equal("Bridge Reopens After Repairs", cleaned.Title);
        Assert.Equal("The old bridge reopened on Friday after two years of repairs costing 8 million euros, officials said.", cleaned.Text);
    }

    [Fact]
    public void Declared_title_wins_over_the_page()
    {
        const string html = "<html><head><meta property=\"og:title\" content=\"Page Title\"></head><body><p>Some body text that is long enough to count as a paragraph here.</p></body></html>";

        var cleaned = ArticleCleaners.CreateDefault().Clean(new RawArticle("x", ContentKind.Html, html, new ArticleMetadata { Title = "Feed Title" }));

        Assert.Equal("Feed Title", cleaned.Title);
    }

    [Fact]
    public void Page_with_text_never_gives_an_empty_body()
    {
        const string html = "<html><body><nav><a href=\"/\">Home</a></nav>Just a line of text without any paragraph markup</body></html>";

        var cleaned = ArticleCleaners.CreateDefault().Clean(new RawArticle("x", ContentKind.Html, html, ArticleMetadata.Empty));

        Assert.Contains("Just a line of text", cleaned.Text, StringComparison.Ordinal);
    }
}

public sealed class CleaningOptionsTests
{
    [Fact]
    public void Invalid_option_is_rejected_with_its_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ArticleCleaners.CreateDefault(new CleaningOptions { MaxTitleWords = 0 }));

        Assert.Equal(nameof(CleaningOptions.MaxTitleWords), error.ParamName);
    }

    [Fact]
    public void Title_detection_can_be_turned_off()
    {
        var cleaner = ArticleCleaners.CreateDefault(new CleaningOptions { DetectTitle = false });

        var cleaned = cleaner.Clean(new RawArticle("x", ContentKind.PlainText, "Storm Hits Coast\nThe storm hit at noon.", ArticleMetadata.Empty));

        Assert.Null(cleaned.Title);
        Assert.Equal("Storm Hits Coast\n\nThe storm hit at noon.", cleaned.Text);
    }
}
