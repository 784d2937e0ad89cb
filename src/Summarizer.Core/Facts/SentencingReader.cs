namespace Summarizer.Facts;

/// <summary>
/// Reads who passed sentence, as court reports word it besides "ruled": a participle opening the sentence ("Passing
/// sentence, the chair of the bench, Ada Finch, told him"; "Sentencing the company, Judge Ada Finch said"), a passive
/// ("The sentence was passed on Monday by Recorder Ada Finch") and the active phrase ("Ada Finch passed sentence").
/// All give role "rule", the one who decided the case.
/// </summary>
internal static class SentencingReader
{
    private const string Role = "rule";

    public static IEnumerable<RoleSpan> Read(Words words)
    {
        if (Opening(words) is { } opening)
        {
            yield return opening;
        }

        for (var v = 1; v < words.Count; v++)
        {
            if (words[v] != "passed")
            {
                continue;
            }

            if (words[v + 1] == "sentence" && !RoleReader.IsPassive(words, v) && RoleReader.Active(words, v, Role) is { } active)
            {
                yield return active with { Object = "" };
            }
            else if (words[v - 1] is "was" or "were" or "been" && words[v - 2] == "sentence" && PassiveAgents.Near(words, v, 10) is { } agent)
            {
                yield return new RoleSpan(Role, "", agent.First, agent.Last, NameSpans.Key(words, agent));
            }
        }
    }

    // "Passing sentence, ...", "Sentencing him, ...": the subject after the opening clause is who sentenced.
    private static RoleSpan? Opening(Words words)
    {
        if (!(words.At(0, "passing sentence") || words[0] == "sentencing"))
        {
            return null;
        }

        for (var k = 0; k < Math.Min(words.Count - 1, 8); k++)
        {
            if (words.BreakAfter(k))
            {
                return words.After(k) == ',' && PassiveAgents.After(words, k + 1) is { } name
                    ? new RoleSpan(Role, "", name.First, name.Last, NameSpans.Key(words, name))
                    : null;
            }
        }

        return null;
    }
}
