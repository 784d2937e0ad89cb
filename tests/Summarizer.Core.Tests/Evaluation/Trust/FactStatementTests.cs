using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;
using Summarizer.Evaluation.Trust.Scoring;

namespace Summarizer.Core.Tests.Evaluation.Trust;

/// <summary>When a listed passage states a key's fact: its `match` terms, and a word of the key's quote of it in the cited file.</summary>
public sealed class FactStatementTests
{
    private static readonly KeyFact Operator = new(
        "f2",
        "The ferry operator is Tidewell.",
        ["Tidewell"],
        new Evidence(new Dictionary<string, IReadOnlyList<string>>
        {
            ["a.txt"] = ["Ferry operator Tidewell has offered a 4% rise"],
            ["b.txt"] = ["Tidewell, which runs the ferries"],
        }),
        new Evidence(new Dictionary<string, IReadOnlyList<string>>()));

    private static BriefItem Item(string text, string file) =>
        new(BriefSection.SingleSource, new TrustText(text), new HashSet<string>([file], StringComparer.Ordinal));

    [Fact]
    public void A_passage_sharing_only_the_match_term_states_another_fact() =>
        Assert.False(AttributionScoring.StatesFact(Item("The crews' union said it would return to talks if Tidewell improved its pay offer.", "a.txt"), Operator));

    [Fact]
    public void A_passage_with_the_quoted_words_states_the_fact() =>
        Assert.True(AttributionScoring.StatesFact(Item("Tidewell, the ferry operator, says the strike costs it €1m a day.", "a.txt"), Operator));

    [Fact]
    public void Without_a_quote_for_the_cited_file_the_match_terms_decide() =>
        Assert.True(AttributionScoring.StatesFact(Item("The crews' union said it would return to talks if Tidewell improved its pay offer.", "c.txt"), Operator));
}
