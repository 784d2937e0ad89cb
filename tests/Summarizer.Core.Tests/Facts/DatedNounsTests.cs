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
    public void A_verb_a_particle_or_a_noun_of_time_is_no_dated_noun(string sentence, string date) =>
        Assert.Equal("", Day(sentence, 1, date).DatedNoun);

    // A clause with no object dates its subject: a phrasal or past verb, past auxiliaries, a relative pronoun's
    // antecedent (past a name in apposition), a noun before a place phrase.
    [Theory]
    [InlineData("The grain tanker Marisol, which berthed in Holmport on Tuesday, was later searched.", "Tuesday", "tanker")]
    [InlineData("Replacement cards will go out from 3 March.", "3 March", "card")]
    [InlineData("The old pier collapsed on Sunday evening.", "Sunday", "pier")]
    [InlineData("A blast at the Corran Mine went off on Monday.", "Monday", "blast")]
    [InlineData("The blast went off on Wednesday afternoon.", "Wednesday", "blast")]
    [InlineData("The ballot, which was held on Monday, was close.", "Monday", "ballot")]
    public void A_clause_with_no_object_dates_its_subject(string sentence, string date, string noun) =>
        Assert.Equal(noun, Day(sentence, 1, date).DatedNoun);

    [Fact]
    public void Days_of_one_subject_pair_though_their_clauses_share_no_words()
    {
        List<Fact> facts = [Day("The trawler Ellan Vane, which docked in Ardmore on Friday, had 14 crew.", 1, "Friday"), Day("Coastguards met the trawler after it came alongside on Saturday.", 2, "Saturday")];

        Assert.Empty(ActPairs.Find(facts, i => i, facts, (_, _) => null)); // "it came alongside": a pronoun names nothing

        facts[1] = Day("The 40-metre trawler came alongside on Saturday.", 2, "Saturday");
        Assert.Equal([(0, 1)], ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }

    [Fact]
    public void A_source_giving_one_day_twice_still_pairs_with_its_first_statement()
    {
        List<Fact> facts =
        [
            Day("Crews fought the blaze at the depot on Thursday 5 March.", 1, "Thursday"),
            Day("Neighbours fled from Saturday night's depot fire.", 2, "Saturday"),
            Day("Firefighters were called to the depot on Saturday 7 March.", 2, "Saturday"),
        ];

        Assert.Equal([(0, 1)], ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }

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
