using Summarizer.Evaluation.Extraction;

namespace Summarizer.Core.Tests.Evaluation.Extraction;

public sealed class ExtractionScorerTests
{
    [Fact]
    public void Tokens_are_word_character_runs_with_case_kept()
    {
        Assert.Equal(["It", "s", "5", "km", "Café"], ExtractionScorer.Tokens("It's 5-km... Café!"));
    }

    [Fact]
    public void Shingles_are_four_token_windows_counted_as_a_multiset()
    {
        var shingles = ExtractionScorer.Shingles(["a", "b", "c", "d", "a", "b", "c", "d"]);

        // abcd, bcda, cdab, dabc, abcd: five windows, abcd twice.
        Assert.Equal(5, shingles.Values.Sum());
        Assert.Equal(2, shingles["a\u0001b\u0001c\u0001d"]);
    }

    [Fact]
    public void Short_text_is_one_short_shingle_and_empty_text_has_none()
    {
        Assert.Single(ExtractionScorer.Shingles(["only", "two"]));
        Assert.Empty(ExtractionScorer.Shingles([]));
    }

    [Fact]
    public void Extra_tokens_lower_precision_only()
    {
        // Truth: 6 tokens -> 3 shingles. Extracted adds 2 tokens at the end -> 5 shingles, 3 shared.
        var score = ExtractionScorer.Score("one two three four five six seven eight", "one two three four five six");

        Assert.Equal(3.0 / 5, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.False(score.Exact);
    }

    [Fact]
    public void Missing_tokens_lower_recall_only()
    {
        // Truth: 7 tokens -> 4 shingles. Extracted: first 5 tokens -> 2 shingles, both shared.
        var score = ExtractionScorer.Score("one two three four five", "one two three four five six seven");

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(2.0 / 4, score.Recall);
    }

    [Fact]
    public void Punctuation_and_whitespace_do_not_matter_for_an_exact_match()
    {
        var score = ExtractionScorer.Score("Hello,   world!\n\nBye.", "Hello world Bye");

        Assert.True(score.Exact);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Empty_extraction_has_no_precision_and_zero_recall()
    {
        var score = ExtractionScorer.Score("", "some truth text here");

        Assert.Null(score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Repeated_shingles_count_only_as_often_as_the_truth_has_them()
    {
        // Extracted repeats the truth: 2x "a b c d" + "b c d a" etc. = 5 shingles; truth has 1 shingle.
        var score = ExtractionScorer.Score("a b c d a b c d", "a b c d");

        Assert.Equal(1.0 / 5, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Summary_averages_precision_over_non_empty_pages_and_recall_over_all()
    {
        ExtractionPageResult[] pages =
        [
            new("a", 1.0, 1.0, true, 10, 10),
            new("b", 0.5, 0.5, false, 10, 10),
            new("c", null, 0.0, false, 0, 10),
        ];

        var result = ExtractionEvaluator.Summarize(pages, TimeSpan.FromSeconds(2));

        Assert.Equal(0.75, result.Precision, 10);
        Assert.Equal(0.5, result.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.5 / 1.25, result.F1, 10);
        Assert.Equal(1.0 / 3, result.Accuracy, 10);
        Assert.Equal(1.5, result.PagesPerSecond, 10);
    }
}
