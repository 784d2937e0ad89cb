using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet's one lead count of a broad class (people, homes) is one figure of the story even when the outlets name
/// the counted thing with other nouns and other verbs; look-alike pairs that are not one figure stay apart.
/// </summary>
public sealed class CountSlotsTests
{
    private static List<AlignedGroup> Counts(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Count)).ToList();

    private static List<(int A, int B)> CountSlotPairs(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.Count && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts);
    }

    [Fact]
    public void Three_outlets_counting_one_crowd_with_other_nouns_are_one_figure()
    {
        var groups = Counts(
            "The cable car jammed above the glacier on Friday. Around 40 climbers were stuck in its cabins.",
            "Rescuers spent the afternoon on the ropes. Some forty hikers had to be lowered to the snow.",
            "More than 90 people were stuck high above the ice, the resort admitted.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1,2 | 3", FactTestKit.Describe(group));
    }

    [Fact]
    public void Homes_and_households_are_one_count()
    {
        var groups = Counts(
            "Gales brought down power lines across the Harl valley. Some 9,000 homes were left in the dark overnight.",
            "The grid operator struggled as the storm peaked. More than 15,000 households lost supply on Tuesday.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_part_of_a_whole_named_by_a_possessive_counts_the_whole_s_noun()
    {
        Assert.Equal("sites", FactTestKit.Value("The lender will shut 31 of its branches.").Measure);
        Assert.Equal("persons", FactTestKit.Value("The airline laid off 120 of their pilots.").Measure);
    }

    [Fact]
    public void Counts_of_different_groups_of_people_are_not_one_slot()
    {
        Assert.Empty(CountSlotPairs("Some 400 stewards in yellow vests lined the route.", "About 140 tenants marched behind the banner."));
    }

    [Fact]
    public void A_total_and_its_part_in_one_clause_fill_no_slot()
    {
        Assert.Empty(CountSlotPairs("Twelve climbers were hurt, three of them seriously.", "Some 30 hikers were hurt on the ridge."));
    }

    [Fact]
    public void Two_groups_in_one_clause_fill_no_slot()
    {
        Assert.Empty(CountSlotPairs("The ferry carried 312 passengers and 41 crew.", "About 350 people were aboard the ferry."));
    }

    [Fact]
    public void A_source_that_gives_two_counts_of_one_class_fills_the_slot_with_neither()
    {
        const string Other = "The bakery is to axe 300 jobs.";

        Assert.Single(CountSlotPairs("Hendra will let go 420 staff.", Other));
        Assert.Empty(CountSlotPairs("Hendra will let go 420 staff. Another 150 workers will be laid off at its depot.", Other));
    }

    [Fact]
    public void Counts_of_different_acts_are_not_one_slot()
    {
        Assert.Empty(CountSlotPairs("Eight people died when the coach overturned.", "Police arrested five people at the scene."));
    }

    [Fact]
    public void Only_a_count_of_people_or_homes_has_a_slot()
    {
        Assert.Null(SlotPairs.Slot(FactTestKit.Value("Some 400 lanterns were lit along the quay.")));
        Assert.Null(SlotPairs.Slot(FactTestKit.Value("The army sent six tracked vehicles.")));
        Assert.NotNull(SlotPairs.Slot(FactTestKit.Value("Some 400 holidaymakers gathered in the square.")));
    }

    [Fact]
    public void Each_outlet_s_one_count_of_people_fills_one_slot_without_a_shared_verb()
    {
        Assert.Single(CountSlotPairs("The mill employs 340 people on the edge of Rendle.", "Its 410 staff heard of the sale on Monday."));
        Assert.Single(CountSlotPairs("Some 520 residents of the estate signed the letter.", "About 700 people put their names to it."));
    }

    [Theory]
    [InlineData("About 800 children were sent home from Orley Grange.")]
    [InlineData("Upwards of 900 teenagers were sent home from Orley Grange.")]
    public void A_noun_of_age_names_no_group_of_its_own(string sentence) =>
        Assert.False(FactTestKit.Value(sentence).Signature.HeadsDiffer(FactTestKit.Value("Some 650 pupils were sent home from Orley Grange.").Signature));
}
