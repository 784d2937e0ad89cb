using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Dates of one act told in different grammar (invented sentences): a passive or copular clause dates its subject; an
/// adverbial "first" or "last" says when a thing began, not which occurrence of it; a day is never refused as "given
/// elsewhere" against the same day; a date version is shown as its fullest source writes it.
/// </summary>
public sealed class PassiveDatesAndOnsetsTests
{
    private static Fact Day(string sentence, int source, string text, int sentenceIndex = 0) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Date && f.Text.Contains(text, StringComparison.Ordinal))
            with { SourceId = source, SentenceIndex = sentenceIndex };

    [Theory]
    [InlineData("The final was held on Saturday at the city stadium.", "Saturday", "final")]
    [InlineData("The missing hiker was last seen on Sunday evening.", "Sunday", "hiker")]
    [InlineData("The replacement ballot will be counted on 12 May.", "12 May", "ballot")]
    [InlineData("The auction has now been scheduled for 9 June.", "9 June", "auction")]
    [InlineData("The funeral will be on Friday.", "Friday", "funeral")]
    public void A_passive_or_copular_clause_dates_its_subject(string sentence, string date, string subject) =>
        Assert.Equal(Stemmer.Porter.Stem(subject), Day(sentence, 1, date).DatedNoun);

    [Theory]
    [InlineData("It was held on Monday.", "Monday")]
    [InlineData("Fans who were turned away on Saturday want refunds.", "Saturday")]
    public void A_passive_without_a_noun_subject_dates_no_noun(string sentence, string date) =>
        Assert.Equal("", Day(sentence, 1, date).DatedNoun);

    [Theory]
    [InlineData("The intruders first broke in on 3 March.", "3 March")]
    [InlineData("The lynx was first seen near the reservoir on Tuesday.", "Tuesday")]
    [InlineData("The company last paid a dividend on 2 February.", "2 February")]
    public void An_adverbial_first_or_last_is_no_occurrence(string sentence, string date) =>
        Assert.Equal("", Day(sentence, 1, date).Occurrence);

    [Theory]
    [InlineData("The council's next meeting on 18 June will decide.", "18 June", "next")]
    [InlineData("First results are due on 4 May.", "4 May", "first")]
    [InlineData("Divers went down at first light on Thursday.", "Thursday", "first")]
    [InlineData("A second strike on 20 March was called off.", "20 March", "second")]
    public void An_occurrence_word_in_a_noun_phrase_still_says_which_occurrence(string sentence, string date, string occurrence) =>
        Assert.Equal(occurrence, Day(sentence, 1, date).Occurrence);

    [Fact]
    public void A_day_is_not_given_elsewhere_against_the_same_day()
    {
        // Source 1 also names another Saturday (7 March); the pair's two days are both Saturday 14 March.
        List<Fact> facts =
        [
            Day("The rescheduled concert will be staged on 14 March.", 1, "14 March", 0),
            Day("Tickets went on sale on Saturday.", 1, "Saturday", 1),
            Day("The concert will now be staged on Saturday 14 March.", 2, "Saturday 14 March", 0),
        ];

        Assert.Equal([(0, 2)], ActPairs.Find(facts, i => i, facts, (_, _) => 0.5));
    }

    [Theory]
    [InlineData("17 March", "Tuesday 17 March", "Tuesday 17 March")]
    [InlineData("March 17", "Tuesday, March 17", "Tuesday, March 17")]
    [InlineData("17 March", "Tuesday 17 March 2026", "Tuesday 17 March 2026")]
    public void A_date_version_is_shown_as_its_fullest_source_writes_it(string plain, string fuller, string shown)
    {
        var other = Day("The vote will be held on 24 March.", 1, "24 March");
        var first = Day($"The vote will be held on {plain}.", 2, plain);
        var second = Day($"The vote will be held on {fuller}.", 3, fuller);
        AlignedGroup group = new(AlignmentLabel.Disagree, "date", [new FactVersion([other]), new FactVersion([first, second])]);

        var claims = Assert.Single(FactDisagreements.From([group])).Item.Claims;

        Assert.StartsWith(shown, claims.Single(c => c.Sources.Contains(2)).Text, StringComparison.Ordinal);
    }
}
