using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.TestSupport.Architecture;

namespace Summarizer.Core.Tests.Architecture;

/// <summary>The grounding checker must not approve the attributor's output by running the attributor's own test.</summary>
public class IndependentCheckerTests
{
    // Besides the runtime, the checker may read the documents and split sentences; nothing else of ours.
    private static readonly string[] Allowed = ["Summarizer.Documents", "Summarizer.Chunking", "Summarizer.Checking.Independent"];

    [Fact]
    public void The_checker_uses_none_of_the_attributors_types()
    {
        var checker = typeof(Brief).Assembly.GetTypes()
            .Where(t => t.Namespace == "Summarizer.Checking.Independent")
            .Select(TypeReferences.Owner)
            .Distinct()
            .ToList();

        var foreign = checker
            .SelectMany(TypeReferences.UsedBy)
            .Where(u => u.Target.Namespace is { } ns && ns.StartsWith("Summarizer", StringComparison.Ordinal) && !Allowed.Contains(ns))
            .Select(u => $"{u.Target.FullName} ({u.How})")
            .Distinct()
            .ToList();

        Assert.Contains(checker, t => t.Name == "CitationVerifier");
        Assert.True(foreign.Count == 0, "The checker uses types outside its own reading:\n" + string.Join("\n", foreign));
    }

    // The other way round: the stages that choose citations do not lean on the checker's tables either, or the check
    // and the thing it checks would read a word the same way by construction.
    private static readonly string[] Attributors = ["Summarizer.Facts", "Summarizer.Merging", "Summarizer.Extractive", "Summarizer.Stories"];

    [Fact]
    public void The_attributor_uses_none_of_the_checkers_types()
    {
        var attributor = typeof(Brief).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && Attributors.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal)))
            .Select(TypeReferences.Owner)
            .Distinct()
            .ToList();

        var leaning = attributor
            .SelectMany(t => TypeReferences.UsedBy(t).Select(u => (User: t, Use: u)))
            .Where(x => x.Use.Target.Namespace == "Summarizer.Checking.Independent")
            .Select(x => $"{x.User.FullName} -> {x.Use.Target.FullName} ({x.Use.How})")
            .Distinct()
            .ToList();

        Assert.Contains(attributor, t => t.Name == "Clauses");
        Assert.True(leaning.Count == 0, "The attributor uses the checker's types:\n" + string.Join("\n", leaning));
    }

    [Fact]
    public void Grounding_checker_create_returns_the_independent_checker()
    {
        Assert.Equal("IndependentGroundingChecker", GroundingChecker.Create().GetType().Name);
    }
}
