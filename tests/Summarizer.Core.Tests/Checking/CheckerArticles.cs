using Summarizer.Checking;
using Summarizer.Documents;

namespace Summarizer.Core.Tests.Checking;

/// <summary>An article for the checker's tests: the text under a numbered id, with no metadata or cleaning record.</summary>
internal static class CheckerArticles
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    public static CleanedArticle Article(int id, string text) =>
        new(id, $"test-{id}", null, ArticleMetadata.Empty, text, 0, CleaningReport.Empty);

    /// <summary>The tokens the independent checker finds unsupported when <paramref name="claim"/> cites one source, <paramref name="source"/>.</summary>
    public static List<string> Unsupported(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];
}
