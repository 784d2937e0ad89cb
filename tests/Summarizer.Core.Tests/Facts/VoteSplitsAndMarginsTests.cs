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
}
