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

    /// <summary>
    /// The tokens the independent checker finds unsupported in a disagreement side that cites one source,
    /// <paramref name="source"/>, as that source's answer to <paramref name="topic"/>: backed by no other outlet
    /// (<paramref name="lone"/>, so the source must give it as the topic asks), or as any other side is judged.
    /// </summary>
    public static List<string> Side(string topic, string side, string source, bool lone = true) =>
        [.. ((ISideChecker)Checker).CheckSide(topic, new Claim(side, [1]), [Article(1, source)], lone ? [] : null).Select(u => u.Token)];
}
