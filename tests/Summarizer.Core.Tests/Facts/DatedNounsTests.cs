using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A date is said of a thing by its own phrase, and two sources' days of one such thing are one occasion.</summary>
public sealed class DatedNounsTests
{
    private static Fact Day(string sentence, int source, string text) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Date && f.Text.Contains(text, StringComparison.Ordinal)) with { SourceId = source };

    [Theory]
    [InlineData("Dozens of diners fell ill after the banquet on Thursday.", "Thursday", "banquet")]
    [InlineData("Diners at Thursday night's banquet fell ill within hours.", "Thursday", "banquet")]
    [InlineData("Inspectors are still looking for the cause of the 12 February landslip.", "12 February", "landslip")]
    [InlineData("Detectives made four arrests in dawn raids on Monday.", "Monday", "raid")]
    [InlineData("The fire at the warehouse in Pellby on Friday spread quickly.", "Friday", "warehous")]
    public void The_noun_a_date_is_said_of_is_read(string sentence, string date, string noun) =>
        Assert.Equal(noun, Day(sentence, 1, date).DatedNoun);

    [Theory]
    [InlineData("The library will close on 14 May.", "14 May")]
    [InlineData("Crews worked through the night and into the early hours of Sunday.", "Sunday")]
    [InlineData("The blast went off on Wednesday afternoon.", "Wednesday")]
    public void A_verb_a_particle_or_a_noun_of_time_is_no_dated_noun(string sentence, string date) =>
        Assert.Equal("", Day(sentence, 1, date).DatedNoun);

    [Fact]
    public void Days_of_one_dated_noun_pair_though_their_clauses_share_no_words()
    {
        List<Fact> facts = [Day("About 90 guests attended the banquet on Saturday, 14 March.", 1, "Saturday"), Day("Several people say Friday night's banquet left them ill.", 2, "Friday")];

        Assert.Equal([(0, 1)], ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }

    [Fact]
    public void Days_of_different_nouns_need_their_clauses_to_tell_one_act()
    {
        List<Fact> facts = [Day("About 90 guests attended the banquet on Saturday, 14 March.", 1, "Saturday"), Day("Police made arrests in raids on Friday.", 2, "Friday")];

        Assert.Empty(ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }
}
