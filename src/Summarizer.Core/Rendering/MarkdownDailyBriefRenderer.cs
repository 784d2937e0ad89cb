using System.Globalization;
using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// Renders a day's <c>brief.md</c>: a title with the date, a numbered list of the stories in the order
/// given, then each story in the single-story layout one heading level down.
/// </summary>
public sealed class MarkdownDailyBriefRenderer : IDailyBriefRenderer
{
    public string Format => "md";

    public string Render(DailyBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var md = new StringBuilder();
        md.Append("# Daily brief — ").AppendLine(brief.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        md.AppendLine();
        md.Append('*').Append((brief.Stories.Count == 1 ? "1 story" : $"{brief.Stories.Count} stories"))
            .Append(" · ").Append(MarkdownStory.Plural(brief.Stories.Sum(s => s.Sources.Count), "source"))
            .Append(" · ").Append(MarkdownStory.ProviderLabel(brief.Provider, brief.Model))
            .Append(" · generated ").Append(MarkdownStory.Generated(brief.GeneratedAt))
            .AppendLine("*");
        md.AppendLine();

        if (brief.Stories.Count > 0)
        {
            // Plain numbers rather than links: heading anchors differ between Markdown renderers.
            md.AppendLine("## Stories").AppendLine();
            for (var i = 0; i < brief.Stories.Count; i++)
            {
                var story = brief.Stories[i];
                var novelty = MarkdownStory.Novelty(story, brief.PreviousDate) is { } n ? " · " + n : string.Empty;
                md.Append(i + 1).Append(". ").Append(MarkdownStory.Escape(MarkdownStory.Headline(story)))
                    .Append(" *(").Append(MarkdownStory.Plural(story.Sources.Count, "source"))
                    .Append(CoverageGrid.Outlets(story) is var outlets && outlets != story.Sources.Count ? $" from {outlets} outlets" : string.Empty)
                    .Append(CoverageGrid.Conflicts(story) is var conflicts and > 0 ? " · " + MarkdownStory.Plural(conflicts, "conflict") : string.Empty)
                    .Append(novelty).AppendLine(")*");
            }

            md.AppendLine();
        }

        for (var i = 0; i < brief.Stories.Count; i++)
        {
            MarkdownStory.Write(md, brief.Stories[i], level: 2, titlePrefix: $"{i + 1}. ");
        }

        MarkdownStory.Failures(md, "##", brief.Failures);
        return md.ToString().TrimEnd() + "\n";
    }
}
