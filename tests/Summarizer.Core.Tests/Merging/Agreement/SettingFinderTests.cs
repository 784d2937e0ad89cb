using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>Where and when one act happened, compared once the act is aligned by its shared arguments whatever verb each outlet uses.</summary>
public sealed class SettingFinderTests
{
    [Theory]
    [InlineData("The old water tower at Fensby collapsed onto the goods yard at about 4.10am, crushing two parked lorries.", "Two lorries parked in the goods yard were crushed when the Fensby water tower came down at 6.25am.")]
    [InlineData("At 4.10am the disused water tower toppled across the goods yard and flattened two lorries.", "The water tower fell on two lorries in the goods yard at 6.25am, witnesses at Fensby said.")]
    public void One_act_told_at_two_clock_times_is_a_time_conflict(string first, string second)
    {
        var found = Disagreements(first, second, "Fensby council said the yard would stay shut for a week.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("time", StringComparison.Ordinal));
        Assert.Collection(
            conflict.Claims,
            c => Assert.Equal((true, 1), (c.Text.Contains("4.10am", StringComparison.Ordinal), Assert.Single(c.Sources))),
            c => Assert.Equal((true, 2), (c.Text.Contains("6.25am", StringComparison.Ordinal), Assert.Single(c.Sources))));
    }

    [Theory]
    [InlineData("The grain tanker Velda ran aground on a sandbar off Skelda Point late on Friday.", "The Velda, a grain tanker, grounded on a sandbar near Marran Head.")]
    [InlineData("A sandbar off Skelda Point is where the grain tanker Velda went aground.", "Coastguards said the grain tanker Velda stuck fast on a sandbar at Marran Head.")]
    public void One_act_told_at_two_places_is_a_place_conflict(string first, string second)
    {
        var found = Disagreements(first, second, "The harbour master ordered a survey of the channel.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Collection(
            conflict.Claims,
            c => Assert.Equal((true, 1), (c.Text.Contains("Skelda Point", StringComparison.Ordinal), Assert.Single(c.Sources))),
            c => Assert.Equal((true, 2), (c.Text.Contains("Marran Head", StringComparison.Ordinal), Assert.Single(c.Sources))));
    }

    [Fact]
    public void Places_of_different_acts_are_no_conflict()
    {
        var found = Disagreements(
            "The grain tanker Velda ran aground on a sandbar off Skelda Point. Her crew were put up at a hotel in Brisk.",
            "The grain tanker Velda grounded on a sandbar off Skelda Point. The crew were later flown to hospital in Tarran.",
            "The harbour master ordered a survey of the channel.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police found the missing climber sheltering in a hut outside Brackwell. He was cold but unhurt.", "The walker turned up at a bothy near Carnford after a night in the open. Her family thanked everyone.")]
    [InlineData("Searchers reached the lost hiker in a gully below Marrow Crag just before dusk.", "The teenager, missing overnight, was discovered at a farmhouse near Tolland, according to his school.")]
    public void Each_source_s_lead_site_fills_one_slot_though_the_sentences_share_no_word(string first, string second)
    {
        var found = Disagreements(first, second, "The rescue team asked walkers to carry a map.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void Lead_streets_fill_one_slot_but_a_bare_town_fills_none()
    {
        var streets = Disagreements(
            "Water poured from a burst main on Keel Parade for most of the morning.",
            "Repairs finally began on Alder Crescent, where residents had waited hours for engineers.",
            "The utility apologised.");
        var town = Disagreements(
            "Water poured from a burst main on Keel Parade for most of the morning.",
            "Repairs finally began at Pemberley, where residents had waited hours for engineers.",
            "The utility apologised.");

        Assert.Single(streets, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.DoesNotContain(town, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void Lead_sites_named_with_their_kind_fill_one_slot()
    {
        var found = Disagreements(
            "A transformer blew at the Garrow switching station, cutting power to 40,000 homes.",
            "The blackout began with a fault in equipment at Kelby Hill substation.",
            "Engineers restored supply by morning.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_site_and_the_estate_it_stands_on_are_one_place()
    {
        var found = Disagreements(
            "The fire was reported shortly after 1am at the Tollway Freight depot, the fire service said.",
            "All 74 night-shift workers at the warehouse on the Kelnor estate got out safely.",
            "The company said the stock was insured.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_street_two_outlets_word_alike_still_meets_a_third_outlet_s_street()
    {
        var found = Disagreements(
            "Firefighters pulled two men from a collapsed scaffold on Wicken Parade on Tuesday afternoon.",
            "Two men were pulled by firefighters from a collapsed scaffold on Wicken Parade on Tuesday.",
            "The builders' platform came down over Saddler Crescent just after lunch, neighbours said.",
            "The site owner said safety checks had been carried out.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1, 2], [3]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_place_of_a_second_happening_in_the_sentence_does_not_pair_by_the_first_happening_s_words()
    {
        var found = Disagreements(
            "Detectives recovered the stolen altarpiece from a warehouse off Tanner Row late on Monday.",
            "The altarpiece will hang again at Pellham Gallery from Friday, a week after detectives recovered it from a warehouse.",
            "The gallery's insurers declined to comment.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_told_after_the_lead_fills_no_slot()
    {
        var found = Disagreements(
            "The council confirmed the closure on Monday. Staff were told first. Unions were angry. Talks will go on. Pickets gathered at a depot outside Norwell.",
            "The closure was confirmed on Monday. Staff heard before anyone. The union was furious. More talks are due. Drivers later met at a pub near Asham.",
            "Councillors will vote again in May.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnamed_street_in_a_town_may_be_the_street_another_source_names()
    {
        var found = Disagreements(
            "A sinkhole opened in a quiet street in Dunford early on Friday, swallowing a parked van.",
            "A sinkhole opened on Ash Lane early on Friday, swallowing a parked van.",
            "Engineers said the ground had been undermined by a leaking drain.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_a_relative_clause_is_not_the_act_s_place()
    {
        // Read by the finder alone: the event-word alignment pairs these two places by their shared frame on its own.
        var sources = Sources(
            "Mara Quell, who works at Dunsby station, was rescued from the flooded cellar by firefighters using a ladder.",
            "Firefighters with a ladder rescued Mara Quell from the flooded cellar of her cottage on Orrin Street.",
            "The river rose a metre overnight.");
        var (facts, _) = FactDisagreements.Align(sources, CancellationToken.None);

        Assert.Empty(SettingFinder.Find(sources, facts, [], new ClauseActs(sources)));
    }

    [Fact]
    public void Times_of_different_acts_are_no_conflict()
    {
        var found = Disagreements(
            "The warehouse roof caught fire at 1.15am. Police arrested a teenager on Harl Road at 9am.",
            "Flames took hold in the warehouse roof at 1.15am. A boy was held by officers at 11am.",
            "The owner said the stock was insured.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("time", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_towns_of_one_act_are_a_place_conflict()
    {
        var found = Disagreements(
            "The stolen barometer was made in Pellow by the instrument maker Amos Kerne in 1790.",
            "The barometer, built in Tarrant by Amos Kerne, was taken from its case overnight.",
            "The trustees have offered a reward for its return.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void Bare_towns_that_share_only_the_act_are_a_place_conflict()
    {
        var found = Disagreements(
            "The village's only dentist closed last month. The nearest practice is in Pellow, residents said.",
            "Families have been left without a dentist since the closure. The nearest practice is in Tarrant, a long bus ride away.",
            "The health board said it was recruiting.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_bare_town_is_no_conflict_with_a_street()
    {
        var found = Disagreements(
            "The stolen barometer was made in Pellow by the instrument maker Amos Kerne in 1790.",
            "The barometer, made on Cobden Row by Amos Kerne, was taken from its case overnight.",
            "The trustees have offered a reward for its return.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_inside_the_opening_noun_phrase_is_no_setting()
    {
        var found = Disagreements(
            "Barley yields in Dornmoor are expected to fall by a third after the dry summer.",
            "Barley yields in Westerlea are expected to fall by a third after the dry summer, growers said.",
            "The ministry promised help for growers.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_in_asides_of_one_shape_are_a_place_conflict()
    {
        var found = Disagreements(
            "The highest bid came from Ada Varley, 41, founder of the furniture maker Oakwell, who grew up in Harnby a short walk from the harbour.",
            "Ms Varley, 41, who grew up in Ostley and runs the Oakwell furniture business, is expected to open the mill to visitors in the spring.",
            "The auction raised money for the harbour trust.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void Asides_that_share_only_their_noun_are_no_place_conflict()
    {
        var found = Disagreements(
            "The mill was bought at auction by Ada Varley, who lives in Harnby, for a little over its guide price.",
            "The mill was bought at auction by Ada Varley, who was born in Ostley, for a little over its guide price.",
            "The auction raised money for the harbour trust.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_an_aside_meets_another_outlet_s_place_told_in_a_main_clause()
    {
        var found = Disagreements(
            "The bakery chain, which has its main kitchen in Harnby, said sales had doubled since the spring.",
            "The chain's main kitchen is in Ostley, where forty bakers work through the night.",
            "Both outlets expect queues at the new shop.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_thing_s_aside_that_shares_only_its_noun_with_a_main_clause_is_no_place_conflict()
    {
        var found = Disagreements(
            "The bakery chain, which was founded in Harnby, said sales had doubled since the spring.",
            "The bakery chain opened its newest shop in Ostley on Monday, its owners said.",
            "Both outlets expect queues at the new shop.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_s_aside_is_no_rival_of_a_main_clause_place()
    {
        var found = Disagreements(
            "The mill was bought at auction by Ada Varley, who lives in Harnby, for a little over its guide price.",
            "Ada Varley was arrested in Ostley a week after the auction of the mill.",
            "The auction raised money for the harbour trust.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_third_outlet_s_venue_told_of_the_same_hearing_meets_the_venue_two_outlets_agree_on()
    {
        var found = Disagreements(
            "The planning appeal was heard at a public hearing at Hexley Town Hall in the spring.",
            "The planning appeal was considered at a public hearing at Hexley Town Hall in the spring.",
            "Councillors had thrown out the quarry scheme by nine votes to two, but the inspector, Mara Quill, backed the operator after the hearing at the Guild Rooms in Marlow.",
            "The operator said work would start next year.");

        var conflict = Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
        Assert.Equal([[1, 2], [3]], conflict.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_third_outlet_s_venue_of_another_happening_does_not_meet_the_agreed_venue()
    {
        var found = Disagreements(
            "The planning appeal was heard at a public hearing at Hexley Town Hall in the spring.",
            "The planning appeal was considered at a public hearing at Hexley Town Hall in the spring.",
            "Councillors had thrown out the quarry scheme by nine votes to two, and objectors later held a rally at the Guild Rooms in Marlow.",
            "The operator said work would start next year.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the inspector backed the operator after the hearing at the foot of Gallow Hill in Hexley")]
    [InlineData("the inspector backed the operator after the hearing at Marlow")]
    public void A_part_of_a_place_or_a_bare_name_does_not_meet_the_agreed_venue(string tail)
    {
        var found = Disagreements(
            "The planning appeal was heard at a public hearing at Hexley Town Hall in the spring.",
            "The planning appeal was considered at a public hearing at Hexley Town Hall in the spring.",
            $"Councillors had thrown out the quarry scheme by nine votes to two, but {tail}.",
            "The operator said work would start next year.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_still_to_come_and_an_act_done_are_no_date_conflict()
    {
        var sources = new List<SourceIndex>
        {
            Dated(1, "Supplies have been restored after a burst main in Pelworth, Harrodale Water said on Thursday. Harrodale has faced criticism from regulators over the number of leaks on its network. It has pledged to replace older pipes under a five-year investment plan agreed last year.", new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero)),
            Dated(2, "The burst is the company's 38th this year. Harrodale is two years into a five-year, £120m programme to replace or reline older cast-iron mains, with the Denton Row pipe scheduled for relining in 2028.", new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)),
        };
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);

        Assert.DoesNotContain(DisagreementFinder.Find(sources, groups, CancellationToken.None), d => d.Topic.StartsWith("date", StringComparison.Ordinal));
    }

    private static SourceIndex Dated(int id, string text, DateTimeOffset published) =>
        SourceIndex.Build(new CleanedArticle(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = published }, text, 0, CleaningReport.Empty));

    [Fact]
    public void A_firm_s_base_in_a_participle_aside_is_no_rival_of_where_it_was_fined()
    {
        var found = Disagreements(
            "The bakery chain, which sold 300 mislabelled loaves, was fined £8,000 at Harnby Magistrates' Court on Monday.",
            "Tom Lacey's bakery chain, based at Ostley Wharf, sold 300 mislabelled loaves to cafes last spring.",
            "Both outlets expect the chain to appeal.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_main_verb_after_a_comma_opens_no_aside()
    {
        var found = Disagreements(
            "The lorry overturned on Kelby Road on Monday and blocked it for hours.",
            "The lorry overturned, landed on Marsh Street on Monday and blocked it for hours.",
            "Police said no one was hurt.");

        Assert.Single(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = Sources(texts);
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
