using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Vote splits written in words or after a body's decision, and winning margins kept apart from vote totals.</summary>
public sealed class VoteSplitsAndMarginsTests
{
    [Theory]
    [InlineData("The panel decided by a vote of five to two.", 5002)]
    [InlineData("The council voted nine to four to close the pool.", 9004)]
    [InlineData("Its board approved the merger by 7-3.", 7003)]
    public void A_split_in_words_or_after_a_decision_is_a_vote(string sentence, double split)
    {
        var vote = Value(sentence);

        Assert.Equal(ValueKind.Vote, vote.Value.Kind);
        Assert.Equal(split, vote.Value.Range.Low);
    }

    [Theory]
    [InlineData("The harbour levy went through 27-15 after a long debate.", 27015)]
    [InlineData("Her motion scraped through 40-38 after a recount.", 40038)]
    [InlineData("The trustees backed the move 8-3 at their spring meeting.", 8003)]
    [InlineData("The bylaw was carried 19-6 despite protests outside.", 19006)]
    public void A_split_after_a_motion_passes_is_a_vote_without_a_vote_word(string sentence, double split)
    {
        var vote = Value(sentence);

        Assert.Equal(ValueKind.Vote, vote.Value.Kind);
        Assert.Equal(split, vote.Value.Range.Low);
    }

    [Fact]
    public void A_split_passed_without_a_vote_word_meets_the_same_split_told_in_votes()
    {
        var groups = Align("The harbour levy went through 27-15 on Monday night.", "Councillors passed the harbour levy by 27 votes to 15 on Monday.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Agree && g.Facts.All(f => f.Value.Kind == ValueKind.Vote) && g.Facts.Count() == 2);
    }

    [Theory]
    [InlineData("Rana Holt took the seat on a swing of 7.5 points from the Civic Alliance.")]
    [InlineData("The swing to the Civic Alliance was 7.5 percentage points.")]
    public void A_swing_in_points_is_in_percentage_points(string sentence)
    {
        var swing = Value(sentence).Value;

        Assert.Equal((ValueKind.Percent, "pp"), (swing.Kind, swing.Unit));
        Assert.Equal(7.5, swing.Range.Low);
    }

    [Fact]
    public void A_score_is_no_vote()
    {
        Assert.NotEqual(ValueKind.Vote, Value("Kelby Rovers beat Ashton 3-1 and went top of the league.").Value.Kind);
    }

    [Fact]
    public void A_split_in_words_and_one_in_digits_disagree()
    {
        var groups = Align("The judges decided by a vote of six to one to strike down the law.", "The 5-2 vote by the judges struck down the law.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Vote)));
    }

    [Fact]
    public void Two_margins_of_one_win_disagree_and_never_meet_a_vote_total()
    {
        var groups = Align(
            "Ida Renn took 12,400 votes and won by a majority of 2,310 over Paul Oake.",
            "Ida Renn beat Paul Oake by 1,980 votes on Thursday.");

        var margin = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal([1980.0, 2310.0], margin.Facts.Select(f => f.Value.Range.Low).Order());
    }

    [Theory]
    [InlineData("Her winning margin was 2,105 votes, the returning officer said.", "Joss Pell won the seat by about 1,700 votes.")]
    [InlineData("The majority is 640 votes after the recount.", "Ada Murn beat Rolf Dane by 910 votes.")]
    public void A_margin_stated_as_the_subject_meets_a_margin_written_after_a_win(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Measure == "margin"));
    }

    [Theory]
    [InlineData("The parish council backed the levy by 12 votes to 4.")]
    [InlineData("Members approved the charge 10-6 after a short debate.")]
    public void A_split_is_told_in_the_vote_frame_with_no_other_vote_word_near(string sentence) =>
        Assert.Equal(EventFrames.Vote, Read(sentence).Single(f => f.Value.Kind == ValueKind.Vote).Frame);

    [Fact]
    public void Splits_of_one_decision_meet_though_their_sentences_share_few_words()
    {
        var groups = Align("The parish council backed the levy by 12 votes to 4.", "Members approved the charge 10-6 after a short debate.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Vote)));
    }

    [Theory]
    [InlineData("The vote was tight, at 33 to 30, with two members absent.", 33030)]
    [InlineData("The jury convicted her by a majority verdict of 10 to 2.", 10002)]
    public void A_split_told_with_to_after_the_vote_is_named_is_a_vote(string sentence, double split)
    {
        var vote = Read(sentence).Single(f => f.Value.Kind == ValueKind.Vote);

        Assert.Equal(split, vote.Value.Range.Low);
    }

    [Theory]
    [InlineData("Its share of the vote rose from 29 to 36 per cent.")]
    [InlineData("The vote is expected between 20 to 30 minutes after the debate.")]
    [InlineData("Opinion polls before the vote gave the party 30 to 40 seats.")]
    public void Figures_running_from_one_value_to_another_are_no_split(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Vote);

    [Fact]
    public void A_split_on_last_Tuesday_is_of_the_story_s_own_vote_not_an_earlier_one() =>
        Assert.Equal("", Read("The board last Tuesday voted 6-3 to sell the site.").Single(f => f.Value.Kind == ValueKind.Vote).Occurrence);
}
