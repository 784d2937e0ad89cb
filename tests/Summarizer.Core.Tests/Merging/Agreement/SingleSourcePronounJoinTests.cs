using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A sentence that opens with a pronoun is listed with the sentence before it only when that sentence is no other
/// source's statement: joined to one another outlet states, the list would show that outlet's fact as this one's.
/// Invented stories.
/// </summary>
public sealed class SingleSourcePronounJoinTests
{
    private static readonly DateTimeOffset Published = new(2026, 4, 14, 18, 0, 0, TimeSpan.Zero);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryTexts.Analyze(Published, texts);

    [Fact]
    public void A_sentence_another_source_states_is_not_listed_to_open_the_next()
    {
        var result = Analyze(
            "Flooding has shut the Corrigan Museum of Clocks in Wexby. Its trustees said the repairs would cost £340,000.",
            "The Corrigan Museum of Clocks in Wexby has been shut by flooding, the town council said. Volunteers spent the weekend moving clocks to the upper gallery.");

        Assert.DoesNotContain(result.SingleSource, c => c.Sources.Contains(1) && c.Text.Contains("Flooding has shut", StringComparison.Ordinal));
        Assert.Contains(result.SingleSource, c => c.Text.Contains("£340,000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_no_other_source_states_still_opens_the_next()
    {
        var result = Analyze(
            "Flooding has shut the Corrigan Museum of Clocks in Wexby. The basement archive of ship chronometers was under water for two days. It will be dried out in a specialist store in Hallam.",
            "The Corrigan Museum of Clocks in Wexby has been shut by flooding, the town council said. Volunteers spent the weekend moving clocks to the upper gallery.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("chronometers", StringComparison.Ordinal) && c.Text.Contains("Hallam", StringComparison.Ordinal));
    }
}
