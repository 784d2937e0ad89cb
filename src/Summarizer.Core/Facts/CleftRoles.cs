namespace Summarizer.Facts;

/// <summary>
/// Reads the doer a cleft sentence puts first: "It was Declan Rusk, the union's regional organiser, who confirmed ...",
/// "it was the first officer, Oskar Lindahl, who called ...". A cleft names the doer outright, often to correct another
/// account, so it is read for every role verb, also those whose bare subject is too often someone else's words
/// ("confirmed"), and the name it focuses stands for the nearest name before the verb (here a body in the apposition).
/// </summary>
internal static class CleftRoles
{
    // How far after the focused name its "who" may stand: past an appositive role ("the union's regional organiser").
    private const int Reach = 12;

    /// <summary>Each cleft's role verb (its token index) and the role it gives the focused name.</summary>
    public static List<(int Verb, RoleSpan Role)> Read(Words words)
    {
        var found = new List<(int, RoleSpan)>();
        for (var k = 0; k + 2 < words.Count; k++)
        {
            if (words[k] != "it" || words[k + 1] is not ("was" or "is") || !(k == 0 || words.BreakAfter(k - 1) || words[k - 1] is "but" or "and")
                || PassiveAgents.After(words, k + 2) is not { } name)
            {
                continue;
            }

            // "who" right after the name, or closing an appositive set off by commas.
            var who = Enumerable.Range(name.Last + 1, Reach).FirstOrDefault(w => w < words.Count && words[w] == "who" && (w == name.Last + 1 || words.BreakAfter(w - 1)), -1);
            var verb = who + 1;
            while (verb > 0 && words[verb] is "had" or "has" or "also" or "first" or "then" or "personally")
            {
                verb++;
            }

            if (who > 0 && RoleReader.VerbRole(words, verb) is { } role)
            {
                // "It was Halden Farms' regional director, Ruth Oyelowo, who ...": a name set off just before "who" is the
                // person the role noun describes; the first name was the body.
                var doer = words.BreakAfter(who - 1) && NameSpans.EndingAt(words, who - 1) is { } appositive && appositive.First > name.Last + 1
                    && words.BreakAfter(appositive.First - 1) ? appositive : name;
                found.Add((verb, new RoleSpan(role, RoleReader.ObjectAfter(words, verb), doer.First, doer.Last, NameSpans.Key(words, doer))));
            }
        }

        return found;
    }
}
