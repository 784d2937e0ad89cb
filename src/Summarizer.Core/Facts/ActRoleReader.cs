using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Reads who did an act that news names by a verb and its object rather than by one verb: "Callum Reid sent a mayday",
/// "The alarm was raised by Angus Moir", "who gave the order to clear the street", "took command of the response",
/// "Tristan Kitto, who was in charge of the lifeboat", "broke the news to fans", "told staff at a meeting". The doer is the subject of the active
/// or the agent after "by" of the passive, as for a single verb (<see cref="RoleReader"/>).
/// </summary>
internal static class ActRoleReader
{
    public const string Alarm = "alarm";

    // The people an employer tells its news to ("told staff at a meeting"); declared before the acts that use it.
    private static readonly FrozenSet<string> Workforce = Set("staff employees workers workforce");

    // Each act class: the verb forms (active and participle), the object heads that make the verb that act, the role.
    private static readonly (FrozenSet<string> Verbs, FrozenSet<string> Objects, string Role)[] Acts =
    [
        (Set("raised raise raises raising sounded sound sounds sounding"), Set("alarm"), Alarm),
        (Set("sent send sends sending issued issue issues issuing broadcast broadcasts made"), Set("mayday distress"), Alarm),
        (Set("gave give gives giving given"), Set("order"), DecisionReader.Role),
        (Set("broke break breaks breaking broken"), Set("news"), "announce"),
        (Set("told tell tells telling"), Workforce, "announce"),
        (Set("took take takes taking taken"), Set("command charge"), "command"),
    ];

    private static readonly FrozenSet<string> Determiners = Text.Determiners.Set(Text.Determiners.Articles, Text.Determiners.Possessives, Text.Determiners.Demonstratives);

    public static IEnumerable<RoleSpan> Read(Words words)
    {
        for (var v = 0; v < words.Count; v++)
        {
            // "Tristan Kitto, who was in charge of the lifeboat": in charge of a vessel or an operation is its command.
            if (words.At(v, "in charge of") && RoleReader.Active(words, v, "command") is { } charge)
            {
                yield return charge with { Object = HeadAfter(words, v + 2) };
                continue;
            }

            // "The proposals were put to the board by chief executive Dr Helen Maroush": put to a meeting, a plan is presented.
            if (words[v] == "put" && words[v + 1] == "to" && RoleReader.IsPassive(words, v) && PassiveAgents.Near(words, v, 12) is { } presenter)
            {
                yield return new RoleSpan("present", RoleReader.Normalize(ObjectBefore(words, v)), presenter.First, presenter.Last, NameSpans.Key(words, presenter));
                continue;
            }

            foreach (var (verbs, objects, role) in Acts)
            {
                if (!verbs.Contains(words[v]))
                {
                    continue;
                }

                if (RoleReader.IsPassive(words, v))
                {
                    // "The alarm was raised at 4.12am by Angus Moir": the act's object stands before the verb.
                    if (objects.Contains(ObjectBefore(words, v)) && PassiveAgents.Near(words, v, 12) is { } agent)
                    {
                        yield return new RoleSpan(role, ObjectOf(words, role, v), agent.First, agent.Last, NameSpans.Key(words, agent));
                    }
                }
                else if (ObjectAt(words, v + 1, objects) is { } obj && !IsOrder(words, obj) && RoleReader.Active(words, v, role) is { } doer)
                {
                    yield return doer with { Object = ObjectOf(words, role, obj) };
                }
            }
        }
    }

    // "told staff to leave the building" orders; "told staff at a meeting", "told staff of the plan" makes news known to
    // the workforce, which is how an employer's decision is announced.
    private static bool IsOrder(Words words, int obj) => Workforce.Contains(words[obj]) && words[obj + 1] == "to";

    // One alarm is raised per happening, by whatever means ("sent a mayday", "raised the alarm"); a command or an order
    // is of what follows it ("took command of the response", "gave the order to clear the street").
    private static string ObjectOf(Words words, string role, int obj) => role switch
    {
        Alarm => Alarm,
        "command" when words[obj + 1] == "of" => HeadAfter(words, obj + 1),
        DecisionReader.Role when words[obj + 1] == "to" && char.IsLetter(words[obj + 2].FirstOrDefault()) => RoleReader.Normalize(words[obj + 2]),
        _ => "",
    };

    // The object of an active act: its determiner, then the head among the next two words ("a mayday", "the alarm").
    private static int? ObjectAt(Words words, int k, FrozenSet<string> objects)
    {
        while (Determiners.Contains(words[k]))
        {
            k++;
        }

        return objects.Contains(words[k]) ? k : words.BreakAfter(k) || !objects.Contains(words[k + 1]) ? null : k + 1;
    }

    // The noun a passive act is of: "The alarm was raised" -> "alarm"; past an adverb ("was quickly raised").
    private static string ObjectBefore(Words words, int v)
    {
        var k = v - 1;
        while (k >= 0 && (words[k] is "was" or "were" or "is" or "been" or "being" or "had" or "has" || words[k].EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return k >= 0 ? words[k] : "";
    }

    private static string HeadAfter(Words words, int k)
    {
        k++;
        while (Determiners.Contains(words[k]))
        {
            k++;
        }

        return char.IsLetter(words[k].FirstOrDefault()) && char.IsLower(words.Tokens[k].Text[0]) ? RoleReader.Normalize(words[k]) : "";
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
