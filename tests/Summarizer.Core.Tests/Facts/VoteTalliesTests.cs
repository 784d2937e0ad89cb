using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A vote's tally told side by side with a verb of its own ("voted in favour ... and 256 against"), or told with "to" or a
/// hyphen that the sentence's vote or decision names from further off, is read as one vote split.
/// </summary>
public sealed class VoteTalliesTests
{
    // The one vote the sentence gives, as its stored split (yes x 1000 + no).
    private static double SplitIn(string sentence) => Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Vote).Value.Range.Low;

    [Theory]
    [InlineData("Some 2,215 tenants voted in favour of the rent strike and 318 against.", 2215318)]
    [InlineData("The count showed 940 nurses voting yes and 77 voting no.", 940077)]
    [InlineData("Twelve governors voted for the merger and three against.", 12003)]
    [InlineData("In all 412 residents were in favour and 95 opposed.", 412095)]
    public void Each_side_told_with_its_own_verb_is_one_split(string sentence, double split) =>
        Assert.Equal(split, SplitIn(sentence));

    [Theory]
    [InlineData("The vote at the crowded annual meeting in the drill hall was 58 to 41.", 58041)]
    [InlineData("The scheme was approved by the planning committee by 9 to 2 on Tuesday.", 9002)]
    [InlineData("By 4,118 to 3,902, residents backed the bypass.", 4118 * 1000 + 3902)]
    public void A_split_told_with_to_that_its_sentence_names_as_a_vote_is_a_vote(string sentence, double split) =>
        Assert.Equal(split, SplitIn(sentence));

    [Theory]
    [InlineData("The schools will merge, with governors voting 5-4 to close the smaller site.", 5004)]
    [InlineData("The board endorsed the sale at its meeting on Friday by 11-2.", 11002)]
    [InlineData("Yes won by 5,630-4,977 in the parish poll.", 5630 * 1000 + 4977)]
    public void A_hyphenated_split_named_by_its_sentence_is_a_vote(string sentence, double split) =>
        Assert.Equal(split, SplitIn(sentence));

    [Theory]
    [InlineData("After the vote, shares rose from 12 to 15 pence.")]
    [InlineData("Turnout among voters aged 18 to 24 was the highest on record after the vote.")]
    [InlineData("Ashby Town won by 3-1 on Saturday.")]
    [InlineData("Some 300 people voted in favour of the plan at the meeting, and 40 more wrote in.")]
    [InlineData("About 60 members voted in favour, 12 of them by post, and 9 against.")]
    public void Figures_that_are_no_tally_are_no_vote(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Vote);

    [Fact]
    public void Tallies_told_side_by_side_in_other_words_disagree()
    {
        var groups = Align(
            "The union said 1,630 members voted in favour of strikes and 212 against.",
            "The ballot result showed 1,580 drivers voting yes and 212 voting no.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Vote)));
    }

    [Fact]
    public void A_split_named_far_off_meets_a_split_told_in_votes()
    {
        var groups = Align(
            "The full council backed the levy by 27 votes to 20.",
            "The vote at Thursday's meeting, which ran past midnight, was 25 to 22.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Vote)));
    }
}
