using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A clause every word of which the other outlets use, though no one passage of theirs holds it, is their statement: it
/// neither opens nor carries a passage listed as one source's, on invented stories.
/// </summary>
public sealed class SingleSourceCommonWordingTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    public static TheoryData<string, string, string> Stories => new()
    {
        {
            "Ferries between Oskel and Varn stay cancelled, and worried shopkeepers fear empty shelves and rationing.",
            "All ferries were cancelled after the engine failure. The harbour office apologised. Crews worked through the night. "
                + "Oskel and Varn depend on the route. Engineers checked the hull. Passengers were told to stay at home.",
            "shopkeepers"
        },
        {
            "The pumping station was flooded by the river, and farmers moved their tractors uphill.",
            "The river burst its banks near the village. Residents were told to boil water. Sandbags were handed out. "
                + "The pumping station failed at dawn. Volunteers cleared debris. Water flooded several cellars.",
            "tractors"
        },
        {
            "Striking nurses at Dellow General walked out at dawn, while visiting relatives brought hot soup and folding chairs to the picket.",
            "Nurses at the hospital voted to strike over staffing. Managers cancelled routine clinics. Dellow General remains open for emergencies. "
                + "The union said members walked out reluctantly. Talks resume next week. Pickets gathered at dawn.",
            "soup"
        },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void A_new_detail_joined_to_a_clause_in_the_others_words_is_not_listed_with_it(string own, string other, string detail)
    {
        var result = Analyze(own, other);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains(detail, StringComparison.Ordinal) && c.Text.StartsWith(own[..12], StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> NamedDetails => new()
    {
        {
            "Ferries between Oskel and Varn stay cancelled, and the stranded lorries were sent to Brannoch Pier.",
            "All ferries were cancelled after the engine failure. The harbour office apologised. Crews worked through the night. "
                + "Oskel and Varn depend on the route. Engineers checked the hull. Passengers were told to stay at home.",
            "Brannoch"
        },
        {
            "The pumping station was flooded by the river, and engineers from Calder Hydraulics brought portable pumps.",
            "The river burst its banks near the village. Residents were told to boil water. Sandbags were handed out. "
                + "The pumping station failed at dawn. Volunteers cleared debris. Water flooded several cellars.",
            "Calder"
        },
        {
            "Striking nurses at Dellow General walked out at dawn, while the Ferrin Street bakery sent bread to the picket.",
            "Nurses at the hospital voted to strike over staffing. Managers cancelled routine clinics. Dellow General remains open for emergencies. "
                + "The union said members walked out reluctantly. Talks resume next week. Pickets gathered at dawn.",
            "Ferrin"
        },
    };

    [Theory]
    [MemberData(nameof(NamedDetails))]
    public void A_detail_with_a_name_of_its_own_joined_to_such_a_clause_is_still_listed(string own, string other, string name)
    {
        var result = Analyze(own, other);

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains(name, StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }
}
