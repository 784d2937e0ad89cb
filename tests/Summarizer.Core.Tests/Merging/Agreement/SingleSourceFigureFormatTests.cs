using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>A figure another source gives in another format is corroborated there: never listed as one source's, on invented stories.</summary>
public sealed class SingleSourceFigureFormatTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 5, 18, 0, 0, TimeSpan.Zero);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryTexts.Analyze(Published, texts);

    [Fact]
    public void Basis_points_and_a_quarter_of_a_percentage_point_are_one_cut()
    {
        var result = Analyze(
            "The Ostmark Central Bank lowered its deposit rate by 25 basis points to 2.5% on Thursday. Pensioners' groups welcomed the move.",
            "Ostmark's central bank trimmed its deposit rate by a quarter of a percentage point to 2.5 per cent. Exporters said the krone would weaken.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("basis points", StringComparison.Ordinal) || c.Text.Contains("quarter", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ordinal_of_occurrence_is_corroborated_in_either_wording()
    {
        var result = Analyze(
            "The Ostmark Central Bank lowered its deposit rate to 2.5%, its third cut this year. Pensioners' groups welcomed the move.",
            "The Ostmark Central Bank has lowered its deposit rate for the third time this year, taking it to 2.5%. Exporters said the krone would weaken.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("third", StringComparison.Ordinal));
    }

    [Fact]
    public void A_financial_year_is_no_figure_of_its_own()
    {
        var result = Analyze(
            "Dunholt council has balanced its 2026-27 budget with a 3.9% rise in property tax. Residents packed the public gallery.",
            "Dunholt council approved its budget for 2026-27 on Thursday. Property tax will rise by 3.9%, the council said.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("balanced", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_written_with_by_corroborates_the_same_time_in_another_format()
    {
        var result = Analyze(
            "Brackwater Bank's card services were fully restored at 2.20pm on Thursday, the bank said. Shops had turned customers away all morning.",
            "Brackwater Bank's card services were back to normal by 14:20, according to the bank. The chief executive apologised to customers.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("restored", StringComparison.Ordinal) || c.Text.Contains("14:20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_span_does_not_corroborate_a_date_inside_it()
    {
        var result = Analyze(
            "Dunholt council approved its 2026-27 budget on Thursday with a 3.9% rise in property tax. Residents packed the public gallery.",
            "Dunholt council has balanced its 2026-27 budget with a 3.9% property tax increase. Property tax bills for the new year will be posted to households in June.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("June", StringComparison.Ordinal));
        Assert.Equal([2], listed.Sources);
    }
    [Fact]
    public void An_exact_sum_two_sources_frame_differently_is_corroborated()
    {
        var result = Analyze(
            "A cyber attack has shut the computer systems of the Dunmore clinic network. The attackers are demanding $4.5m, according to a person briefed on the matter.",
            "Dunmore clinics have cancelled operations after a cyber attack. Grey Lantern has now put them on its leak site, beside a countdown and a ransom of 4.5 million dollars.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("4.5", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exact_clock_time_two_sources_frame_differently_is_corroborated()
    {
        var result = Analyze(
            "The Pellow rocket blasted off at 06:12 local time under clear skies. Engineers lost contact with the upper stage minutes later.",
            "Crowds on the cliffs watched the climb that began at 6.12am, until the trail bent towards the sea. Engineers are studying the telemetry.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("06:12", StringComparison.Ordinal) || c.Text.Contains("6.12am", StringComparison.Ordinal));
    }

    [Fact]
    public void A_round_count_given_by_two_sources_about_different_things_is_not_corroborated_by_its_value_alone()
    {
        var result = Analyze(
            "Volunteers handed out 400 blankets at the Dunmore shelter overnight. The mayor thanked them.",
            "The storm cut power to 400 homes in the hill villages, the grid operator said. Crews worked through the night.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("400 blankets", StringComparison.Ordinal) || c.Text.Contains("400 homes", StringComparison.Ordinal));
    }
}
