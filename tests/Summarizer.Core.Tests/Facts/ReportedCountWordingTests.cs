using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Counts in the ways news words them: illness as an event of its own ("fell ill", "taken ill"), a total brought up in
/// inverted order ("bringing to three the number treated"), and number words that are part of a name. Every sentence
/// is invented.
/// </summary>
public sealed class ReportedCountWordingTests
{
    [Fact]
    public void People_falling_ill_are_counted_as_an_illness_and_a_later_higher_count_updates_them()
    {
        var groups = Align(
            "Nine guests fell ill after the wedding meal at the Grange.",
            "The number of guests taken ill after the wedding meal at the Grange has climbed to fourteen.");

        var group = Assert.Single(groups, g => g.Versions.Any(v => v.First.Value.Kind == ValueKind.Count));
        Assert.Equal("Update: 1 | later 2", Describe(group));
        Assert.All(group.Versions, v => Assert.Equal("illness", v.First.Frame));
    }

    [Fact]
    public void A_total_brought_up_in_inverted_order_is_a_later_count()
    {
        var groups = Align(
            "Two workers were taken to hospital after the depot fire.",
            "A third employee was admitted to hospital overnight after the depot fire, bringing to three the number of staff treated.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups, g => g.Versions.Any(v => v.First.Value.Kind == ValueKind.Count))));
    }

    [Fact]
    public void A_number_word_inside_a_name_is_no_count()
    {
        var counts = Read("A fourth patient was admitted to hospital overnight, Radio Seven Coast reported.").Where(f => f.Value.Kind == ValueKind.Count);

        Assert.Equal([4.0], counts.Select(f => f.Value.Range.Low));
    }

    [Fact]
    public void A_number_word_in_a_title_case_headline_is_still_a_count()
    {
        var counts = Read("Gale Leaves Seven Hurt In Harbour Town").Where(f => f.Value.Kind == ValueKind.Count);

        Assert.Equal([7.0], counts.Select(f => f.Value.Range.Low));
    }
}
