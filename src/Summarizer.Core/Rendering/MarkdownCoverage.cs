using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// The coverage grid as a compact Markdown table: the HTML grid's marks, columns named by citation only (the
/// outlets are listed under Sources), rows labelled S1.. for summary sentences and K1.. for key points.
/// </summary>
internal static class MarkdownCoverage
{
    public static void Grid(StringBuilder md, string section, Brief brief)
    {
        if (CoverageGrid.From(brief) is not { } grid)
        {
            return;
        }

        md.Append(section).AppendLine(" Who reports what").AppendLine();
        md.AppendJoin(" · ", CoverageGrid.Legend.Select(l => $"{l.Glyph} {l.Meaning}"))
            .AppendLine(" · empty: silent · S = summary sentence, K = key point").AppendLine();

        md.Append("| Sentence |");
        foreach (var col in grid.Columns)
        {
            md.Append(" [").Append(col.SourceId).Append(']');
            if (col.CopyOf is int original)
            {
                md.Append(" copy of [").Append(original).Append(']');
            }

            md.Append(" |");
        }

        md.AppendLine().Append("|---|").Insert(md.Length, ":-:|", grid.Columns.Count).AppendLine();
        foreach (var row in grid.Rows)
        {
            md.Append("| ").Append(row.Section == CoverageSection.Summary ? 'S' : 'K').Append(row.Index + 1).Append(' ')
                .Append(Cell(CoverageGrid.Label(row.Text))).Append(" |");
            foreach (var cell in row.Cells)
            {
                md.Append(' ').Append(CoverageGrid.Glyph(cell.Mark)).Append(" |");
            }

            md.AppendLine();
        }

        md.AppendLine();
    }

    // A pipe would end the cell early.
    private static string Cell(string text) => MarkdownStory.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);
}
