using FsCheck;
using FsCheck.Fluent;
using Summarizer.Checking;
using Summarizer.Chunking;
using Summarizer.Core.Tests.Merging.Agreement;
using Summarizer.Documents;
using Summarizer.TestSupport;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking;

public class GroundingCheckerTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();
    private static readonly IReadOnlyList<CleanedArticle> Sources = TrustFixtures.Ferry();

    [Fact]
    public void Brief_check_covers_source_summaries_key_points_and_prose()
    {
        var summaries = new[]
        {
            new SourceSummary(2, "A 2024 audit found 17 percent of ferries failed inspection.", ["The Lady Arden was 27 years old."]),
            new SourceSummary(1, "The ferry capsized on March 14 and 42 passengers were rescued.", ["The ferry carried 46 people."]),
        };
        var merged = new MergedSummary(
            "Three dead as ferry capsizes on Lake Morrow",
            "The Lady Arden capsized on Lake Morrow [1][2]. A 2024 audit found 17 percent of ferries failed inspection [3].",
            [
                new Claim("Three people died when the Lady Arden capsized on Lake Morrow.", [1, 2, 3, 5]),
                new Claim("Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board.", [1, 3]),
            ],
            [],
            [new Claim("Families gathered in Ostrava Bay on Sunday.", [3])]);

        var report = Checker.CheckBrief(merged, summaries, Sources);

        Assert.Equal(
            [
                "The ferry carried 46 people. | 46 | 1",
                "A 2024 audit found 17 percent of ferries failed inspection [3]. | 2024 | 3",
                "A 2024 audit found 17 percent of ferries failed inspection [3]. | 17 percent | 3",
                "Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board. | Governor Tomas Reinholt | 3",
                "Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board. | Lake Safety Board | 3",
                "Families gathered in Ostrava Bay on Sunday. | Sunday | 3",
            ],
            report.Ungrounded.Select(u => $"{u.Text} | {u.Token} | {string.Join(",", u.Sources)}"));
    }

    [Fact]
    public void Cancellation_part_way_through_the_key_points_stops_the_check()
    {
        using var keyPoints = new Core.Tests.Support.CancellingList<string>(
            ["The ferry carried 46 people.", "The Lady Arden was 27 years old.", "Three people died on Lake Morrow."],
            cancelAt: 1);
        SourceSummary[] summaries = [new(1, "The ferry capsized on March 14.", keyPoints)];

        Assert.ThrowsAny<OperationCanceledException>(() => Checker.CheckBrief(null, summaries, Sources, keyPoints.Cancellation));
        Assert.Equal(2, keyPoints.Read);
    }

    [Fact]
    public void Aliases_and_number_words_ground_their_other_forms()
    {
        var sources = new[] { Article(1, "The United Kingdom and the U.S. sent thirty observers; turnout was 75 percent.") };

        Assert.Empty(Checker.Check("Britain and the United States sent 30 observers; turnout was 75%.", [1], sources));
        Assert.Equal(["France"], Checker.Check("Observers from France went too.", [1], sources).Select(u => u.Token));
    }

    [Fact]
    public void Sentence_initial_common_words_are_not_taken_for_names()
    {
        var sources = new[] { Article(1, "Rescuers said the search lasted all night.") };

        Assert.Empty(Checker.Check("Rescuers searched all night. Critics said nothing.", [1], sources));
        Assert.Equal(["Smith"], Checker.Check("Searchers led by Smith worked all night.", [1], sources).Select(u => u.Token));
    }

    [Fact]
    public void Options_are_validated_with_the_field_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GroundingChecker.Create(new GroundingCheckerOptions { MinCitationOverlap = -0.1 }));

        Assert.Equal("MinCitationOverlap", ex.ParamName);
    }

    [Fact]
    public void Every_sentence_of_a_source_is_grounded_in_that_source()
    {
        var sentences = Sources.SelectMany(a => SentenceSplitter.Instance.Split(a.Text).Select(s => (a.Id, s.Text))).ToArray();
        Prop.ForAll(Gen.Elements(sentences).ToArbitrary(), pick =>
            Checker.Check(pick.Text, [pick.Id], Sources).Count == 0).Check(PropertyConfig.Default);
    }

    [Fact]
    public void An_inserted_figure_no_source_has_is_always_caught()
    {
        var sentences = Sources.SelectMany(a => SentenceSplitter.Instance.Split(a.Text).Select(s => (a.Id, s.Text))).ToArray();
        var figures = Gen.Choose(100, 999);
        Prop.ForAll(Gen.Elements(sentences).ToArbitrary(), figures.ToArbitrary(), (pick, n) =>
        {
            var text = $"{pick.Text} Officials counted {n} more boats.";
            return Checker.Check(text, [pick.Id], Sources).Any(u => u.Token.StartsWith(n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }).Check(PropertyConfig.Default);
    }
}
