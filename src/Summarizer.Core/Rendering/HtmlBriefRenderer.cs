using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// Renders <c>brief.html</c>: the Markdown brief's content as one self-contained page (inline CSS, no
/// scripts or external resources) that reads well on a phone, in light and dark mode. Citations link
/// to <c>#source-n</c>; sources link to their original URL when it is http(s).
/// </summary>
public sealed class HtmlBriefRenderer : IBriefRenderer
{
    public string Format => "html";

    public string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var html = new StringBuilder();
        HtmlPage.Open(html, MarkdownStory.Headline(brief));
        HtmlStory.Write(html, brief, level: 1);
        return HtmlPage.Close(html);
    }
}
