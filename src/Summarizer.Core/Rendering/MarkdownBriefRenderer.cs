using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>Renders <c>brief.md</c>: the merged story first, every claim cited as [n], then the sources.</summary>
public sealed class MarkdownBriefRenderer : IBriefRenderer
{
    public string Format => "md";

    public string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var md = new StringBuilder();
        MarkdownStory.Write(md, brief, level: 1);
        return md.ToString().TrimEnd() + "\n";
    }
}
