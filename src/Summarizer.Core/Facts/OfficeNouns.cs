using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Reads who holds an office from a role noun written beside a name: before it ("Union leader Fergal Moynihan") or in
/// apposition ("The chair of the judges, Professor Idris Kamau"; "Fergal Moynihan, general secretary of the union").
/// </summary>
internal static class OfficeNouns
{
    // Role nouns of an appositive, longest first.
    private static readonly (string Phrase, string Role)[] Nouns =
    [
        ("general secretary", "lead"), ("voted against", "dissent"), ("vote against", "dissent"), ("chair", "chair"), ("chairman", "chair"),
        ("chairwoman", "chair"), ("chairperson", "chair"), ("dissenter", "dissent"), ("leader", "lead"), ("head", "lead"),
        ("mediator", "mediate"), ("chief executive", "chief executive"), ("boss", "lead"),
    ];

    /// <summary>The holder of the role noun at <paramref name="v"/>, named beside it ("union leader Fergal Moynihan", "the chair of the judges, Professor Idris Kamau").</summary>
    public static RoleSpan? Read(Words words, int v)
    {
        foreach (var (phrase, role) in Nouns)
        {
            var length = Words.WordCount(phrase);
            if (words.At(v, phrase))
            {
                return Appositive(words, v, length, role) ?? Premodifier(words, v, length, role);
            }
        }

        return null;
    }

    // "Union leader Fergal Moynihan": the role noun written before the name, what it heads just before it.
    private static RoleSpan? Premodifier(Words words, int n, int length, string role)
    {
        var end = n + length - 1;
        if (words.BreakAfter(end) || words[n - 1] is "deputy" or "vice" or "assistant" or "acting" or "former" or "opposition"
            || !NameSpans.IsNameWord(words, end + 1) || NameSpans.After(words, end + 1, 3) is not { } name)
        {
            return null;
        }

        return new RoleSpan(role, PremodifierObject(words, n), name.First, name.Last, NameSpans.Key(words, name), Office: true);
    }

    // "its leader Bruno Tesch": the body led is one the sentence names elsewhere, not known to be any other source's.
    private static string PremodifierObject(Words words, int n)
    {
        if (n == 0 || words.BreakAfter(n - 1))
        {
            return "";
        }

        var before = words[n - 1];
        if (before is "its" or "their")
        {
            return before;
        }

        return !Stopwords.IsStopword(before) && !NameSpans.Titles.Contains(before) ? RoleReader.Normalize(before) : "";
    }

    private static RoleSpan? Appositive(Words words, int n, int length, string role)
    {
        var end = n + length - 1;
        // The body headed: named after "of" ("chairman of the Ward Nurses' Association"), or "its" / "their" before the
        // noun ("Its chair, Ada Finch": a body the sentence names apart from the role).
        var obj = words[end + 1] == "of" ? RoleReader.BodyAfter(words, end + 1).Head : PremodifierObject(words, n) is var owner && owner is "its" or "their" ? owner : "";

        // "The chair of the judges, Professor Idris Kamau": a clause break, then the name.
        for (var k = end; k < Math.Min(words.Count - 1, end + 10); k++)
        {
            if (words.BreakAfter(k))
            {
                if (NameSpans.After(words, k + 1, 4) is { } name)
                {
                    return new RoleSpan(role, obj, name.First, name.Last, NameSpans.Key(words, name), Office: true);
                }

                break;
            }
        }

        // "Fergal Moynihan, general secretary of the union", "Mirela Oshandi, the agency's head of enforcement": the name,
        // a break, then the role noun (after an article or the organisation's possessive).
        var b = n - 1;
        while (b > 0 && (words[b] is "the" or "a" || (words[b].EndsWith("'s", StringComparison.Ordinal) && !words.BreakAfter(b))))
        {
            b--;
        }

        return b > 0 && words.BreakAfter(b) && NameSpans.EndingAt(words, b) is { } before
            ? new RoleSpan(role, obj, before.First, before.Last, NameSpans.Key(words, before), Office: true)
            : null;
    }
}
