using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A word in -s straight before a finite auxiliary ("heads were", "leads are") is a plural noun, the subject of that
/// auxiliary, not a verb of the person named before it: "said heads were told to close early" tells no one leading.
/// </summary>
public sealed class PluralSubjectsAreNoVerbsTests
{
    [Theory]
    [InlineData("Ana Vell, a spokeswoman for the county's schools, said heads were told to close early.")]
    [InlineData("Ana Vell, the union's spokeswoman, said heads would be asked to act.")]
    public void A_plural_noun_before_its_auxiliary_names_no_leader(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "lead");

    [Theory]
    [InlineData("Ana Vell heads the inquiry into the flooding.")]
    [InlineData("Ana Vell, who heads the inquiry, was at the scene.")]
    public void A_verb_in_s_with_its_object_still_names_the_leader(string sentence) =>
        Assert.Contains(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "lead" && f.Value.Name == "ana vel");
}
