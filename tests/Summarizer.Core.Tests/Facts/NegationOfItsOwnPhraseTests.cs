using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "Without" negates the noun phrase it governs, not the verb that follows it: "the number of homes without electricity
/// had fallen to about 400" asserts the fall; "without" only says which homes are counted. A figure it governs, or one
/// in a clause a negation denies, is still negated.
/// </summary>
public sealed class NegationOfItsOwnPhraseTests
{
    [Theory]
    [InlineData("The number of homes without electricity had fallen to about 400 by this morning.")]
    [InlineData("Homes without power have fallen to 250, the operator said.")]
    [InlineData("Homes without power were 1,200 at noon.")]
    public void A_figure_after_the_verb_that_follows_a_without_phrase_is_asserted(string sentence) =>
        Assert.Equal(FactMood.Asserted, Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Count).Mood);

    [Theory]
    [InlineData("The firm expanded without raising £40m from investors.")]
    [InlineData("The number of homes cut off had not fallen to 400.")]
    [InlineData("The town has been without 12 of its buses since the fire.")]
    public void A_figure_a_negation_governs_is_still_negated(string sentence) =>
        Assert.Equal(FactMood.Negated, Value(sentence).Mood);
}
