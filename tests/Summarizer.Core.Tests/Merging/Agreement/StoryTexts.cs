using Summarizer.Core.Tests.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>A story written as one text per source, all published at one moment, through the story analysis.</summary>
internal static class StoryTexts
{
    public static StoryAnalysisResult Analyze(DateTimeOffset? published, params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => FactTestKit.Article(i + 1, t, published))]);
}
