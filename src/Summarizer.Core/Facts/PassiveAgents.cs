using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// The person a passive names as its doer after "by": directly ("by Councillor Ada Finch"), past a title naming the body
/// they serve ("by Harbour Pilots' Guild secretary Ana Ruiz"), or through a role noun and a comma ("by the authority's
/// chair, Tobias Ferrand").
/// </summary>
internal static class PassiveAgents
{
    /// <summary>
    /// The agent of a passive: the person named after "by" within <paramref name="window"/> words after token
    /// <paramref name="after"/>, in the same clause ("was put forward on Monday by Councillor Ada Finch").
    /// </summary>
    public static (int First, int Last)? Near(Words words, int after, int window)
    {
        for (var k = after + 1; k < Math.Min(words.Count, after + window); k++)
        {
            if (words[k] == "by" && After(words, k + 1) is { } name)
            {
                return name;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The person named after "by" at <paramref name="i"/>, directly or through a role noun and a comma.</summary>
    /// <remarks>Capitalised words before a possessive name a body, not the person ("by Penwyn Council's director of
    /// education, Aled Mostyn").</remarks>
    public static (int First, int Last)? After(Words words, int i) =>
        Agent(words, i) is { } name && !Possessive(words, name.Last + 1) ? name : AppositiveAgent(words, i);

    private static bool Possessive(Words words, int k) =>
        words.Capitalized(k) && !words.BreakAfter(k - 1) && words[k].EndsWith("'s", StringComparison.Ordinal);

    // The name after "by", past a title that names the body it serves: "by Harbour Pilots' Guild secretary Ana Ruiz", "by
    // the Olympic champion Dame Ivy Marr" (the capitalised words before the role noun are the body, not the person).
    private static (int First, int Last)? Agent(Words words, int i)
    {
        if (NameSpans.After(words, i) is not { } name)
        {
            return null;
        }

        var next = name.Last + 1;
        return next < words.Count && !words.BreakAfter(name.Last) && char.IsLower(words.Tokens[next].Text[0]) && !Stopwords.IsStopword(words[next])
            && NameSpans.After(words, next, 4) is { } titled
            ? titled
            : name;
    }

    // "by the authority's chair, Tobias Ferrand": a role noun phrase, a comma, then the name it describes.
    private static (int First, int Last)? AppositiveAgent(Words words, int i)
    {
        var owner = false;
        for (var k = i; k < Math.Min(words.Count - 1, i + 9); k++)
        {
            if (words.BreakAfter(k))
            {
                return char.IsLower(words.Tokens[k].Text[0]) && (k < i + 6 || owner) ? NameSpans.After(words, k + 1, 3) : null;
            }

            // The body's own name may run before its possessive ("Aldwater District Council's head of ..., Dr Ada Finch").
            if (words.Capitalized(k) && !words[k].EndsWith("'s", StringComparison.Ordinal))
            {
                var end = k;
                while (words.Capitalized(end + 1) && !words.BreakAfter(end) && !words[end].EndsWith("'s", StringComparison.Ordinal))
                {
                    end++;
                }

                // A body or a site named inside the role's own words, after the preposition that places the role in it:
                // "by the chief executive of owners Carewell Homes, Martin Okwuosa", "by the pilot of an incoming Skylar
                // flight, Captain Jorg Halvorsen", "by the union's branch secretary at the Hale Road depot, Ana Ruiz".
                if (k > i && char.IsLower(words.Tokens[k - 1].Text[0]) && Enumerable.Range(i, k - i).Any(j => words[j] is "of" or "at" or "for"))
                {
                    owner = true;
                    if (words.BreakAfter(end))
                    {
                        return NameSpans.After(words, end + 1, 3);
                    }

                    k = end;
                    continue;
                }

                if (!Possessive(words, end) || owner)
                {
                    return null;
                }

                owner = true;
                k = end;
            }
        }

        return null;
    }
}
