using Summarizer.Documents;
using Summarizer.Stories;

namespace Summarizer.Core.Tests.Stories;

public class ArticleFeaturesTests
{
    private static ArticleFeatures Extract(int id, string text) =>
        ArticleFeatures.Extract(
            new CleanedArticle(id, $"{id}.txt", null, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty),
            StoryClusteringOptions.Default);

    [Fact]
    public void Folds_capitalized_runs_into_phrases_and_words_skipping_sentence_starts_and_days()
    {
        var features = Extract(1, "On Tuesday the Bank of Velland raised rates. Governor Anselm Richter spoke in Solvik.");

        Assert.Equal(
            ["anselm", "anselm richter", "bank", "richter", "solvik", "velland"],
            features.Entities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accepts_a_sentence_initial_name_only_when_another_article_uses_it_mid_sentence()
    {
        var day = ArticleFeatures.WithDayNames(
        [
            Extract(1, "The decision was taken by Governor Anselm Richter on Tuesday."),
            Extract(2, "Families will pay more. Richter, who heads the bank, said he understood."),
        ]);

        Assert.Contains("richter", day[1].Entities);
        Assert.DoesNotContain("families", day[1].Entities);
    }

    [Fact]
    public void Weights_title_and_lead_words_above_body_words()
    {
        var text = "Flood waters rose. Second sentence here. Third one too. Finally the flood receded.";
        var features = ArticleFeatures.Extract(
            new CleanedArticle(1, "x", "Flood", ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty),
            StoryClusteringOptions.Default);

        // Title 3 + lead 1.5 + body 1.
        Assert.Equal(5.5, features.Terms["flood"]);
        Assert.Equal(1.0, features.Terms["reced"]);
        Assert.False(features.Terms.ContainsKey("the"));
    }
}
