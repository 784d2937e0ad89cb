using Summarizer.Chunking;
using Summarizer.Core.Tests.Facts;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>"Reported by one source" decided per fact after alignment, on invented stories.</summary>
public sealed class SingleSourceTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    // The museum story's two tests were written against an evening report in April.
    private static readonly DateTimeOffset MuseumStoryPublished = new(2026, 4, 14, 18, 0, 0, TimeSpan.Zero);

    private static StoryAnalysisResult Analyze(params string[] texts) => StoryTexts.Analyze(Published, texts);

    [Fact]
    public void A_relative_date_and_the_year_it_names_are_one_fact()
    {
        var result = Analyze(
            "Harwick council closed the Kestrel pier on Monday after a storm damaged its deck. The pier was last fully inspected four years ago, the harbour office said.",
            "The Kestrel pier in Harwick has been shut since Monday because of storm damage to the deck. According to the harbour office, the pier's last full inspection took place in 2022.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("four years ago", StringComparison.Ordinal));
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("2022", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_fact_is_listed_even_in_a_sentence_full_of_names_the_other_sources_share()
    {
        var result = Analyze(
            "Mayor Ilse Varga opened the Kettleby ferry terminal on Monday. Mayor Ilse Varga said the Kettleby terminal roof was built from recycled fishing nets.",
            "The Kettleby ferry terminal was opened by Mayor Ilse Varga on Monday. Mayor Ilse Varga said the Kettleby ferry terminal would ease congestion.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("recycled fishing nets", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void A_figure_another_source_gives_differently_is_contested_even_where_alignment_missed_it()
    {
        // No aligned groups at all: "380 jobs" and "420 jobs" about one closure still cannot both be one source's news.
        string[] texts =
        [
            "Orbel Foods will close its Dunvale bakery next spring. The Dunvale bakery closure will cost 380 jobs, the company told staff.",
            "Orbel Foods is shutting the Dunvale bakery. Staff were told the Dunvale bakery closure will cost 420 jobs, the union said.",
        ];
        var articles = texts.Select((t, i) => FactTestKit.Article(i + 1, t, Published)).ToList();
        var index = articles.Select(SourceIndex.Build).ToList();
        var facts = articles.Select(a => FactExtractor.Extract(a)).ToList();
        var corroboration = new FactCorroboration(facts, [], new Dictionary<int, int>(), []);

        var verdicts = SingleSourceFinder.Judge(index, corroboration, new StoryAnalysisOptions(), CancellationToken.None);

        Assert.Equal(SentenceNews.Disputed, verdicts[(1, 1)]);
        Assert.Equal(SentenceNews.Disputed, verdicts[(2, 1)]);
    }

    [Fact]
    public async Task A_key_point_only_one_source_backs_stays_a_key_point_when_its_figure_is_disputed()
    {
        var text = "About 40 people were injured in the Velmar flood, the regional hospital said.";
        string[] texts =
        [
            text + " Water rose above the ground floors of the riverside houses.",
            "The Velmar flood injured 55 people, the regional hospital said. Rescuers used boats to reach the riverside houses.",
        ];
        var brief = new Brief(
            DateTimeOffset.UnixEpoch, "test", null,
            [.. texts.Select((t, i) => new BriefSource(FactTestKit.Article(i + 1, t, Published), null, null))],
            new MergedSummary("h", "s", [new Claim(text, [1], [new SourceSpan(1, 0, text.Length)])], [], []),
            CheckReport.Empty, UsageReport.None, []);

        var enriched = (await new StoryAnalysisEnricher(new StoryAnalysisOptions()).EnrichAsync(brief, CancellationToken.None)).Merged!;

        Assert.Contains(enriched.Disagreements, d => d.Claims.Any(c => c.Text.Contains("55", StringComparison.Ordinal)));
        Assert.DoesNotContain(enriched.SingleSource, c => c.Text == text);
        Assert.Equal([1], Assert.Single(enriched.KeyPoints, c => c.Text == text).Sources);
    }

    [Fact]
    public async Task Key_points_one_source_reports_are_listed_only_as_passages_the_analysis_would_list()
    {
        // Every sentence of the ferry story as a key point: whichever the summary picks, what is listed as one source's is
        // the analysis's passage (its clauses only that source states, salient enough), never the whole sentence with
        // the clauses another outlet states, nor a slight clause the analysis would not list.
        var articles = TrustFixtures.Ferry();
        var analysis = StoryAnalysis.Analyze(articles);
        var keyPoints = articles.SelectMany(a => SentenceSplitter.Instance.Split(a.Text)
            .Select(s => new Claim(s.Text, [a.Id], [new SourceSpan(a.Id, s.Start, s.End)]))).ToList();
        var brief = new Brief(
            DateTimeOffset.UnixEpoch, "test", null,
            [.. articles.Select(a => new BriefSource(a, null, null))],
            new MergedSummary("h", "s", keyPoints, [], []),
            CheckReport.Empty, UsageReport.None, []);

        var enriched = (await new StoryAnalysisEnricher(new StoryAnalysisOptions()).EnrichAsync(brief, CancellationToken.None)).Merged!;

        Assert.NotEmpty(enriched.SingleSource);
        var listable = analysis.Listable.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(enriched.SingleSource, c => Assert.Contains(c.Text, listable));
    }

    [Fact]
    public void An_age_and_the_years_since_something_began_are_one_fact()
    {
        var result = Analyze(
            "The trawler Marisol sank off Penrock on Friday. Her owner, Calloway Fisheries, said the Marisol had been in service for 31 years.",
            "The Marisol, a trawler owned by Calloway Fisheries, sank near Penrock on Friday. Calloway Fisheries said the Marisol was 31 years old.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("31", StringComparison.Ordinal));
    }

    [Fact]
    public void A_near_copy_counts_once_and_its_own_added_sentence_is_its_own()
    {
        var original = "Flooding closed the Brae Road tunnel in Ostmark on Tuesday after a water main burst. Crews pumped out the tunnel overnight and the road reopened at dawn.";
        var copy = original + " Nearby cafes gave free coffee to stranded lorry drivers until the early hours.";
        var result = Analyze(
            original,
            "The Brae Road tunnel in Ostmark was shut on Tuesday when a burst water main flooded it.",
            copy);

        Assert.Equal(1, result.OriginalOf(3));
        var added = Assert.Single(result.SingleSource, c => c.Text.Contains("free coffee", StringComparison.Ordinal));
        Assert.Equal([3], added.Sources);
        Assert.DoesNotContain(result.SingleSource, c => c.Sources.Contains(3) && c.Text.Contains("pumped out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_point_with_a_disputed_figure_is_not_new_from_one_source()
    {
        var text = "About 40 people were injured in the Velmar flood, the regional hospital said.";
        var result = Analyze(
            text + " Water rose above the ground floors of the riverside houses.",
            "The Velmar flood injured 55 people, the regional hospital said. Rescuers used boats to reach the riverside houses.");
        var keyPoint = new Claim(text, [1], [new SourceSpan(1, 0, text.Length)]);

        Assert.Contains(result.Disagreements, d => d.Claims.Any(c => c.Text.Contains("55", StringComparison.Ordinal)));
        Assert.False(result.IsNewFromOneSource(keyPoint));
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("40 people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_figure_sharing_a_sentence_with_a_disputed_one_is_listed_as_its_own_clause()
    {
        var result = Analyze(
            "Repairs to the Harrow ferry will cost €3m, its owner said, after a fire injured 40 passengers on Monday.",
            "Coastguard officers said 55 passengers were hurt when fire broke out aboard the Harrow ferry on Monday.");

        Assert.Contains(result.Disagreements, d => d.Claims.Any(c => c.Text.Contains("55", StringComparison.Ordinal)));
        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("€3m", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
        Assert.StartsWith("Repairs to the Harrow ferry", listed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("40", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_with_a_disputed_figure_is_cut_from_what_is_listed()
    {
        var result = Analyze(
            "The Velmar flood injured about 40 people on Sunday, and a further 300 homes lost power for two days.",
            "The Velmar flood injured 55 people on Sunday, the regional hospital said.");

        Assert.Contains(result.Disagreements, d => d.Claims.Any(c => c.Text.Contains("55", StringComparison.Ordinal)));
        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("300 homes", StringComparison.Ordinal));
        Assert.DoesNotContain("40", listed.Text, StringComparison.Ordinal);
        Assert.StartsWith("…", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_no_other_source_uses_is_news_even_when_every_other_word_is_shared()
    {
        var result = Analyze(
            "Botanists at Pellan University found that a rare moss survives in salt water. The findings were published in the Journal of Coastal Bryology.",
            "A rare moss survives in salt water, botanists at Pellan University found. The findings were published on Tuesday, the university said.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("Coastal Bryology", StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }

    [Fact]
    public void A_sentence_opening_with_a_pronoun_is_listed_with_the_sentence_it_continues()
    {
        var result = Analyze(
            "The Kettleby boathouse reopened on Monday after a two-year rebuild. It cost €2.4m, paid for by the Rowan Trust.",
            "Rowers returned to Kettleby on Monday as the boathouse opened its doors again, the harbour board said.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("€2.4m", StringComparison.Ordinal));
        Assert.Contains("Kettleby boathouse", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_opening_with_a_pronoun_is_not_listed_with_a_sentence_another_source_states()
    {
        // The reopening and its two years are the harbour board's too: joined on, they would be listed as this outlet's.
        var result = Analyze(
            "The Kettleby boathouse reopened on Monday after a two-year rebuild. It cost €2.4m, paid for by the Rowan Trust.",
            "Rowers returned to Kettleby on Monday as the boathouse opened its doors again, the harbour board said, two years after work began.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("€2.4m", StringComparison.Ordinal));
        Assert.DoesNotContain("reopened", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_another_source_states_is_not_listed_to_open_the_next()
    {
        var result = StoryTexts.Analyze(
            MuseumStoryPublished,
            "Flooding has shut the Corrigan Museum of Clocks in Wexby. Its trustees said the repairs would cost £340,000.",
            "The Corrigan Museum of Clocks in Wexby has been shut by flooding, the town council said. Volunteers spent the weekend moving clocks to the upper gallery.");

        Assert.DoesNotContain(result.SingleSource, c => c.Sources.Contains(1) && c.Text.Contains("Flooding has shut", StringComparison.Ordinal));
        Assert.Contains(result.SingleSource, c => c.Text.Contains("£340,000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_no_other_source_states_still_opens_the_next()
    {
        var result = StoryTexts.Analyze(
            MuseumStoryPublished,
            "Flooding has shut the Corrigan Museum of Clocks in Wexby. The basement archive of ship chronometers was under water for two days. It will be dried out in a specialist store in Hallam.",
            "The Corrigan Museum of Clocks in Wexby has been shut by flooding, the town council said. Volunteers spent the weekend moving clocks to the upper gallery.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("chronometers", StringComparison.Ordinal) && c.Text.Contains("Hallam", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_is_not_news()
    {
        var published = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var result = StoryAnalysis.Analyze(
        [
            FactTestKit.Article(1, "ORVIK, Monday 2 March 2026 (ONS) - The Orvik tram depot flooded overnight, closing two tram lines.", published),
            FactTestKit.Article(2, "The Orvik tram depot flooded overnight and two tram lines were closed, the operator said.", published),
        ]);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("ORVIK", StringComparison.Ordinal));
    }
    [Fact]
    public void A_byline_left_on_the_first_sentence_is_not_news_and_gives_a_pronoun_nothing_to_lean_on()
    {
        var result = Analyze(
            "Engineers lifted the old Tarrow lighthouse lantern onto a barge on Tuesday, the harbour board said. The lantern will be restored in Dunmore.",
            "*Quay Notes, posted Wednesday 4 March 2026 by Ana Pirelli*\n\nI watched from the breakwater as the crane swung the Tarrow lantern over the water and the gulls scattered. The lantern goes to a workshop in Dunmore for restoration.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("posted", StringComparison.Ordinal));
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("Quay Notes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The driver was treated for minor burns and was flown to Marlow hospital by air ambulance.", "and was flown")]
    [InlineData("Wardens closed the coastal path at Hensby and warned walkers to keep away from the cliff edge.", "and warned walkers")]
    [InlineData("The museum said the painting would be cleaned in Vienna or would stay in a storage vault until next spring.", "or would stay")]
    [InlineData("Two climbers reached the summit ridge at dawn and took shelter in a snow hole.", "and took shelter")]
    public void And_joining_a_second_predicate_opens_a_clause(string sentence, string second)
    {
        var clauses = Clauses.Of(new Summarizer.Chunking.TextSegment(sentence, 0, sentence.Length));

        Assert.Equal(2, clauses.Count);
        Assert.StartsWith(second, clauses[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Police and firefighters searched the flooded quarry near Ambleby through the night.")]
    [InlineData("Lifeguards pulled two swimmers and a dog from the surf at Porthcarn beach.")]
    [InlineData("A cyclist was knocked down on Mill Road in Tenby and taken to hospital.")]
    public void And_joining_two_participants_leaves_the_clause_whole(string sentence) =>
        Assert.Single(Clauses.Of(new Summarizer.Chunking.TextSegment(sentence, 0, sentence.Length)));

    [Fact]
    public void A_predicate_another_source_states_is_not_listed_with_the_one_joined_to_it()
    {
        var result = Analyze(
            "A freight train derailed near Kelvey junction on Thursday morning, blocking both lines. The driver was treated for minor burns and was flown to Marlow hospital by air ambulance.",
            "A freight train came off the rails at Kelvey junction on Thursday morning. Its driver was treated at the scene for minor burns, the rail operator said.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("minor burns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_break_inside_a_sentence_segment_ends_a_clause()
    {
        var clauses = Clauses.Of(new Summarizer.Chunking.TextSegment("*Dock Diary by Lu Chen*\n\nThe ferry sailed late.", 10, 50));

        Assert.Equal(2, clauses.Count);
        Assert.StartsWith("The ferry", clauses[1].Text, StringComparison.Ordinal);
        Assert.Equal(10 + clauses[0].Text.Length, clauses[1].Start);
    }

    [Fact]
    public void An_aside_saying_who_someone_is_that_another_source_gives_is_cut_from_the_listed_passage()
    {
        var result = Analyze(
            "The canal towpath at Brindley reopened on Friday. Mira Holt, who chairs the trust, said the trust would plant 40 oak trees along the towpath in April.",
            "Quayside Trust chair Mira Holt welcomed the reopening of the Brindley towpath on Friday.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("40 oak trees", StringComparison.Ordinal));
        Assert.DoesNotContain("who chairs", listed.Text, StringComparison.Ordinal);
        Assert.StartsWith("Mira Holt", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aside_no_other_source_gives_stays_in_the_listed_passage()
    {
        var result = Analyze(
            "The canal towpath at Brindley reopened on Friday. Mira Holt, who grew up on a narrowboat, said the trust would plant 40 oak trees along the towpath in April.",
            "Quayside Trust chair Mira Holt welcomed the reopening of the Brindley towpath on Friday.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("40 oak trees", StringComparison.Ordinal));
        Assert.Contains("who grew up on a narrowboat", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_only_paraphrased_elsewhere_does_not_count_as_new_but_a_new_word_does()
    {
        var article = FactTestKit.Article(1, "Harbour crews will keep dredging the Selby channel through the winter months.");
        var other = SourceIndex.Build(FactTestKit.Article(2, "Dredging of the Selby channel is set to continue, the harbour board confirmed."));
        var sentence = SourceIndex.Build(article).Sentences[0];
        var words = SentenceWords.Of(sentence, new OtherSources([other]));

        // "keep" is "continue" reworded; "winter" and "month" are words no other source uses.
        Assert.Equal(2, words.NovelCount(["keep", "winter", "month"]));
    }
}
