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
