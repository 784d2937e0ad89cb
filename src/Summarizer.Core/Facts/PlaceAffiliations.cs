using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// "analysts at Greyling Partners", "drivers at Northmoor Trains", "a spokeswoman at Holloway Freight": "at" and a bare
/// name after a noun of people tells whom the people work for or belong to, not where anything happened. The phrase
/// modifies the noun, not the clause's verb, and the name is as often a firm as a site, so it is no place of the story.
/// A name that says it is a site ("visitors at Marlcombe Royal Infirmary") is still read as one.
/// </summary>
internal static class PlaceAffiliations
{
    /// <summary>True when the "at" at <paramref name="at"/> follows a noun of people in its own clause.</summary>
    public static bool AfterPeople(Words words, int at) =>
        at > 0 && words[at] == "at" && !words.BreakAfter(at - 1) && People(words, at - 1);

    // A noun of people: a class of people ("workers", "staff", "passengers"), a role or office written as a title
    // ("manager", "spokesman", "director") or an occupation told by its agent ending ("analyst", "economist").
    private static bool People(Words words, int k)
    {
        if (words.Capitalized(k) && k > 0)
        {
            return false;
        }

        var word = words[k];
        var singular = word.EndsWith('s') && word.Length > 3 ? word[..^1] : word;
        return MeasureClasses.Of(word) == MeasureClasses.Persons
            || NameSpans.Titles.Contains(singular) || NameSpans.Titles.Contains(word)
            || singular.EndsWith("ist", StringComparison.Ordinal) || singular.EndsWith("yst", StringComparison.Ordinal);
    }
}
