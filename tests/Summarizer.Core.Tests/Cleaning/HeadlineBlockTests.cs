using Summarizer.Cleaning;
using Summarizer.Documents;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>What sits beside the headline (kicker, standfirst, byline) is not body; sub-headings in the text are.</summary>
public sealed class HeadlineBlockTests
{
    private const string Body1 = "The old swing bridge will close for three weeks from Monday while its turning gear is replaced, the port said.";
    private const string Body2 = "Drivers will be sent through the tunnel, adding around ten minutes to journeys between the two quays at peak times.";

    [Fact]
    public void Kicker_and_standfirst_in_the_article_header_are_not_body()
    {
        var html = "<html><body><article><header><div class=\"label\">In pictures</div><h1>Bridge to close</h1>"
            + "<p class=\"intro-text\">Three weeks of works on the swing bridge</p><div>By Ann Lee</div></header>"
            + $"<div class=\"story\"><p>{Body1}</p><p>{Body2}</p></div></article></body></html>";

        Assert.Equal(Body1 + "\n\n" + Body2, Clean(html));
    }

    [Theory]
    [InlineData("article-standfirst")]
    [InlineData("post-subtitle")]
    [InlineData("chapeau")]
    [InlineData("occhiello")]
    [InlineData("story-dek")]
    public void Standfirst_classes_in_several_languages_are_not_body(string cls)
    {
        var html = $"<html><body><div class=\"main\"><h1>Bridge to close</h1><p class=\"{cls}\">Three weeks of works on the swing bridge, the port says.</p>"
            + $"<div class=\"text\"><p>{Body1}</p><p>{Body2}</p></div></div></body></html>";

        Assert.Equal(Body1 + "\n\n" + Body2, Clean(html));
    }

    [Fact]
    public void A_header_holding_only_an_entry_sub_heading_stays()
    {
        var html = "<html><body><div class=\"live\">"
            + $"<div class=\"entry\"><header><h3>Bridge shut at noon</h3></header><p>{Body1}</p></div>"
            + $"<div class=\"entry\"><header><h3>Tunnel queues grow</h3></header><p>{Body2}</p></div></div></body></html>";

        var text = Clean(html);

        Assert.Contains("Bridge shut at noon", text, StringComparison.Ordinal);
        Assert.Contains("Tunnel queues grow", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subtitle_styled_sub_heading_between_paragraphs_stays()
    {
        var html = $"<html><body><div class=\"text\"><p>{Body1}</p><p class=\"article-subtitle\">What happens next</p><p>{Body2}</p></div></body></html>";

        Assert.Equal(Body1 + "\n\nWhat happens next\n\n" + Body2, Clean(html));
    }

    [Fact]
    public void Opinion_disclaimer_and_call_to_action_boxes_are_not_body()
    {
        var html = $"<html><body><article><p>{Body1}</p><p>{Body2}</p>"
            + "<p class=\"disclaimer\">The views expressed in this article are the author's own.</p>"
            + "<div class=\"letters-cta\"><p>Do you have an opinion on this? Write to our letters page.</p></div></article></body></html>";

        Assert.Equal(Body1 + "\n\n" + Body2, Clean(html));
    }

    private static string Clean(string html) =>
        ArticleCleaners.CreateDefault().Clean(new RawArticle("x", ContentKind.Html, html, ArticleMetadata.Empty)).Text;
}
