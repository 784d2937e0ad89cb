using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Documents;
using static Summarizer.Rendering.HtmlPage;

namespace Summarizer.Rendering;

/// <summary>
/// The HTML layout of one story, mirroring <see cref="MarkdownStory"/>. Every citation links to its
/// entry in the story's source list; <c>anchorPrefix</c> keeps those ids unique when a page holds
/// several stories.
/// </summary>
internal static partial class HtmlStory
{
    public static void Write(StringBuilder html, Brief brief, int level, string anchorPrefix = "", string? id = null, string titlePrefix = "")
    {
        var story = new Story(brief, level, anchorPrefix);
        html.Append(id is null ? "<article>" : $"<article id=\"{id}\">").AppendLine();
        html.Append("<header>\n<h").Append(level).Append('>').Append(Encode(titlePrefix + MarkdownStory.Headline(brief))).Append("</h").Append(level).AppendLine(">");
        html.Append("<p class=\"meta\">").Append(MarkdownStory.Plural(brief.Sources.Count, "source"))
            .Append(" · ").Append(Encode(MarkdownStory.ProviderLabel(brief.Provider, brief.Model)))
            .Append(" · generated ").Append(Time(brief.GeneratedAt)).AppendLine("</p>\n</header>");

        if (brief.Merged is { } merged)
        {
            html.Append("<p class=\"summary\">").Append(story.CitedSummary(merged)).AppendLine("</p>");
            story.Claims(html, "Key points", merged.KeyPoints, withAgreement: true);
            story.Disagreements(html, merged.Disagreements);
            story.Coverage(html);
            story.Claims(html, "Reported by one source", merged.SingleSource, withAgreement: false);
        }

        story.Sources(html);
        story.Checks(html);
        Failures(html, level + 1, brief.Failures);
        html.AppendLine("</article>");
    }

    public static void Failures(StringBuilder html, int level, IReadOnlyList<Failure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        Heading(html, level, "Not included");
        html.AppendLine("<ul>");
        foreach (var f in failures)
        {
            html.Append("<li><code>").Append(Encode(f.Source)).Append("</code> (").Append(Encode(f.Stage)).Append("): ")
                .Append(Encode(f.Error)).AppendLine("</li>");
        }

        html.AppendLine("</ul>\n</section>");
    }

    private static void Heading(StringBuilder html, int level, string text) =>
        html.Append("<section>\n<h").Append(level).Append('>').Append(text).Append("</h").Append(level).AppendLine(">");

    [GeneratedRegex(@"\[(\d{1,9})\]")]
    private static partial Regex CitationMarker();

    private sealed class Story(Brief brief, int level, string anchorPrefix)
    {
        private readonly HashSet<int> _ids = [.. brief.Sources.Select(s => s.Article.Id)];

        private int Section => level + 1;

        public void Claims(StringBuilder html, string heading, IReadOnlyList<Claim> claims, bool withAgreement)
        {
            if (claims.Count == 0)
            {
                return;
            }

            Heading(html, Section, heading);
            html.AppendLine("<ul>");
            var n = brief.IndependentSources();
            foreach (var claim in claims)
            {
                html.Append("<li>").Append(Encode(claim.Text)).Append(' ').Append(Cite(claim.Sources));
                if (withAgreement && n > 1)
                {
                    html.Append(" <span class=\"agree\">(").Append(brief.IndependentSupport(claim.Sources)).Append(" of ").Append(n).Append(" sources)</span>");
                }

                html.AppendLine("</li>");
            }

            html.AppendLine("</ul>\n</section>");
        }

        public void Disagreements(StringBuilder html, IReadOnlyList<Disagreement> disagreements)
        {
            if (disagreements.Count == 0)
            {
                return;
            }

            Heading(html, Section, "Where sources differ");
            html.AppendLine("<ul>");
            foreach (var disagreement in disagreements)
            {
                if (disagreement.Kind == DisagreementKind.Update)
                {
                    html.Append("<li class=\"update\"><strong>").Append(Encode(disagreement.Topic)).Append("</strong>: ")
                        .AppendJoin(", ", disagreement.Claims.Select((c, i) => $"{(i == disagreement.Claims.Count - 1 ? "later" : "earlier")} {Encode(c.Text)} {Cite(c.Sources)}"))
                        .AppendLine("</li>");
                    continue;
                }

                html.Append("<li><strong>").Append(Encode(disagreement.Topic)).AppendLine("</strong>\n<ul>");
                foreach (var claim in disagreement.Claims)
                {
                    html.Append("<li>").Append(Encode(claim.Text)).Append(' ').Append(Cite(claim.Sources)).AppendLine("</li>");
                }

                html.AppendLine("</ul>\n</li>");
            }

            html.AppendLine("</ul>\n</section>");
        }

        public void Coverage(StringBuilder html) => HtmlCoverage.Grid(html, brief, Section, anchorPrefix, id => Cite([id]));

        public void Sources(StringBuilder html)
        {
            Heading(html, Section, "Sources");
            html.AppendLine("<ol class=\"sources\">");
            foreach (var source in brief.Sources)
            {
                var a = source.Article;
                html.Append("<li id=\"").Append(Anchor(a.Id)).Append("\"><p>[").Append(a.Id).Append("] ");
                if (a.Metadata.Outlet is { } outlet)
                {
                    html.Append("<strong>").Append(Encode(outlet)).Append("</strong> — ");
                }

                var title = Encode(a.Title ?? "(untitled)");
                var shown = a.Metadata.Url ?? a.Origin;
                if (Linkable(shown) is { } uri)
                {
                    html.Append("<a href=\"").Append(Encode(uri.AbsoluteUri)).Append("\" rel=\"noopener\">").Append(title).Append("</a>")
                        .Append(" <span class=\"origin\">").Append(Encode(uri.Host)).Append("</span>");
                }
                else
                {
                    html.Append("<cite>").Append(title).Append("</cite> <span class=\"origin\">").Append(Encode(shown)).Append("</span>");
                }

                if (source.CopyOf is int original)
                {
                    html.Append(" <span class=\"copy\">— near-copy of ").Append(Cite([original])).Append("</span>");
                }

                html.AppendLine("</p>");
                if (source.Summary is { } summary)
                {
                    html.Append("<p>").Append(Encode(summary.Summary)).AppendLine("</p>");
                    if (summary.KeyPoints.Count > 0)
                    {
                        html.AppendLine("<ul>");
                        foreach (var point in summary.KeyPoints)
                        {
                            html.Append("<li>").Append(Encode(point)).AppendLine("</li>");
                        }

                        html.AppendLine("</ul>");
                    }
                }

                html.AppendLine("</li>");
            }

            html.AppendLine("</ol>\n</section>");
        }

        public void Checks(StringBuilder html)
        {
            if (brief.Checks.Ungrounded.Count == 0)
            {
                return;
            }

            Heading(html, Section, "Not found in the cited sources");
            html.AppendLine("<ul>");
            foreach (var u in brief.Checks.Ungrounded)
            {
                html.Append("<li><code>").Append(Encode(u.Token)).Append("</code> in “").Append(Encode(u.Text)).Append("” ")
                    .Append(Cite(u.Sources)).AppendLine("</li>");
            }

            html.AppendLine("</ul>\n</section>");
        }

        // Traced sentences carry their own sources; untraced prose may still hold [n] markers written by the engine.
        public string CitedSummary(MergedSummary merged) =>
            merged.SummaryClaims.Count == 0
                ? CitationMarker().Replace(Encode(merged.Summary), m => Cite([int.Parse(m.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)]))
                : string.Join(' ', merged.SummaryClaims.Select(c => Encode(c.Text) + " " + Cite(c.Sources)));

        // A citation of a source missing from the list stays plain text rather than a link to nowhere.
        private string Cite(IEnumerable<int> sources) =>
            string.Concat(sources.Select(s => _ids.Contains(s)
                ? $"<a class=\"cite\" href=\"#{Anchor(s)}\">[{s}]</a>"
                : $"[{s}]"));

        private string Anchor(int sourceId) => $"{anchorPrefix}source-{sourceId}";
    }
}
