using System.Globalization;
using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// Renders a day's <c>brief.html</c>: an index of the stories in the order given, then each story in
/// the single-story layout one heading level down, its source anchors prefixed (<c>#s2-source-3</c>).
/// </summary>
public sealed class HtmlDailyBriefRenderer : IDailyBriefRenderer
{
    public string Format => "html";

    public string Render(DailyBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var date = brief.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = "Daily brief — " + date;
        var html = new StringBuilder();
        HtmlPage.Open(html, title);
        html.AppendLine("<header>");
        html.Append("<h1>Daily brief — <span class=\"nowrap\">").Append(date).AppendLine("</span></h1>");
        html.Append("<p class=\"meta\">").Append(brief.Stories.Count == 1 ? "1 story" : $"{brief.Stories.Count} stories")
            .Append(" · ").Append(MarkdownStory.Plural(brief.Stories.Sum(s => s.Sources.Count), "source"))
            .Append(" · ").Append(HtmlPage.Encode(MarkdownStory.ProviderLabel(brief.Provider, brief.Model)))
            .Append(" · generated ").Append(HtmlPage.Time(brief.GeneratedAt)).AppendLine("</p>");
        html.AppendLine("</header>");

        if (brief.Stories.Count > 0)
        {
            html.AppendLine("<nav id=\"stories\" aria-label=\"Stories\">\n<h2>Stories</h2>\n<ol>");
            for (var i = 0; i < brief.Stories.Count; i++)
            {
                var story = brief.Stories[i];
                var novelty = MarkdownStory.Novelty(story, brief.PreviousDate) is { } n ? " · " + n : string.Empty;
                html.Append("<li><a href=\"#s").Append(i + 1).Append("\">").Append(HtmlPage.Encode(MarkdownStory.Headline(story)))
                    .Append("</a> <span class=\"meta\">").Append(MarkdownStory.Plural(story.Sources.Count, "source")).Append(HtmlPage.Encode(novelty)).Append("</span> ");
                HtmlCoverage.Bar(html, story);
                html.AppendLine("</li>");
            }

            html.AppendLine("</ol>\n</nav>");
        }

        for (var i = 0; i < brief.Stories.Count; i++)
        {
            HtmlStory.Write(html, brief.Stories[i], level: 2, anchorPrefix: $"s{i + 1}-", id: $"s{i + 1}", titlePrefix: $"{i + 1}. ");
            html.AppendLine("<p class=\"top\"><a href=\"#stories\">↑ Stories</a></p>");
        }

        HtmlStory.Failures(html, 2, brief.Failures);
        return HtmlPage.Close(html);
    }
}
