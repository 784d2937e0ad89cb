using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Who a claim is credited to, on hand-written stories whose sources share names and places but not the quote,
/// the speaker or the figure: each source is credited only for what one passage of it says.
/// </summary>
public class AttributionRuleTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    private static readonly StoryAnalysisResult Flood = Story(
        "Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday and called the damage \"heartbreaking\". Crews worked through the night.",
        "Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday and called the damage severe. Crews worked through the night.",
        "Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday. She said the damage was severe.");

    [Theory]
    [InlineData("Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday and called the damage “heartbreaking”.")]
    [InlineData("Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday and called the damage 'HEARTBREAKING'.")]
    [InlineData("Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday and called the damage ‘heartbreaking’.")]
    public void A_one_word_quote_is_credited_only_to_the_source_that_carries_it(string claim)
    {
        Assert.Equal([1], Credited(Flood, claim));
    }

    [Fact]
    public void Without_the_quote_the_same_words_are_credited_to_every_source_that_says_them()
    {
        Assert.Equal([1, 2, 3], Credited(Flood, "Governor Ilse Brandt toured the flooded streets of Lowmoor on Sunday."));
    }

    [Fact]
    public void A_word_the_story_writes_in_lower_case_is_no_name_where_it_opens_the_claim()
    {
        var story = Story(
            "Staff at the Kelby yard downed tools and cheered when the ferry order was announced.",
            "Workers at the Kelby yard downed tools and cheered when the ferry order was announced. The union said its workers had waited years for the news.");

        Assert.Equal([1, 2], Credited(story, "Workers at the Kelby yard downed tools and cheered when the ferry order was announced."));
    }

    [Fact]
    public void A_name_that_opens_the_claim_is_still_needed_in_the_source()
    {
        var story = Story(
            "The skipper at the Kelby yard downed tools and cheered when the ferry order was announced.",
            "Brannock at the Kelby yard downed tools and cheered when the ferry order was announced. The union said Brannock had waited years for the news.");

        Assert.Equal([2], Credited(story, "Brannock at the Kelby yard downed tools and cheered when the ferry order was announced."));
    }

    private static readonly StoryAnalysisResult Strike = Story(
        "The dockers' union said it would seek urgent talks with management after the vote in Saltmarsh.",
        "Management said it would seek urgent talks with the dockers' union after the vote in Saltmarsh.",
        "The dockers' union met in Saltmarsh after the vote. Management would seek urgent talks, a spokesman said.",
        "Fergal Moynihan addressed the crowd at the port gates. He said the union would seek urgent talks with management after the vote.",
        "Fergal Moynihan addressed the crowd at the port gates. The union would seek urgent talks with management after the vote, the employers' federation said.");

    [Fact]
    public void Reported_words_are_credited_only_to_the_source_where_that_speaker_says_them()
    {
        Assert.Equal([1], Credited(Strike, "The dockers' union would seek urgent talks with management after the vote in Saltmarsh."));
    }

    [Fact]
    public void A_next_sentence_carries_reported_words_only_when_it_refers_back_to_the_speaker()
    {
        Assert.Equal([4], Credited(Strike, "Fergal Moynihan said the union would seek urgent talks with management after the vote."));
    }

    [Fact]
    public void Words_said_by_the_subject_of_an_earlier_verb_are_credited_only_where_that_subject_says_them()
    {
        var story = Story(
            "Police named the cyclist as Ada Voss, 31, of Marlow, and said she was helping officers with their inquiries.",
            "The cyclist, named by officers as 31-year-old Ada Voss from Marlow, walked away unhurt.");

        Assert.Equal([1], Credited(story, "Police named the cyclist as Ada Voss, 31, of Marlow, and said she was helping officers with their inquiries."));
    }

    private static readonly StoryAnalysisResult Challenge = Story(
        "The fishermen's association said it was considering a legal challenge to the decision on the Kelda wind farm.",
        "Within a day of the Kelda wind farm decision, the fishermen's association had filed a legal challenge to the decision.",
        "The fishermen's association said it had filed a legal challenge to the decision on the Kelda wind farm.",
        "The fishermen's association said on Friday that it is considering a legal challenge to the Kelda wind farm decision.");

    [Fact]
    public void Reported_speech_is_credited_only_where_the_source_gives_what_was_said_with_its_verb()
    {
        // Filing a challenge is not considering one: a source that names the speaker, or has them speak, with the
        // other words but another verb reports something else.
        Assert.Equal([1, 4], Credited(Challenge, "The fishermen's association said it was considering a legal challenge to the decision on the Kelda wind farm."));
    }

    private static readonly StoryAnalysisResult Bridge = Story(
        "Repairs to the Aldric bridge will cost €18 million, the council said.",
        "Repairs to the Aldric bridge will start in May. The new school will cost €18 million.",
        "Repairs to the Aldric bridge were approved on Monday. They will cost €18 million.",
        "The Aldric bridge closure angered Lowmoor. Residents at the meeting shouted \"a betrayal\" at officials.",
        "The Aldric bridge closure was ‘a betrayal’ for Lowmoor, residents said.");

    [Fact]
    public void A_neighbouring_sentence_cannot_carry_a_figure_to_a_source_that_does_not_give_it_for_the_claim()
    {
        Assert.Equal([1, 3], Credited(Bridge, "Repairs to the Aldric bridge will cost €18 million."));
    }

    [Fact]
    public void A_neighbouring_sentence_cannot_carry_a_quote_to_a_source_that_does_not_give_it_for_the_claim()
    {
        Assert.Equal([5], Credited(Bridge, "The Aldric bridge closure was \"a betrayal\" for Lowmoor."));
    }

    [Fact]
    public void A_figure_is_credited_only_with_the_same_value_and_currency()
    {
        var story = Story(
            "Repairs to the Kessel bridge will cost $310m, the transport ministry said.",
            "Repairs to the Kessel bridge will cost $240 million, the transport ministry said.",
            "The transport ministry said repairs to the Kessel bridge would cost $310 million.",
            "Repairs to the Kessel bridge will cost €310m, the transport ministry said.");

        Assert.Equal([1, 3], Credited(story, "Repairs to the Kessel bridge will cost $310m, the transport ministry said."));
    }

    [Fact]
    public void A_figure_is_credited_to_sources_that_write_it_another_way()
    {
        var story = Story(
            "Leaders of 30 countries met in Varnholm on Tuesday to discuss the 11 km flood wall, which closed at 14:30.",
            "Leaders of 30 nations met in Varnholm on Tuesday to discuss the 11-kilometre flood wall, which closed at 2.30pm.",
            "Leaders of 30 nations met in Varnholm on Tuesday to discuss the 12 km flood wall, which closed at 2.30pm.",
            "Leaders of 30 nations met in Varnholm on Tuesday to discuss the 11 km flood wall, which closed at 3.30pm.");

        Assert.Equal([1, 2], Credited(story, "Leaders of 30 nations met in Varnholm on Tuesday to discuss the 11 kilometres flood wall, which closed at 14:30."));
    }

    [Fact]
    public void A_time_of_day_is_credited_only_where_the_source_gives_that_time()
    {
        var story = Story(
            "The Brennick levee gave way at 2.30pm on Saturday, flooding the lower town.",
            "The Brennick levee gave way at 3.30pm on Saturday, flooding the lower town.");

        Assert.Equal([2], Credited(story, "The Brennick levee gave way at 3.30pm on Saturday, flooding the lower town."));
    }

    [Fact]
    public void A_count_is_not_credited_to_a_source_that_gives_the_number_as_money()
    {
        var story = Story(
            "Sales of the Halloway novel have passed 40,000 copies since the award.",
            "Since the award, sales of the Halloway novel have soared and its author has earned £40,000.");

        Assert.Equal([1], Credited(story, "Sales of the Halloway novel have passed 40,000 copies since the award."));
    }

    [Fact]
    public void Lookalike_sentences_with_the_same_names_and_place_but_another_quote_or_figure_are_not_credited()
    {
        var story = Story(
            "Union leader Fergal Moynihan told reporters in Saltmarsh that members were \"solid\".",
            "Union leader Fergal Moynihan told reporters in Saltmarsh that members were \"angry\".",
            "Anton Brisk, 74, died in Lowmoor when the river rose.",
            "Anton Brisk, 71, died in Lowmoor when the river rose.");

        Assert.Equal([1], Credited(story, "Union leader Fergal Moynihan told reporters in Saltmarsh that members were “solid”."));
        Assert.Equal([2], Credited(story, "Union leader Fergal Moynihan told reporters in Saltmarsh that members were 'angry'."));
        Assert.Equal([3], Credited(story, "Anton Brisk, 74, died in Lowmoor when the river rose."));
    }

    [Fact]
    public void A_key_point_no_source_verifies_keeps_only_the_cited_sources_that_carry_its_quote()
    {
        var story = Story(
            "Mayor Ruth Okafor visited the shelters. Later she described the flood as \"heartbreaking\" for families.",
            "Mayor Ruth Okafor visited the shelters and praised the volunteers.");
        var keyPoint = new Claim("Okafor described the storm damage to farms as \"heartbreaking\" in a radio interview.", [1, 2]);

        Assert.Null(story.Support(keyPoint.Text));
        Assert.Equal([1], story.Attribute(keyPoint).Sources);
    }
}
