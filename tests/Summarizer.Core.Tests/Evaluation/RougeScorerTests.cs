using FsCheck;
using FsCheck.Fluent;
using Summarizer.Evaluation.Rouge;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation;

public class RougeScorerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Scores_a_hand_worked_pair()
    {
        // Candidate: the cat sat on the mat; reference: the cat was on the mat.
        // Unigrams: the x2, cat, on, mat match = 5 of 6 each side.
        // Bigrams: "the cat", "on the", "the mat" match = 3 of 5 each side.
        // LCS: the cat on the mat = 5.
        var s = RougeScorer.Score("The cat sat on the mat.", ["the cat was on the mat"]);
        Assert.Equal(5.0 / 6, s.Rouge1.Recall, Tolerance);
        Assert.Equal(5.0 / 6, s.Rouge1.Precision, Tolerance);
        Assert.Equal(3.0 / 5, s.Rouge2.Recall, Tolerance);
        Assert.Equal(3.0 / 5, s.Rouge2.F1, Tolerance);
        Assert.Equal(5.0 / 6, s.RougeL.Recall, Tolerance);
    }

    [Fact]
    public void Clips_repeated_words_to_their_count_in_the_reference()
    {
        // 'the' x3 against one 'the': overlap 1; P = 1/3, R = 1/2, F1 = 2PR/(P+R) = 0.4.
        var s = RougeScorer.Score("the the the", ["the cat"]);
        Assert.Equal(1.0 / 3, s.Rouge1.Precision, Tolerance);
        Assert.Equal(1.0 / 2, s.Rouge1.Recall, Tolerance);
        Assert.Equal(0.4, s.Rouge1.F1, Tolerance);
        Assert.Equal(0, s.Rouge2.Recall, Tolerance);
    }

    [Fact]
    public void Stems_words_longer_than_three_letters_only()
    {
        Assert.Equal(["run", "quickli", "was"], RougeScorer.Tokenize("Running quickly, was"));
        var s = RougeScorer.Score("running quickly", ["runs quick"]);
        Assert.Equal(0.5, s.Rouge1.Recall, Tolerance); // run = run; quickli != quick
    }

    [Fact]
    public void Cuts_both_texts_to_the_word_limit_before_tokenizing()
    {
        Assert.Equal(["u", "s", "led", "troop"], RougeScorer.Tokenize("U.S.-led troops left today", maxWords: 2));
        var s = RougeScorer.Score("alpha beta gamma", ["alpha beta delta"], maxWords: 2);
        Assert.Equal(1.0, s.Rouge1.Recall, Tolerance);
    }

    [Fact]
    public void Averages_over_references()
    {
        // Against "a b": R1 recall 1; against "c d": 0; mean 0.5.
        var s = RougeScorer.Score("a b", ["a b", "c d"]);
        Assert.Equal(0.5, s.Rouge1.Recall, Tolerance);
        Assert.Equal(0.5, s.Rouge2.Recall, Tolerance);
    }

    [Fact]
    public void Lcs_counts_in_order_matches_only()
    {
        // Candidate a b c d, reference d c b a: every unigram matches but the LCS is 1.
        var s = RougeScorer.Score("a b c d", ["d c b a"]);
        Assert.Equal(1.0, s.Rouge1.Recall, Tolerance);
        Assert.Equal(0.25, s.RougeL.Recall, Tolerance);
    }

    [Fact]
    public void Empty_candidate_scores_zero_without_dividing_by_zero()
    {
        var s = RougeScorer.Score(string.Empty, ["a b"]);
        Assert.Equal(default, s.Rouge1);
        Assert.Throws<ArgumentException>(() => RougeScorer.Score("a", []));
    }

    [Fact]
    public void A_text_scored_against_itself_is_perfect_and_scores_stay_in_range() =>
        Prop.ForAll(
            Gen.Elements("alpha", "beta", "gamma", "said", "running", "the", "U.S.", "x").ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary(),
            Gen.Elements("alpha", "beta", "delta", "runs", "the").ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary(),
            (text, other) =>
            {
                var self = RougeScorer.Score(text, [text]);
                var cross = RougeScorer.Score(text, [other]);
                var tokens = RougeScorer.Tokenize(text).Count;
                return (tokens == 0 || (self.Rouge1.F1 > 1 - 1e-9 && self.RougeL.F1 > 1 - 1e-9))
                    && cross.Rouge1.Recall is >= 0 and <= 1 && cross.Rouge2.Precision is >= 0 and <= 1
                    && cross.RougeL.Recall <= cross.Rouge1.Recall + 1e-9;
            }).Check(PropertyConfig.Default);
}
