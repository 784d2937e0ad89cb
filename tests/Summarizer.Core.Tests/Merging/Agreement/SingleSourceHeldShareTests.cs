using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A passage with no figure of its own more than a third of whose words one passage of another outlet holds (who the
/// person is, the story's act) tells that outlet's statement again around its own detail: it is not listed as one
/// source's, while the same passage is listed when no passage of another outlet holds that much of it. Invented stories.
/// </summary>
public sealed class SingleSourceHeldShareTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 3, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    public static TheoryData<string, string, string> Held => new()
    {
        {
            "Lock keeper Marta Quill waded into the freezing channel to cut the swan loose from the fishing line.",
            "Lock keeper Marta Quill, who has worked on the canal for years, called the wildlife rescue team. "
                + "The swan was taken to a sanctuary near Dunhope. Boats were held at the lock for an hour. The canal trust thanked walkers.",
            "fishing line"
        },
        {
            "Harbour pilot Idris Fenwick radioed the tug crews from the bridge of the stricken tanker as the tide turned.",
            "The tanker was guided off the sandbank by harbour pilot Idris Fenwick after a long night. "
                + "No oil was spilled, the port authority said. Divers will inspect the hull on Friday. The channel reopened at dawn.",
            "tug crews"
        },
        {
            "Head gardener Rosalind Achebe found the smashed glasshouse panes in the walled garden.",
            "The damage was discovered by head gardener Rosalind Achebe early on Sunday. "
                + "Police are looking for two teenagers seen nearby. The estate said the orchids had survived. Visitors can still enter by the north gate.",
            "glasshouse"
        },
    };

    [Theory]
    [MemberData(nameof(Held))]
    public void A_figure_free_passage_another_outlet_mostly_holds_is_not_listed(string own, string other, string detail)
    {
        var result = Analyze(own, other);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains(detail, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> NotHeld => new()
    {
        {
            "Lock keeper Marta Quill waded into the freezing channel to cut the swan loose from the fishing line.",
            "A wildlife rescue team was called to the canal on Saturday. "
                + "The swan was taken to a sanctuary near Dunhope. Boats were held at the lock for an hour. The canal trust thanked walkers.",
            "fishing line"
        },
        {
            "Head gardener Rosalind Achebe found the smashed glasshouse panes in the walled garden.",
            "Vandals broke into the estate early on Sunday. "
                + "Police are looking for two teenagers seen nearby. The estate said the orchids had survived. Visitors can still enter by the north gate.",
            "glasshouse"
        },
    };

    [Theory]
    [MemberData(nameof(NotHeld))]
    public void The_same_passage_is_listed_when_no_passage_of_another_outlet_holds_a_third_of_it(string own, string other, string detail)
    {
        var result = Analyze(own, other);

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains(detail, StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }
}
