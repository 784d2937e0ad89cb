using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>"Reported by one source" never lists what another independent source restates in other words, on invented stories.</summary>
public sealed class SingleSourceRestatementTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    [Fact]
    public void A_clause_another_source_states_does_not_open_the_news_listed_after_it()
    {
        var result = Analyze(
            "Harbour master Odile Brenn opened the new Ferrow Bay lifeboat station on Saturday. Volunteers in yellow jackets lined the quay. "
            + "Odile Brenn, who opened the new Ferrow Bay lifeboat station on Saturday, faces questions over why the old slipway was sold to a hotel developer.",
            "The new Ferrow Bay lifeboat station was opened on Saturday by harbour master Odile Brenn. The crew gave a rescue demonstration in the bay.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("slipway", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
        Assert.DoesNotContain("lifeboat station", listed.Text, StringComparison.Ordinal);
        Assert.StartsWith("Odile Brenn …", listed.Text, StringComparison.Ordinal); // who it is about still opens it
    }

    [Fact]
    public void A_reworded_statement_of_what_another_source_says_is_not_listed()
    {
        var result = Analyze(
            "The Tarrow Valley council lost its majority in Sunday's vote. Coalition talks with the Green Alliance are expected to begin soon, officials said. "
            + "The Green Alliance won seats in every ward.",
            "Tarrow Valley voters ended the ruling party's majority on Sunday. The Green Alliance gained seats across all wards. "
            + "The ruling party is expected to open coalition talks with the Green Alliance.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("coalition talks", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_restated_fact_retold_about_the_story_s_own_people_is_not_listed()
    {
        var result = Analyze(
            "Oakmere voters ousted mayor Viktor Hale after twelve years, handing a landslide victory to ferry campaigner Petra Lund. "
            + "The count finished after midnight.",
            "Petra Lund won the Oakmere mayoral election, ending the twelve years in office of mayor Viktor Hale. "
            + "Lund has promised cheaper ferry tickets.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("landslide", StringComparison.Ordinal));
    }

    [Fact]
    public void A_detail_added_to_a_restated_fact_is_still_listed()
    {
        var result = Analyze(
            "The council raised the Oakmere harbour levy by 3%, the largest rise its charter allows without a public ballot of traders. The vote was close.",
            "Oakmere's council approved a 3% rise in the harbour levy on Monday. Fishing crews protested outside.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("ballot", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void A_capitalised_first_word_is_no_participant_unless_the_story_writes_it_as_a_name()
    {
        var result = Analyze(
            "Volunteers dried the soaked library books in a borrowed church hall, after storm winds tore the roof off the Larkin Road school. "
            + "Lessons move to portable classrooms next week.",
            "Storm winds tore the roof off the Larkin Road school. Parents and volunteers helped teachers clear the classrooms.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("church hall", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void A_speaker_s_new_words_beside_a_restated_fact_are_still_listed()
    {
        var result = Analyze(
            "Harbour engineer Tove Lind said the dredgers must wait for calmer seas, after the storm silted up the Larkin channel. "
            + "Fishing boats stayed in port.",
            "The storm silted up the Larkin channel. Harbour engineer Tove Lind inspected the channel from a pilot boat.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("calmer seas", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void A_clause_that_holds_another_source_s_whole_statement_with_a_few_words_of_its_own_restates_it()
    {
        var result = Analyze(
            "Brask harbour mayor Ines Varro is expected to open formal pay talks with the Dock Guild. Mayor Ines Varro toured Brask harbour. "
            + "Ships queued outside the breakwater.",
            "Pay talks with the Dock Guild are expected soon. Cranes stood idle. Mayor Ines Varro urged calm in Brask harbour.");

        Assert.Equal(SentenceNews.Stated, result.Verdicts[(1, 0)]);
    }

    [Fact]
    public void Shared_names_alone_do_not_make_a_restatement_but_shared_event_words_do()
    {
        string[] texts =
        [
            "Mayor Ilse Varga visited the Kettleby docks. Mayor Ilse Varga praised the Kettleby crews. Mayor Ilse Varga met Kettleby traders.",
            "Mayor Ilse Varga said the Kettleby dredger would be scrapped next spring. Kettleby traders welcomed Mayor Ilse Varga.",
        ];
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var weights = new StoryWordWeights(sources);

        var namesOnly = ContentWords.Of("Mayor Ilse Varga of Kettleby ordered a new ferry timetable.");
        var sameEvent = ContentWords.Of("The Kettleby dredger will be scrapped, Mayor Ilse Varga said.");

        Assert.True(sources[0].BestWeightedShare(namesOnly, weights) < 0.6);
        Assert.True(sources[1].BestWeightedShare(sameEvent, weights) >= 0.6);
        Assert.True(weights.Of("dredger") > weights.Of("kettleby"));
    }

    [Fact]
    public void A_clause_whose_words_and_their_links_another_source_states_is_not_listed_though_its_place_names_are_its_own()
    {
        var result = Analyze(
            "Floodwater closed the Marl Street crossing on Monday. Shuttle boats are carrying commuters from Dunmore Quay to the Pell Street station and the Orrin Bridge depot. "
            + "The mayor thanked the volunteer crews.",
            "The Marl Street crossing is under water. Shuttle boats will carry commuters until the water drops. Engineers inspected the pumps.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("Shuttle boats", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_that_shares_one_link_of_its_words_with_another_source_is_still_listed()
    {
        var result = Analyze(
            "Floodwater closed the Marl Street crossing on Monday. Shuttle boats are ferrying stranded pensioners from Dunmore Quay to the Pell Street clinic. "
            + "The mayor thanked the volunteer crews.",
            "The Marl Street crossing is under water. Two shuttle boats were damaged by debris overnight. Engineers inspected the pumps.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("pensioners", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void The_links_of_a_clause_are_its_neighbouring_content_words_with_names_set_aside()
    {
        var tokens = Tokenizer.Facts.Tokenize("Replacement buses carry passengers between Ravel and Osk.");

        var links = ClauseLinks.Of(tokens, opensSentence: true);

        Assert.Equal([("replacement", "bus"), ("bus", "carry"), ("carry", "passenger")], links);
    }
}
