using System.Collections.Frozen;
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

    // Nouns of a contest's outcome that take "over" and the side beaten: "victory over Ashby", "a 2-0 win over Kelby".
    private static readonly FrozenSet<string> Outcomes = FrozenSet.ToFrozenSet(
        ["victory", "victories", "win", "wins", "triumph", "lead", "advantage"], StringComparer.Ordinal);

    /// <summary>
    /// True when the "over" at <paramref name="over"/> follows a noun of a contest's outcome ("bowled Ashby to victory
    /// over Kelby"), or an "off" follows a verb of repelling ("seeing off Kelby 6-3"): the name is the side beaten, not a
    /// place the contest was held over or off.
    /// </summary>
    public static bool Opponent(Words words, int over) =>
        over > 0 && !words.BreakAfter(over - 1)
        && (words[over] == "over" ? Outcomes.Contains(words[over - 1]) : words[over] == "off" && Repelling.Contains(words[over - 1]));

    // The verbs whose phrasal "off" takes a rival beaten or kept back, not a place: "saw off Kelby", "held off Ashby
    // Rovers", "fought off Dunmore". The forms of each verb, as a verb of saying is listed with its forms.
    private static readonly FrozenSet<string> Repelling = FrozenSet.ToFrozenSet(
        ["see", "sees", "saw", "seen", "seeing", "hold", "holds", "held", "holding", "fight", "fights", "fought", "fighting",
         "fend", "fends", "fended", "fending", "ward", "wards", "warded", "warding", "stave", "staves", "staved", "staving"],
        StringComparer.Ordinal);

    // Nouns of bodies that are no site, and the bodies sport and politics are organised in: "the Ashby and District
    // League", "Division Two". BodyNouns.Common without the bodies whose names are as often a building's or a ground's
    // ("the Students' Union", "the Kelby Forum", "Ashby Cricket Club", "the Royal Society").
    private static readonly FrozenSet<string> Bodies = FrozenSet.ToFrozenSet(
        BodyNouns.Common.Except(["club", "union", "forum", "society"]).Concat(["league", "division", "party"]), StringComparer.Ordinal);

    // Cardinal words that number a body of a series after its noun ("Division Two", "League One").
    private static readonly FrozenSet<string> Cardinals = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], StringComparer.Ordinal);

    /// <summary>
    /// True when the name in tokens <paramref name="first"/> to <paramref name="last"/> ends in the noun of a body, or in
    /// one and its number ("in Division Two", "in the Corvenby Borough Council"): the name is an organisation's, no place,
    /// unless the reader found a place noun that makes it a site.
    /// </summary>
    public static bool BodyName(Words words, int first, int last)
    {
        var k = last;
        while (k > first && (Cardinals.Contains(words[k]) || words[k].All(char.IsDigit)))
        {
            k--;
        }

        return words.Capitalized(k) && Bodies.Contains(words[k]);
    }
}
