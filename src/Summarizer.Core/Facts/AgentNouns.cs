using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Reads who commanded an operation from an agent noun set beside a name: "Ana Ruiz, the incident commander,", "The
/// rescue commander, Ana Ruiz, said". An agent noun is its verb's doer ("commander" commands), and the noun written
/// before it is what was commanded ("incident").
/// </summary>
/// <remarks>
/// Only a role noun with no owner is an act: "the company's operations director" or "director of the museum" hold an
/// office in a body (<see cref="OfficeNouns"/>), where "the incident commander" is in charge of the happening itself.
/// Capitalised ranks ("Station Commander Nadia Okafor") are titles, not the act.
/// </remarks>
internal static class AgentNouns
{
    /// <summary>The person an agent noun at <paramref name="v"/> names as commanding, with what they commanded.</summary>
    public static RoleSpan? Read(Words words, int v)
    {
        if (Role(words, v) is not { } role)
        {
            return null;
        }

        // The phrase's first word: noun modifiers back to "the" or to a clause break; "a", an owner ("its", "the
        // council's") or a capitalised word before it makes it no act of the one operation.
        var start = v;
        while (start > 0 && !words.BreakAfter(start - 1) && IsModifier(words, start - 1))
        {
            start--;
        }

        var obj = start < v ? RoleReader.Normalize(words[v - 1]) : "";
        var article = start > 0 && words[start - 1] == "the" && !words.BreakAfter(start - 1);
        var opens = article ? start - 1 : start;
        if (words[v + 1] is "of" or "for" || (start > 0 && !words.BreakAfter(start - 1) && (words[start - 1] is "a" or "an" || IsOwner(words[start - 1]))))
        {
            return null;
        }

        // "The incident commander, Ana Ruiz,": the name after the phrase and a break.
        if (words.BreakAfter(v) && NameSpans.After(words, v + 1, 4) is { } after)
        {
            return new RoleSpan(role, obj, after.First, after.Last, NameSpans.Key(words, after));
        }

        // "Ana Ruiz, the incident commander,": the name, a break, then the phrase, which ends its clause.
        if (opens > 0 && words.BreakAfter(opens - 1) && (words.BreakAfter(v) || v + 1 >= words.Count) && NameSpans.EndingAt(words, opens - 1) is { } before)
        {
            return new RoleSpan(role, obj, before.First, before.Last, NameSpans.Key(words, before));
        }

        // "incident commander Ana Ruiz said": the phrase written before the name.
        return !article && !words.BreakAfter(v) && NameSpans.IsNameWord(words, v + 1) && NameSpans.After(words, v + 1, 3) is { } named
            ? new RoleSpan(role, obj, named.First, named.Last, NameSpans.Key(words, named))
            : null;
    }

    // "commander" is who commands: the noun less its agent ending, when that verb commands. A "leader" holds an office
    // in a body, read as one (<see cref="OfficeNouns"/>).
    private static string? Role(Words words, int v)
    {
        var noun = words[v];
        // A title ("director", "manager") names an office held in a body, not an act.
        if (words.Capitalized(v) || NameSpans.Titles.Contains(noun) || noun.Length < 6 || !(noun.EndsWith("er", StringComparison.Ordinal) || noun.EndsWith("or", StringComparison.Ordinal)))
        {
            return null;
        }

        var verb = noun[..^2];
        var role = RoleReader.RoleOfVerb(verb + "ed") ?? RoleReader.RoleOfVerb(verb + "s");
        return role == "command" ? role : null;
    }

    // A lower-case noun modifying the agent noun ("incident", "rescue"), not a determiner, an owner or a verb.
    private static bool IsModifier(Words words, int k) =>
        !words.Capitalized(k) && words[k].Length > 0 && char.IsLetter(words[k][0]) && !Stopwords.IsStopword(words[k])
        && !words[k].EndsWith("'s", StringComparison.Ordinal) && RoleReader.RoleOfVerb(words[k]) is null;

    // "its", "the council's": the role is an office in a body, not the act.
    private static bool IsOwner(string word) =>
        word is "its" or "their" or "his" or "her" or "our" or "my" or "whose" || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);
}
