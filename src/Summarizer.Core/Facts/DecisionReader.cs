namespace Summarizer.Facts;

/// <summary>
/// Reads who decided or ordered an act, in the several ways news reports a decision: a verb ("ordered the port closed",
/// "decided to shut the school", "closed the school"), a decision noun with its maker ("the decision to close was taken
/// by its managing director, Ana Ruiz", "Ana Ruiz made the decision to abort") and an instruction ("issued on the
/// instruction of the county's director of public health, Dr Ada Finch"). All give role "order"; the object is the act
/// decided ("close", "investigation") when the words say it, else unknown.
/// </summary>
internal static class DecisionReader
{
    public const string Role = "order";

    public static IEnumerable<RoleSpan> Read(Words words)
    {
        for (var v = 0; v < words.Count; v++)
        {
            if (DecisionTaken(words, v) is { } taken)
            {
                yield return taken;
            }
            else if (DecisionMade(words, v) is { } made)
            {
                yield return made;
            }
            else if (words[v] == "decided" && words[v + 1] == "to" && RoleReader.Active(words, v, Role) is { } decided)
            {
                yield return decided with { Object = Act(words, v + 2) };
            }
            else if (words[v] is "closed" or "shut" && words[v + 1] is "the" or "its" or "his" or "her" or "their"
                && !RoleReader.IsPassive(words, v) && RoleReader.Active(words, v, Role) is { } closed)
            {
                // A person who closes a school, a road or a port orders its closure: the building does not shut itself.
                yield return closed with { Object = "close" };
            }
            else if ((words.At(v, "on the instruction of") || words.At(v, "on the instructions of") || words.At(v, "on the orders of"))
                && PassiveAgents.After(words, v + 4) is { } instructing)
            {
                yield return new RoleSpan(Role, "", instructing.First, instructing.Last, NameSpans.Key(words, instructing));
            }
        }
    }

    // "The decision to shut the school was taken on Sunday by Ada Finch": the decision noun, the same clause, its maker.
    private static RoleSpan? DecisionTaken(Words words, int v)
    {
        if (words[v] is not ("taken" or "made") || words[v - 1] is not ("was" or "were" or "been"))
        {
            return null;
        }

        var decision = -1;
        for (var k = v - 1; k >= 0 && v - k <= 12 && !words.BreakAfter(k); k--)
        {
            if (words[k] == "decision")
            {
                decision = k;
                break;
            }
        }

        if (decision < 0)
        {
            return null;
        }

        return PassiveAgents.Near(words, v, 6) is { } name
            ? new RoleSpan(Role, DecisionObject(words, decision), name.First, name.Last, NameSpans.Key(words, name))
            : null;
    }

    // "Ana Ruiz made the decision to abort", "took the decision to close the line".
    private static RoleSpan? DecisionMade(Words words, int v) =>
        words[v] is "made" or "took" && words[v + 1] == "the" && words[v + 2] == "decision" && !RoleReader.IsPassive(words, v)
        && RoleReader.Active(words, v, Role) is { } maker
            ? maker with { Object = DecisionObject(words, v + 2) }
            : null;

    // What was decided: the verb of "decision to ...", else unknown.
    private static string DecisionObject(Words words, int decision) => words[decision + 1] == "to" ? Act(words, decision + 2) : "";

    private static string Act(Words words, int verb) => char.IsLetter(words[verb].FirstOrDefault()) ? RoleReader.Normalize(words[verb]) : "";
}
