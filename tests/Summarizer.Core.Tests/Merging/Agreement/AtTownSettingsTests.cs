using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A bare name told after "at" with no place after it, one the story elsewhere puts something "in" ("its water tower at
/// Kelby" beside "will stay in Kelby"), is the town the story happens in, as a bare "in Kelby" is: it is no rival of a
/// street of that town where one act is set.
/// </summary>
public sealed class AtTownSettingsTests
{
    [Fact]
    public void A_bare_at_town_the_story_puts_things_in_is_no_conflict_with_a_street()
    {
        var found = Disagreements(
            "Water released by the cracked tower ran down the slope into three cottages on Sheepwash Lane overnight.",
            "The released water ran down the slope into three cottages on Sheepwash Lane.",
            "The company is investigating the failure of its water tower at Culverdean, which released its water overnight. Its teams will stay in Culverdean until every home has a supply.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    // Guard: two bare "at" names that nothing else in the story puts anything "in" stay rival versions of one act's place.
    [Fact]
    public void Bare_at_names_of_one_act_are_still_a_place_conflict()
    {
        var found = Disagreements(
            "The cruise boat Lady Ann grounded at Ferrers Reach on Sunday afternoon with 60 passengers on board.",
            "The cruise boat Lady Ann grounded at Cockle Spit on Sunday afternoon with 60 passengers aboard.",
            "The operator said the boat would be surveyed before it sails again.");

        Assert.Contains(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        List<SourceIndex> sources = [.. texts.Select((t, i) => SourceIndex.Build(new CleanedArticle(i + 1, $"{i + 1}.txt", null, new ArticleMetadata(), t, 0, CleaningReport.Empty)))];
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
