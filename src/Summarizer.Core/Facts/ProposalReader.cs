using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Reads who proposed a measure to a council, a parliament or a board: "Ada Finch moved the budget", "who put forward
/// the proposals", "The budget was put forward by Councillor Ada Finch", "tabled the motion", "The motion was brought by
/// Cllr Ada Finch". "Moved" and "brought" propose only a measure put to a vote (people and things are moved and brought
/// too); the other verbs propose whatever they take.
/// </summary>
internal static class ProposalReader
{
    public const string Role = "propose";

    // What a chamber votes on: the objects that make "moved" a proposal.
    private static readonly FrozenSet<string> Measures = FrozenSet.ToFrozenSet(
        ["budget", "motion", "amendment", "bill", "resolution", "proposal", "proposals", "plan", "plans"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "this"], StringComparer.Ordinal);

    public static IEnumerable<RoleSpan> Read(Words words)
    {
        for (var v = 1; v < words.Count; v++)
        {
            var last = words.At(v, "put forward") || words.At(v, "brought forward") ? v + 1
                : words[v] is "proposed" or "tabled" or "moved" or "brought" ? v : -1;
            if (last < 0)
            {
                continue;
            }

            // "The motion was proposed by", and the reduced relative "The motion, proposed by" / "the plan tabled by".
            if (words[v - 1] is "was" or "were" or "been" || (words[last + 1] == "by" && IsNoun(words, v - 1)))
            {
                var obj = words[v - 1] is "was" or "were" or "been" ? words[v - 2] : words[v - 1];
                if ((!OnlyOfMeasures(words[v]) || Measures.Contains(obj)) && PassiveAgents.Near(words, last, 8) is { } agent)
                {
                    yield return new RoleSpan(Role, RoleReader.Normalize(obj), agent.First, agent.Last, NameSpans.Key(words, agent));
                }
            }
            else if (ObjectAt(words, last + 1) is { } obj && (!OnlyOfMeasures(words[v]) || Measures.Contains(words[obj]))
                && RoleReader.Active(words, v, Role) is { } proposer)
            {
                yield return proposer with { Object = RoleReader.Normalize(words[obj]) };
            }
        }
    }

    // "Moved" and "brought" propose only a measure put to a vote ("the motion, brought by Cllr Ada Finch"): people and
    // things are moved and brought too ("brought the boy ashore").
    private static bool OnlyOfMeasures(string verb) => verb is "moved" or "brought";

    // The measure proposed: after a determiner ("tabled the motion"), or a bare noun ("who proposed refusal").
    private static int? ObjectAt(Words words, int k) =>
        Determiners.Contains(words[k]) ? k + 1 : !words.BreakAfter(k - 1) && IsNoun(words, k) ? k : null;

    // A lower-case content word: the measure a passive is about, or a bare object.
    private static bool IsNoun(Words words, int k) =>
        k >= 0 && k < words.Count && char.IsLetter(words[k].FirstOrDefault()) && !words.Capitalized(k) && !Stopwords.IsStopword(words[k]);
}
