using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A merged sentence sets one outlet's figure or place beside the others' by naming the kind of outlet that gives it
/// ("...; a tabloid put the number at five [3]", "a paper named the Long Gallery [3]"): the outlet and its reporting verb
/// frame the clause, as "most outlets put ..." does, and are no part of what the cited source must say. The figure or
/// name that follows is still held to that source. Every sentence is invented.
/// </summary>
public class OutletFrameTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "Three people were treated in hospital after part of the roof fell in at Moorcroft Library on Friday. The roof came down in the West Hall."),
        Article(2, "Part of the roof at Moorcroft Library collapsed on Friday. Three people needed hospital treatment. The roof came down in the West Hall, staff said."),
        Article(3, "TERROR at the library! Five people were rushed to hospital when a chunk of roof crashed down in the Long Gallery at Moorcroft Library."),
    ];

    private static (List<int> Sources, List<string> Findings) Filtered(string prose)
    {
        var filter = new CitationFilter(Checker, Sources, CancellationToken.None);
        var claim = Assert.Single(filter.FilterProse(prose, recite: false));
        return ([.. claim.Sources], [.. filter.Findings.Select(f => $"{f.Token} {string.Join(',', f.Sources)}")]);
    }

    [Theory]
    [InlineData("Three people needed hospital treatment [1][2]; a tabloid put the number at five [3].")]
    [InlineData("The roof came down in the West Hall [1][2]; a tabloid named the Long Gallery [3].")]
    [InlineData("Three people were treated in hospital [1][2], though one newspaper gave the number as five [3].")]
    public void The_outlet_that_gives_a_clause_frames_it(string prose)
    {
        var (sources, findings) = Filtered(prose);

        Assert.Empty(findings);
        Assert.Equal([1, 2, 3], sources);
    }

    [Theory]
    [InlineData("Three people needed hospital treatment [1][2]; a tabloid put the number at seven [3].", "seven")]
    [InlineData("The roof came down in the West Hall [1][2]; a tabloid named the North Gallery [3].", "North Gallery")]
    public void What_the_framed_clause_gives_is_still_held_to_its_source(string prose, string token)
    {
        var (sources, findings) = Filtered(prose);

        Assert.Equal([1, 2], sources);
        Assert.Contains($"{token} 3", findings);
    }
}
