using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Reported speech is credited only to a source that reports the same statement: the speaker with most of the words
/// is not enough when the source negates a word of what was said, bounds it by another comparison, or gives the same
/// words and ends them otherwise. Paraphrases that say the same thing are still credited.
/// </summary>
public class SaidMatterTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    [Fact]
    public void The_same_words_ended_otherwise_are_another_statement()
    {
        const string claim = "Ines Calloway said the port would let skippers pay the mooring charge in monthly instalments.";
        var story = Story(
            "The harbour board met on Monday. " + claim,
            "The harbour board met on Monday. Ines Calloway said the port would let skippers pay the mooring charge by card.",
            "The harbour board met on Monday. Ines Calloway said the port would let skippers spread the mooring charge over monthly instalments.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_word_of_what_was_said_that_the_source_negates_is_another_statement()
    {
        const string claim = "Ms Ferreira said every passenger would get a full refund including seat reservations.";
        var story = Story(
            "The sleeper service was cancelled on Friday. " + claim,
            "The sleeper service was cancelled on Friday. Ferreira said passengers would get a full refund of the fare but not the seat reservations.",
            "The sleeper service was cancelled on Friday. Marta Ferreira said passengers would get a full refund, with seat reservations included.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_denial_is_not_credited_to_a_source_that_states_the_same_words_plainly()
    {
        const string claim = "Councillor Amos Pellow said the council would not charge drivers for the inspection.";
        var story = Story(
            "Taxi inspections move to a new depot. " + claim,
            "Taxi inspections move to a new depot. Councillor Amos Pellow said the council would charge drivers for the inspection.",
            "Taxi inspections move to a new depot. Amos Pellow said the council would not charge drivers for the inspection at the depot.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_word_bounded_by_another_comparison_is_another_statement()
    {
        const string claim = "Mr Oduya said every worker would receive more than the statutory minimum notice pay.";
        var story = Story(
            "The bakery will close in March. " + claim,
            "The bakery will close in March. Director Femi Oduya said workers would receive the statutory minimum notice pay.",
            "The bakery will close in March. Femi Oduya said staff would receive more than the statutory minimum notice pay.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void Only_bounds_nothing_so_the_plain_words_still_say_it()
    {
        const string claim = "Mr Oduya said workers would receive only the statutory minimum notice pay.";
        var story = Story(
            "The bakery will close in March. " + claim,
            "The bakery will close in March. Director Femi Oduya said workers would receive the statutory minimum notice pay.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void A_negation_that_sets_a_time_is_no_denial()
    {
        const string claim = "Mr Pellow said the lido would reopen in the spring after repairs to its filters.";
        var story = Story(
            "The lido closed in August. " + claim,
            "The lido closed in August. Amos Pellow said the lido would not reopen until the spring, after repairs to its filters.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void A_denial_said_in_other_words_is_no_contrary()
    {
        const string claim = "Ms Ferreira said no decision on the timetable had been taken.";
        var story = Story(
            "The sleeper service was cancelled on Friday. " + claim,
            "The sleeper service was cancelled on Friday. Marta Ferreira said a decision on the timetable had yet to be taken.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void A_longer_ending_that_keeps_the_claims_last_words_still_says_it()
    {
        const string claim = "Ines Calloway said the port would let skippers pay the mooring charge in instalments.";
        var story = Story(
            "The harbour board met on Monday. " + claim,
            "The harbour board met on Monday. Ines Calloway said the port would let skippers pay the mooring charge in instalments over the season.");

        Assert.Equal([1, 2], Credited(story, claim));
    }
    [Fact]
    public void A_negated_quantity_states_an_amount_and_a_negative_word_denies_as_not_does()
    {
        // "not enough nurses" is "too few nurses"; "were unable to" is "could not".
        const string shortage = "The ward will close because there are too few nurses to run it safely, the trust said on Monday.";
        const string outage = "Customers of the bank could not pay by card or log in to the app, the company said.";
        var story = Story(
            "The ward will close because there are not enough nurses to run it safely, the trust said on Monday.",
            "Customers of the bank were unable to pay by card or log in to the app, the company said.",
            shortage + " " + outage);

        Assert.Equal([1, 3], Credited(story, shortage));
        Assert.Equal([2, 3], Credited(story, outage));
    }

    [Fact]
    public void Another_word_after_the_same_preposition_or_in_the_same_noun_phrase_may_be_a_synonym()
    {
        const string weather = "Engineers were being held back by the weather, the company said.";
        const string peaks = "The council said it would run a free shuttle bus between the two banks during the morning and evening rush hours.";
        var story = Story(
            weather + " " + peaks,
            "Engineers were being held back by the conditions, the company said. The council said it would run a free shuttle bus between the two banks during the morning and evening peaks.");

        Assert.Equal([1, 2], Credited(story, weather));
        Assert.Equal([1, 2], Credited(story, peaks));
    }
}
