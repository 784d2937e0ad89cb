using Summarizer.Documents;

namespace Summarizer.Core.Tests.Rendering;

/// <summary>A hand-built brief that exercises every section a renderer has.</summary>
internal static class SampleBriefs
{
    public static Brief Full()
    {
        CleanedArticle Article(int id, string outlet, string title, string origin) =>
            new(id, origin, title, new ArticleMetadata { Outlet = outlet }, "Body text.", 120, new CleaningReport([new Removal("citation-artifact", "[1]")]));

        return new Brief(
            new DateTimeOffset(2026, 3, 4, 7, 0, 0, TimeSpan.Zero),
            "local",
            null,
            [
                new BriefSource(Article(1, "Castellan Courier", "Bridge shut after cable fault", "in/01.txt"), new SourceSummary(1, "The bridge closed on Monday.", ["Detour via Route 9."]), null),
                new BriefSource(Article(2, "Northern Wire", "River crossing closed", "in/02.md"), new SourceSummary(2, "Officials closed the crossing.", []), null),
                new BriefSource(Article(3, "Coastal Herald", "Bridge closed", "in/03.txt"), new SourceSummary(3, "The bridge closed on Monday.", []), 1),
            ],
            new MergedSummary(
                "River bridge closed after *cable* fault",
                "The bridge closed on Monday [1][2].",
                [new Claim("Inspectors found corroded cables.", [1, 2, 3], [new SourceSpan(1, 0, 10)])],
                [new Disagreement("vehicles a day", [new Claim("about 40,000 vehicles a day", [1]), new Claim("32,000 vehicles a day", [2])])],
                [new Claim("A 2019 audit rated 14 percent of bridges as poor.", [2])])
            {
                SummaryClaims = [new Claim("The bridge closed on Monday.", [1, 2, 3])],
            },
            new CheckReport([new UngroundedToken("Repairs cost 30 million euros.", "30 million", [1])]),
            new UsageReport(3, 1200, 300, 1, 2),
            [new Failure("in/bad.txt", "ingest", "binary content (NUL bytes), not text")]);
    }
}
