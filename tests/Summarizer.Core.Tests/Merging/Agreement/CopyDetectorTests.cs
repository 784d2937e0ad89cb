using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class CopyDetectorTests(ITestOutputHelper output)
{
    [Fact]
    public void A_light_rewrite_that_changes_one_word_in_every_few_is_still_a_copy()
    {
        var original = TrustFixtures.Ferry()[0];
        var others = TrustFixtures.Ferry().Skip(1).Where(a => a.Id != 4).ToList();
        // Exhaustive over the small space rather than random: every spacing and phase of the changed words.
        var missed = new List<string>();
        for (var every = 4; every <= 10; every++)
        {
            for (var offset = 0; offset < every; offset++)
            {
                var rewrite = original with { Id = 9, Text = Rewrite(original.Text, every, offset) };
                var result = StoryAnalysis.Analyze([original, .. others, rewrite]);
                if (result.CopyOf.Count != 1 || result.CopyOf.GetValueOrDefault(9) != 1)
                {
                    missed.Add($"every {every} from {offset}");
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void Separates_light_rewrites_from_other_reports_of_the_same_event()
    {
        var threshold = new StoryAnalysisOptions().CopySentenceShare;
        var original = TrustFixtures.Ferry()[0];
        var rewrites = Enumerable.Range(4, 7).Select(every => Score(original, original with { Id = 9, Text = Rewrite(original.Text, every, 1) })).ToList();
        var distinct = new List<double>();
        foreach (var set in new[] { TrustFixtures.Ferry().Where(a => a.Id != 4).ToList(), TrustFixtures.Seeds() })
        {
            distinct.AddRange(set.SelectMany((a, i) => set.Skip(i + 1).Select(b => Score(a, b))));
        }

        output.WriteLine($"rewrites min {rewrites.Min():F2}, distinct reports max {distinct.Max():F2}, threshold {threshold:F2}");
        Assert.True(rewrites.Min() >= threshold + 0.05, $"rewrite scored {rewrites.Min():F2}");
        Assert.True(distinct.Max() <= threshold - 0.15, $"distinct pair scored {distinct.Max():F2}");
    }

    private static double Score(CleanedArticle a, CleanedArticle b)
    {
        var (x, y) = (SourceIndex.Build(a), SourceIndex.Build(b));
        return CopyDetector.Similarity(CopyDetector.Shingles(a.Text), CopyDetector.Shingles(b.Text), x, y).SentenceShare;
    }

    [Fact]
    public void Copies_point_at_the_earliest_original_even_through_a_chain()
    {
        var original = TrustFixtures.Ferry()[0];
        var copy = original with { Id = 2, Text = Rewrite(original.Text, 8, 1) };
        var copyOfCopy = original with { Id = 3, Text = Rewrite(copy.Text, 8, 4) };

        var result = StoryAnalysis.Analyze([original, copy, copyOfCopy]);

        Assert.Equal(new Dictionary<int, int> { [2] = 1, [3] = 1 }, result.CopyOf);
        Assert.Equal("reported by 1 source", result.DescribeAgreement([1, 2, 3]));
    }

    // Replaces every n-th word of each line with a different word, keeping punctuation and paragraphs.
    internal static string Rewrite(string text, int every, int offset) =>
        string.Join('\n', text.Split('\n').Select(line =>
        {
            var words = line.Split(' ');
            for (var i = offset % every; i < words.Length; i += every)
            {
                var w = words[i];
                words[i] = w.Length > 1 && char.IsLetter(w[0]) ? "reportedly" + (char.IsLetter(w[^1]) ? "" : w[^1..]) : w;
            }

            return string.Join(' ', words);
        }));
}
