using System.Text;
using Summarizer.Documents;
using static Summarizer.Rendering.HtmlPage;

namespace Summarizer.Rendering;

/// <summary>
/// The coverage grid of one story as a real table (caption, column and row headers, a row group per section) inside
/// its own scrolling box, so a phone scrolls the grid and never the page; and the daily index's coverage bar.
/// Marks are glyphs with their meaning in words beside them for screen readers, so nothing depends on colour.
/// </summary>
internal static class HtmlCoverage
{
    public static void Grid(StringBuilder html, Brief brief, int level, string anchorPrefix, Func<int, string> cite)
    {
        if (CoverageGrid.From(brief) is not { } grid)
        {
            return;
        }

        var caption = anchorPrefix + "coverage-caption";
        html.Append("<section class=\"coverage\">\n<h").Append(level).Append(">Who reports what</h").Append(level).AppendLine(">");
        html.Append("<p class=\"legend\">").AppendJoin(" · ", CoverageGrid.Legend.Select(l => $"<span class=\"mk\" aria-hidden=\"true\">{l.Glyph}</span> {Encode(l.Meaning)}"))
            .AppendLine(" · empty: silent</p>");
        html.Append("<div class=\"grid\" role=\"region\" aria-labelledby=\"").Append(caption).AppendLine("\" tabindex=\"0\">");
        // The caption names the table for screen readers; the heading and legend above say the same on screen, and a
        // visible caption would be as wide as the table and scroll away with it.
        html.Append("<table>\n<caption class=\"vh\" id=\"").Append(caption).Append("\">Which outlet reports each sentence of the summary and each key point (")
            .Append(MarkdownStory.Plural(grid.Columns.Count, "outlet")).AppendLine(")</caption>");

        html.Append("<thead>\n<tr><th scope=\"col\">Sentence</th>");
        foreach (var col in grid.Columns)
        {
            html.Append("<th scope=\"col\">").Append(cite(col.SourceId));
            if (col.Outlet is { } outlet)
            {
                html.Append(" <span class=\"outlet\">").Append(Encode(outlet)).Append("</span>");
            }

            if (col.CopyOf is int original)
            {
                html.Append(" <span class=\"copy\">near-copy of ").Append(cite(original)).Append("</span>");
            }

            html.Append("</th>");
        }

        html.AppendLine("</tr>\n</thead>");
        Section(html, grid, CoverageSection.Summary, "Summary");
        Section(html, grid, CoverageSection.KeyPoint, "Key points");
        html.AppendLine("</table>\n</div>\n</section>");
    }

    private static void Section(StringBuilder html, CoverageGrid grid, CoverageSection section, string name)
    {
        var rows = grid.Rows.Where(r => r.Section == section).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"").Append(grid.Columns.Count + 1).Append("\"><span>").Append(name).AppendLine("</span></th></tr>");
        foreach (var row in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(CoverageGrid.Label(row.Text))).Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                var words = Encode(CoverageGrid.Describe(cell, grid.Columns[i]));
                html.Append("<td class=\"").Append(Class(cell.Mark)).Append('"');
                if (cell.Mark == CoverageMark.OtherVersion)
                {
                    html.Append(" title=\"").Append(words).Append('"');
                }

                html.Append('>');
                if (cell.Mark != CoverageMark.Silent)
                {
                    html.Append("<span class=\"mk\" aria-hidden=\"true\">").Append(CoverageGrid.Glyph(cell.Mark)).Append("</span>");
                }

                html.Append("<span class=\"vh\">").Append(words).Append("</span></td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody>");
    }

    private static string Class(CoverageMark mark) => mark switch
    {
        CoverageMark.Reports => "m-r",
        CoverageMark.ReportsAsCopy => "m-c",
        CoverageMark.OtherVersion => "m-o",
        _ => "m-s",
    };

    /// <summary>
    /// One block per outlet covering the story, then one hollow block per conflict, with the counts in words beside
    /// them; the blocks are drawn with borders, which forced-colours mode keeps, not backgrounds, which it removes.
    /// </summary>
    public static void Bar(StringBuilder html, Brief story)
    {
        const int MaxBlocks = 12;
        var outlets = CoverageGrid.Outlets(story);
        var conflicts = CoverageGrid.Conflicts(story);
        html.Append("<span class=\"cover\"><span class=\"bar\" aria-hidden=\"true\">");
        html.Insert(html.Length, "<i class=\"o\"></i>", Math.Min(outlets, MaxBlocks));
        if (outlets > MaxBlocks)
        {
            html.Append("<b>+</b>");
        }

        if (conflicts > 0)
        {
            html.Append("<i class=\"gap\"></i>");
            html.Insert(html.Length, "<i class=\"c\"></i>", Math.Min(conflicts, MaxBlocks));
            if (conflicts > MaxBlocks)
            {
                html.Append("<b>+</b>");
            }
        }

        html.Append("</span> ").Append(MarkdownStory.Plural(outlets, "outlet")).Append(" · ")
            .Append(conflicts == 0 ? "no conflict" : MarkdownStory.Plural(conflicts, "conflict")).Append("</span>");
    }

}
