using System.Text.Json;
using Summarizer.Documents;
using Summarizer.Rendering;

namespace Summarizer.Core.Tests.Rendering;

/// <summary>The marks of the coverage grid, on invented stories: reports, near-copy, another version, silent.</summary>
public sealed class CoverageGridTests
{
    // Four outlets; [4] is a near-copy of [1]. Each source's text is invented; only the spans matter here.
    private static Brief Story(IReadOnlyList<Claim> summary, IReadOnlyList<Claim> keyPoints, params Disagreement[] disagreements)
    {
        static BriefSource Source(int id, string? outlet, int? copyOf) => new(
            new CleanedArticle(id, $"in/{id}.txt", $"Title {id}", new ArticleMetadata { Outlet = outlet }, "Text.", 50, new CleaningReport([])),
            null,
            copyOf);

        return new Brief(
            new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero),
            "local",
            null,
            [Source(1, "Lowmoor Post", null), Source(2, "Fennick Radio", null), Source(3, null, null), Source(4, "Vale Echo", 1)],
            new MergedSummary("Dam spillway opened", "…", keyPoints, disagreements, []) { SummaryClaims = summary },
            CheckReport.Empty,
            UsageReport.None,
            []);
    }

    private static IReadOnlyList<CoverageMark> Marks(CoverageGrid grid, int row) => [.. grid.Rows[row].Cells.Select(c => c.Mark)];

    [Fact]
    public void A_cited_outlet_reports_a_cited_copy_reports_as_a_copy_and_the_rest_are_silent()
    {
        var grid = CoverageGrid.From(Story([new Claim("The spillway gates opened at dawn.", [1, 4])], []))!;

        Assert.Equal([CoverageMark.Reports, CoverageMark.Silent, CoverageMark.Silent, CoverageMark.ReportsAsCopy], Marks(grid, 0));
        Assert.Equal([null, null, null, 1], grid.Columns.Select(c => c.CopyOf));
    }

    [Fact]
    public void An_outlet_on_another_side_of_a_disagreement_whose_span_lies_in_the_sentence_gives_another_version()
    {
        var claim = new Claim("Engineers released 310 cubic metres a second.", [1, 2], [new SourceSpan(1, 100, 148), new SourceSpan(2, 40, 90)]);
        var flow = new Disagreement("flow rate", [
            new Claim("310 cubic metres a second", [1, 2], [new SourceSpan(1, 119, 144), new SourceSpan(2, 60, 85)]),
            new Claim("about 250 cubic metres a second", [3], [new SourceSpan(3, 12, 43)]),
        ]);

        var grid = CoverageGrid.From(Story([claim], [], flow))!;

        Assert.Equal([CoverageMark.Reports, CoverageMark.Reports, CoverageMark.OtherVersion, CoverageMark.Silent], Marks(grid, 0));
        Assert.Equal(["about 250 cubic metres a second"], grid.Rows[0].Cells[2].OtherVersions);
    }

    [Fact]
    public void Without_spans_a_sentence_that_holds_a_sides_words_takes_that_side()
    {
        var claim = new Claim("The reservoir stood at 92% of capacity on Sunday.", [2]);
        var level = new Disagreement("reservoir level", [new Claim("92%", [2]), new Claim("88%", [3, 4])]);

        var grid = CoverageGrid.From(Story([], [claim], level))!;

        Assert.Equal(CoverageSection.KeyPoint, grid.Rows[0].Section);
        Assert.Equal([CoverageMark.Silent, CoverageMark.Reports, CoverageMark.OtherVersion, CoverageMark.OtherVersion], Marks(grid, 0));
    }

    [Fact]
    public void A_disagreement_about_a_fact_the_sentence_does_not_state_leaves_other_outlets_silent()
    {
        var claim = new Claim("The spillway gates opened at dawn.", [1], [new SourceSpan(1, 0, 34)]);
        var unrelated = new Disagreement("homes evacuated", [
            new Claim("120 homes", [1], [new SourceSpan(1, 300, 309)]),
            new Claim("12 homes", [2], [new SourceSpan(2, 50, 58)]),
        ]);

        var grid = CoverageGrid.From(Story([claim], [], unrelated))!;

        Assert.Equal([CoverageMark.Reports, CoverageMark.Silent, CoverageMark.Silent, CoverageMark.Silent], Marks(grid, 0));
    }

    [Fact]
    public void A_number_is_matched_as_a_whole_word_only()
    {
        Assert.False(CoverageGrid.States(new Claim("Some 120 homes were cleared.", [1]), new Claim("12", [2])));
        Assert.True(CoverageGrid.States(new Claim("Some 12 homes were cleared.", [1]), new Claim("12", [2])));
        Assert.True(CoverageGrid.States(new Claim("MAYOR  Varga’s order", [1]), new Claim("varga's order", [2])));
    }

    [Fact]
    public void An_outlet_that_also_gives_the_sentences_version_is_not_shown_as_saying_otherwise()
    {
        var claim = new Claim("The reservoir stood at 92% of capacity.", [1]);
        var level = new Disagreement("reservoir level", [new Claim("92%", [1, 2]), new Claim("88%", [2, 3])]);

        var grid = CoverageGrid.From(Story([claim], [], level))!;

        Assert.Equal([CoverageMark.Reports, CoverageMark.Silent, CoverageMark.OtherVersion, CoverageMark.Silent], Marks(grid, 0));
    }

    [Fact]
    public void A_sentence_that_states_every_version_takes_no_side()
    {
        var claim = new Claim("Estimates of the level ranged from 88% to 92%.", [1]);
        var level = new Disagreement("reservoir level", [new Claim("92%", [2]), new Claim("88%", [3])]);

        var grid = CoverageGrid.From(Story([claim], [], level))!;

        Assert.DoesNotContain(CoverageMark.OtherVersion, Marks(grid, 0));
    }

    [Fact]
    public void An_update_names_the_other_figure_earlier_or_later()
    {
        var claim = new Claim("Eleven people have been rescued.", [3], [new SourceSpan(3, 0, 32)]);
        var update = new Disagreement("people rescued", [
            new Claim("9", [1], [new SourceSpan(1, 5, 6)]),
            new Claim("Eleven", [3], [new SourceSpan(3, 0, 6)]),
        ]) { Kind = DisagreementKind.Update };

        var grid = CoverageGrid.From(Story([claim], [], update))!;

        Assert.Equal(CoverageMark.OtherVersion, grid.Rows[0].Cells[0].Mark);
        Assert.Equal(["earlier 9"], grid.Rows[0].Cells[0].OtherVersions);
        Assert.Equal("another version: earlier 9", CoverageGrid.Describe(grid.Rows[0].Cells[0], grid.Columns[0]));
    }

    [Fact]
    public void A_cited_outlet_reports_even_when_it_also_appears_on_another_side()
    {
        var claim = new Claim("The reservoir stood at 92%.", [1, 3]);
        var level = new Disagreement("reservoir level", [new Claim("92%", [1]), new Claim("88%", [3])]);

        var grid = CoverageGrid.From(Story([claim], [], level))!;

        Assert.Equal(CoverageMark.Reports, grid.Rows[0].Cells[2].Mark);
    }

    [Fact]
    public void There_is_no_grid_for_one_source_or_no_traced_claim()
    {
        var story = Story([new Claim("A.", [1])], []);

        Assert.Null(CoverageGrid.From(story with { Sources = [story.Sources[0]] }));
        Assert.Null(CoverageGrid.From(Story([], [])));
        Assert.Null(CoverageGrid.From(story with { Merged = null }));
    }

    [Fact]
    public void Rows_are_the_summary_sentences_then_the_key_points_in_order()
    {
        var grid = CoverageGrid.From(Story([new Claim("S one.", [1]), new Claim("S two.", [2])], [new Claim("K one.", [3])]))!;

        Assert.Equal(["S one.", "S two.", "K one."], grid.Rows.Select(r => r.Text));
        Assert.Equal([0, 1, 0], grid.Rows.Select(r => r.Index));
    }

    [Theory]
    [InlineData("Short sentence.", "Short sentence.")]
    [InlineData("Engineers opened three of the five spillway gates at dawn on Sunday, releasing water downstream.", "Engineers opened three of the five spillway gates at dawn on…")]
    [InlineData("Spillwaygatesopenedatdawnwithoutanywarningtoresidentsdownstreamofthedam.", "Spillwaygatesopenedatdawnwithoutanywarningtoresidentsdownstr…")]
    public void Row_labels_are_cut_at_a_word_boundary(string text, string label) =>
        Assert.Equal(label, CoverageGrid.Label(text));

    [Fact]
    public void Outlets_count_distinct_names_and_each_unnamed_source_once()
    {
        var story = Story([new Claim("A.", [1])], []);
        var second = story.Sources[1];
        var sameOutlet = second with { Article = second.Article with { Metadata = new ArticleMetadata { Outlet = " lowmoor post" } } };

        Assert.Equal(4, CoverageGrid.Outlets(story));
        Assert.Equal(3, CoverageGrid.Outlets(story with { Sources = [story.Sources[0], sameOutlet, story.Sources[2], story.Sources[3]] }));
    }

    [Fact]
    public void The_three_renderings_show_the_same_marks()
    {
        var claim = new Claim("The reservoir stood at 92% | full.", [1, 4]);
        var level = new Disagreement("reservoir level", [new Claim("92%", [1, 4]), new Claim("88%", [3])]);
        var story = Story([claim], [], level);

        var md = new MarkdownBriefRenderer().Render(story);
        var html = HtmlRendererTests.Parse(new HtmlBriefRenderer().Render(story));
        using var json = JsonDocument.Parse(new JsonBriefRenderer().Render(story));

        Assert.Contains("| S1 The reservoir stood at 92% \\| full. | ● |  | ≠ | ○ |", md, StringComparison.Ordinal);
        Assert.Contains("| Sentence | [1] | [2] | [3] | [4] copy of [1] |", md, StringComparison.Ordinal);
        var cells = html.DocumentNode.SelectNodes("//table//tbody/tr[th[@scope='row']]/td")!;
        Assert.Equal(["●reports it", "silent", "≠another version: 88%", "○reports it, near-copy of [1]"], cells.Select(c => System.Net.WebUtility.HtmlDecode(c.InnerText)));
        var coverage = json.RootElement.GetProperty("merged").GetProperty("coverage");
        Assert.Equal([1, 2, 3, 4], coverage.GetProperty("sources").EnumerateArray().Select(e => e.GetInt32()));
        var row = coverage.GetProperty("rows")[0];
        Assert.Equal(["reports", "silent", "other-version", "reports-copy"], row.GetProperty("marks").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("""[{"source":3,"versions":["88%"]}]""", JsonSerializer.Serialize(row.GetProperty("otherVersions")));
    }

    [Fact]
    public void The_html_grid_is_a_captioned_table_with_column_row_and_row_group_headers()
    {
        var story = Story([new Claim("S one.", [1])], [new Claim("K one.", [2, 3])]);

        var doc = HtmlRendererTests.Parse(new HtmlBriefRenderer().Render(story));

        var region = doc.DocumentNode.SelectSingleNode("//div[@class='grid']")!;
        Assert.Equal("region", region.GetAttributeValue("role", ""));
        var table = region.SelectSingleNode("table")!;
        Assert.Equal(region.GetAttributeValue("aria-labelledby", ""), table.SelectSingleNode("caption")!.Id);
        Assert.Equal(5, table.SelectNodes("thead/tr/th[@scope='col']")!.Count);
        Assert.Equal(["Summary", "Key points"], table.SelectNodes("tbody/tr/th[@scope='rowgroup']")!.Select(t => t.InnerText));
        Assert.Equal(["S one.", "K one."], table.SelectNodes("tbody/tr/th[@scope='row']")!.Select(t => t.InnerText));
        Assert.Contains("near-copy of", table.SelectNodes("thead/tr/th")![4].InnerText, StringComparison.Ordinal);
        Assert.Empty(doc.ParseErrors);
    }
}
