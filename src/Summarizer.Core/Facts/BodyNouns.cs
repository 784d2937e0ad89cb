namespace Summarizer.Facts;

/// <summary>
/// Nouns of the bodies people form: associations, groups, unions, clubs, charities. One list for the readers that tell a
/// body from the people in it: a count of "140 tenant associations" counts bodies (<see cref="Measures"/>), and a name
/// ending in "Users Group" names no organiser (<see cref="RoleReader"/>). Each reader adds the few words its own reading
/// needs.
/// </summary>
internal static class BodyNouns
{
    /// <summary>The nouns every reader of bodies takes as one.</summary>
    public static readonly string[] Common =
    [
        "association", "group", "union", "club", "society", "charity", "committee", "network", "coalition", "federation",
        "council", "alliance", "forum", "collective", "trust",
    ];

    /// <summary>
    /// The last words of the names of clubs, family firms and institutions ("Brookvale Athletic", "Ashby Brothers",
    /// "Ebbsworth General Hospital"): a name ending in one is a body's, and a body credited with an act its person did
    /// (a firm "announcing" what its owner told staff, a league that "ruled") is no rival of that person.
    /// </summary>
    public static readonly string[] NameEnds =
    [
        "city", "town", "county", "athletic", "united", "rovers", "rangers", "wanderers", "albion", "brothers",
        "hospital", "university", "college", "school", "council", "authority", "agency", "trust", "company", "board",
    ];
}
