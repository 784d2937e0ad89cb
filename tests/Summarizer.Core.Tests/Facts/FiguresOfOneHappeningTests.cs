using Summarizer.Documents;
using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Figures that outlets measure in different words are aligned by the happening their clauses tell.</summary>
public sealed class FiguresOfOneHappeningTests
{
    private static Fact Count(string sentence, int source) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Count) with { SourceId = source };

    [Fact]
    public void Two_figures_whose_clauses_tell_one_act_are_paired()
    {
        List<Fact> facts = [Count("Food poisoning laid low 85 people after the banquet.", 1), Count("Some 140 guests needed a doctor, the hotel said.", 2)];

        Assert.Equal([(0, 1)], ActPairs.Find(facts, i => i, facts, (_, _) => 0.5));
        Assert.Empty(ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }

    [Fact]
    public void A_figure_beside_another_of_its_kind_is_not_its_clause_s_measure()
    {
        var ferry = FactTestKit.Read("The ferry carried 312 passengers and 41 crew.").Where(f => f.Value.Kind == ValueKind.Count).ToList();
        List<Fact> facts = [.. ferry, Count("Some 330 people were on the ferry.", 2)];

        Assert.Equal(2, ferry.Count);
        Assert.Empty(ActPairs.Find(facts, i => i, facts, (_, _) => 0.5));
    }

    [Fact]
    public void Only_figures_of_one_broad_class_and_a_misreport_apart_are_candidates()
    {
        var staff = Count("The mill will shed 420 staff.", 1);

        Assert.True(ActPairs.Candidates(staff, Count("The mill is to lose 300 jobs.", 2)));
        Assert.False(ActPairs.Candidates(staff, Count("The mill runs 300 lorries.", 2)));
        Assert.False(ActPairs.Candidates(staff, Count("The mill will shed 9 staff.", 2)));
    }

    [Fact]
    public void The_aligner_joins_figures_of_one_act_and_labels_them()
    {
        var start = new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);
        // The second source counts people twice (guests, then those kept in hospital), so neither of its counts is its one lead count of
        // people (SlotPairs.LeadCountSlot): only the act scorer can join the guests to the first source's 85.
        List<string> texts = ["Food poisoning laid low 85 people after the banquet.", "Some 140 guests needed a doctor, the hotel said. Two people were kept in hospital overnight."];
        var sources = texts.Select((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t, start))).ToList();

        Assert.DoesNotContain(FactAligner.Align(sources), g => g.Sources.Count == 2 && g.Facts.All(f => f.Value.Kind == ValueKind.Count));
        var group = Assert.Single(FactAligner.Align(sources, (_, _) => 0.5), g => g.Facts.All(f => f.Value.Kind == ValueKind.Count));
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Theory]
    [InlineData("Around 900 people were moved out of their homes near the quarry.")]
    [InlineData("Some 60 families were cleared from houses beside the embankment.")]
    public void Moved_out_of_homes_is_displacement(string sentence) =>
        Assert.Equal("displaced", FactTestKit.Value(sentence).Frame);

    [Fact]
    public void Moved_into_homes_is_not_displacement() =>
        Assert.NotEqual("displaced", FactTestKit.Value("Around 40 tenants moved into new homes near the quarry.").Frame);

    [Fact]
    public void People_let_go_and_jobs_cut_are_one_count()
    {
        Assert.Equal("cuts", FactTestKit.Value("The bakery will let go 420 staff.").Frame);
        var groups = FactTestKit.Align("Hendra Mills will let go 420 staff at its Ostwick plant.", "Hendra Mills is to axe 300 jobs at the Ostwick plant.");

        Assert.Contains("Disagree: 1 | 2", groups.Select(FactTestKit.Describe));
    }

    [Fact]
    public void The_workforce_a_cut_comes_from_is_not_the_cut()
    {
        var groups = FactTestKit.Align("Hendra Mills is to axe 300 jobs at the Ostwick plant.", "The cuts will fall on its 9,500-strong workforce, Hendra Mills said.");

        Assert.DoesNotContain(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Count));
    }
}
