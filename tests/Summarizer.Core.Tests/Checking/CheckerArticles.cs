using Summarizer.Documents;

namespace Summarizer.Core.Tests.Checking;

/// <summary>An article for the checker's tests: the text under a numbered id, with no metadata or cleaning record.</summary>
internal static class CheckerArticles
{
    public static CleanedArticle Article(int id, string text) =>
        new(id, $"test-{id}", null, ArticleMetadata.Empty, text, 0, CleaningReport.Empty);
}
