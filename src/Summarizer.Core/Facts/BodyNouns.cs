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
}
