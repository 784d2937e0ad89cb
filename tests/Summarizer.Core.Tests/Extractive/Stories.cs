using Summarizer.Documents;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>An invented three-source story with the shapes cleaned news text has: headings, list items, a question.</summary>
internal static class Stories
{
    public const string Heading = "Why It Matters";
    public const string Question = "What happens to the families who lost their homes?";

    public static CleanedArticle Article(int id, string text, string? title = null) =>
        new(id, $"story/{id}.txt", title, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty);

    public static IReadOnlyList<CleanedArticle> Flood(bool titled = false) =>
    [
        Article(1, """
            Floodwater from the Tarrow River broke through the old levee at Marrowick on Tuesday night, forcing about 4,000 residents from their homes.
            The regional emergency agency said rescue boats had reached every flooded street by Wednesday morning.

            Why It Matters

            Marrowick sits on the only rail line that links the northern valleys with the coastal port, and freight traffic has stopped.
            What happens to the families who lost their homes?
            Officials have opened three shelters in school gyms and promised cash grants within a week.
            """, titled ? "Tarrow River floods Marrowick as levee fails" : null),
        Article(2, """
            About 4,000 people were forced from their homes in Marrowick after the Tarrow River burst through an old levee on Tuesday night.
            Key Developments
            - Rescue boats reached every flooded street by Wednesday
            Engineers warned last year that the levee, built in 1958, needed urgent repairs that were never funded.
            The mayor of Marrowick said the town council would ask the national government for disaster relief money.
            He said it was the worst flood in living memory.
            """),
        Article(3, """
            Rail operator Northline suspended all freight services through Marrowick because water covered the tracks for several kilometres.
            The suspension cuts the only rail link between the northern valleys and the coastal port, and grain shipments are piling up at inland depots.
            Engineers had warned a year ago that the 1958 levee needed urgent repairs, but the money was never approved.
            Forecasters expect the river to fall slowly over the next four days if no more heavy rain arrives.
            """),
    ];
}
