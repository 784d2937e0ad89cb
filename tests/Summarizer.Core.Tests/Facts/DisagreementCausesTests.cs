using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Planted disagreements that alignment used to miss, one cause each, on invented sentences: what a size is of, an
/// offer beside a demand, the start of a named event, closures, the moment of a raid, a role in the progressive,
/// whom "the 27-year-old" refers to, a date's bound, and names shown in a wording every source holds.
/// </summary>
public sealed class DisagreementCausesTests
{
    [Fact]
    public void A_size_of_a_part_is_not_the_size_of_the_whole()
    {
        var groups = Align(
            "The whale was 18 metres long. Its jaw alone measured 2.1 metres.",
            "The whale measured about 21 metres from head to tail, and its jaw was about 2 metres long.");

        Assert.Contains(groups, g => Describe(g) == "Disagree: 1 | 2" && g.Facts.Any(f => f.Text == "18 metres") && g.Facts.Any(f => f.Text == "about 21 metres"));
        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Text == "2.1 metres"));
    }

    [Fact]
    public void What_one_side_offers_is_compared_with_the_other_sources_offer_not_with_the_demand()
    {
        var groups = Align(
            "The nurses' union is seeking a 12% pay rise. The hospital trust has offered 3%.",
            "The union wants a 12 percent pay rise. The trust has offered 6%.");

        var offer = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal(["3%", "6%"], offer.Versions.Select(v => v.First.Text));
    }

    [Fact]
    public void When_a_named_event_began_meets_the_start_of_the_same_event_worded_differently()
    {
        var groups = Align(
            "About 900 bus drivers began a 24-hour strike at 5am on Tuesday after talks failed.",
            "The walkout began at midnight on Monday, when the night crews left their depots.");

        var start = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(start));
    }

    [Fact]
    public void When_an_event_began_and_when_it_ended_are_different_moments()
    {
        var groups = Align(
            "About 900 bus drivers began a 24-hour strike at 5am on Tuesday after talks failed.",
            "The strike ended at 5am on Wednesday, the drivers' union said.");

        Assert.DoesNotContain(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.TimeOfDay));
    }

    [Fact]
    public void Closures_are_counted_whether_closing_or_the_closure_of()
    {
        var groups = Align(
            "The plan cuts €3m from the sports budget, closing five leisure centres.",
            "The savings will lead to the closure of seven leisure centres.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Count))));
    }

    [Fact]
    public void A_closure_elsewhere_in_the_sentence_does_not_frame_a_count() =>
        Assert.Null(Read("The bridge is used by roughly 40,000 vehicles daily, and its closure caused long queues.").Single(f => f.Value.Kind == ValueKind.Count).Frame);

    [Fact]
    public void The_moment_of_a_raid_is_the_moment_of_the_break_in()
    {
        var groups = Align(
            "Burglars broke into the gallery at 2.40am on Sunday and escaped with four paintings.",
            "The thieves smashed their way into the gallery at 3.40am on Sunday.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay))));
    }

    [Fact]
    public void Who_is_leading_an_inquiry_is_read_like_who_leads_it()
    {
        var lead = Assert.Single(Read("Inspector Mara Lind, who is leading the investigation, appealed for witnesses."), f => f.Role == "lead");
        Assert.Equal("Mara Lind", lead.Text);

        var groups = Align(
            "Inspector Mara Lind, who is leading the investigation, appealed for witnesses.",
            "Superintendent Jonas Berg, who leads the inquiry, said the van had been found.");
        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.All(f => f.Role == "lead"))));
    }

    [Fact]
    public void The_27_year_old_is_the_person_the_headline_names_not_the_last_one_named()
    {
        var first = new CleanedArticle(1, "1.txt", "Brel joins Harwick", ArticleMetadata.Empty,
            "Tomas Brel has joined Harwick United from Dalby. The club's manager, Ana Sorel, confirmed the signing. The 27-year-old winger scored 14 goals last season.",
            0, CleaningReport.Empty);
        var second = Article(2, "Winger Tomas Brel, 26, has signed for Harwick United.");

        var age = Assert.Single(FactAligner.Align([FactExtractor.Extract(first), FactExtractor.Extract(second)]), g => g.Facts.All(f => f.Value.Kind == ValueKind.Age));
        Assert.Equal("Disagree: 1 | 2", Describe(age));
    }

    [Theory]
    [InlineData("The flood warning stays in force until Thursday.", "until Thursday")]
    [InlineData("The museum has been closed since 2019.", "since 2019")]
    public void A_dates_bound_is_part_of_what_it_says(string sentence, string text) =>
        Assert.Equal(text, Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date).Text);

    [Fact]
    public void Swindling_frames_the_sum_as_the_fraud_not_the_penalty() =>
        Assert.Equal("fraud", Read("The banker was jailed for six years after swindling savers out of 2.5 billion dollars.").Single(f => f.Value.Kind == ValueKind.Money).Frame);

    [Fact]
    public void A_name_is_shown_by_the_fullest_name_its_sources_give()
    {
        var groups = Align(
            "Dr. Ilka Varga of the Marren Institute, who led the study, said the results were clear.",
            "Dr. Varga, who led the research, said the results were clear.",
            "The study, led by Professor Ben Holt, was published on Monday.");

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(["Ilka Varga", "Ben Holt"], shown.Claims.Select(c => c.Text));
        Assert.Equal([1, 2], shown.Claims[0].Sources);
    }
}
