using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// What part a sum of money plays, read from its own words: the whole outlay ("repairs are expected to cost £120,000",
/// "a £5m scheme"), a part given towards something ("a £2m grant", "has offered £400,000 towards the cost", "pledges
/// had reached £8,750"), what a business takes in ("sales of £312m") or what it keeps or loses ("profit of about £9m").
/// News states these side by side in one story, often in one sentence ("a grant of £2m towards the £5m restoration"),
/// so the event words around them are shared; a grant is not a misreported total, nor a profit a misreported turnover.
/// </summary>
internal static class SumRoles
{
    public const string Whole = "whole";
    public const string Part = "part";
    public const string Takings = "takings";
    public const string Result = "result";

    // General money vocabulary of news (budgets, appeals, company results), written without reference to any story.
    private static readonly FrozenDictionary<string, string> Nouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cost"] = Whole, ["costs"] = Whole, ["bill"] = Whole, ["budget"] = Whole, ["scheme"] = Whole, ["project"] = Whole,
        ["programme"] = Whole, ["repair"] = Whole, ["repairs"] = Whole, ["restoration"] = Whole, ["refurbishment"] = Whole,
        ["redevelopment"] = Whole, ["overhaul"] = Whole, ["rebuild"] = Whole, ["renovation"] = Whole,
        ["rebuilding"] = Whole, ["facelift"] = Whole, ["makeover"] = Whole, ["refit"] = Whole, ["revamp"] = Whole,
        ["grant"] = Part, ["grants"] = Part, ["donation"] = Part, ["donations"] = Part, ["pledge"] = Part, ["pledges"] = Part,
        ["appeal"] = Part, ["crowdfunder"] = Part, ["crowdfunding"] = Part, ["fundraiser"] = Part, ["fundraising"] = Part,
        ["contribution"] = Part, ["contributions"] = Part, ["gift"] = Part, ["subsidy"] = Part,
        ["sales"] = Takings, ["revenue"] = Takings, ["revenues"] = Takings, ["turnover"] = Takings, ["takings"] = Takings,
        // "Losses" is left out: a business's trading loss, but as often what an event cost others ("losses of €15m a day").
        ["profit"] = Result, ["profits"] = Result, ["earnings"] = Result,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Verbs that tell a sum as given towards something (its giver is not its payer): "offered £400,000", "raised £6,500",
    // in every tense an outlet may tell a running appeal in ("an appeal raising £18,000 in five days", "raises £2,000").
    // "Cost" as a verb tells the whole outlay.
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["offered"] = Part, ["pledged"] = Part, ["donated"] = Part, ["granted"] = Part, ["awarded"] = Part, ["contributed"] = Part,
        ["raised"] = Part, ["gave"] = Part, ["given"] = Part, ["provided"] = Part, ["cost"] = Whole, ["costing"] = Whole,
        ["offering"] = Part, ["offers"] = Part, ["pledging"] = Part, ["donating"] = Part, ["donates"] = Part,
        ["contributing"] = Part, ["contributes"] = Part, ["raising"] = Part, ["raises"] = Part, ["giving"] = Part,
        ["gives"] = Part, ["costs"] = Whole,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Verbs that value a thing at a sum: "the diocese puts the cost of rebuilding and re-cladding the spire at £1.2m",
    // "estimates put the repair bill at £90,000". Their object, however long, is the thing priced.
    private static readonly FrozenSet<string> Valuers = FrozenSet.ToFrozenSet(
        ["put", "puts", "putting", "estimated", "estimates", "estimate", "estimating", "valued", "values", "value", "valuing",
         "priced", "prices", "assessed", "assesses", "costed", "set", "sets"], StringComparer.Ordinal);

    // How far back a valuing verb may stand from its "at": its object may be a long noun phrase with "and" inside.
    private const int ValueReach = 14;

    // Hedges and determiners between a verb and its sum: "offered a further £1m", "cost about £2m".
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "further", "extra", "another", "additional", "about", "around", "nearly", "almost", "roughly", "some",
         "up", "to", "more", "than", "over", "at", "least", "just", "under", "estimated", "only"], StringComparer.Ordinal);

    // Words that open another clause or statement: a noun past them is not the sum's.
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "which", "who", "that", "after", "against", "compared", "said", "says", "when", "as",
         "than", "because", "although", "though", "with"], StringComparer.Ordinal);

    // How far back a sum's own noun may stand from it in its clause ("Sales for the year are still expected to reach £312m").
    private const int ClauseReach = 10;

    /// <summary>True when <paramref name="word"/> (lower case) names a part a sum plays ("bill", "programme", "grant", "profits").</summary>
    public static bool NamesRole(string word) => Nouns.ContainsKey(word);

    /// <summary>The sum's role (<see cref="Whole"/>, <see cref="Part"/>, <see cref="Takings"/>, <see cref="Result"/>), or "" when its words do not say.</summary>
    public static string Read(Words words, ValueSpan span)
    {
        if (span.Value.Kind != ValueKind.Money)
        {
            return "";
        }

        // "£400,000 towards the cost": a share of the whole the sentence names next.
        if (words[span.Last + 1] is "towards" or "toward")
        {
            return Part;
        }

        // The noun it prices, right after it: "a £2m grant", "a £120,000 repair bill" (the compound's last noun decides).
        var after = "";
        for (var k = span.Last + 1; k <= span.Last + 3 && k < words.Count && !words.BreakAfter(k - 1) && IsPlainWord(words, k); k++)
        {
            after = Nouns.GetValueOrDefault(words[k], after);
        }

        if (after.Length > 0)
        {
            return after;
        }

        // The noun it is "of", or the verb that takes it: "pledges of £3,200", "profit of about £9m", "has offered £400,000".
        var before = span.First - 1;
        while (before >= 0 && Fillers.Contains(words[before]) && !words.BreakAfter(before))
        {
            before--;
        }

        if (words[before] == "of" && Nouns.TryGetValue(words[before - 1], out var owner))
        {
            return owner;
        }

        if (Valued(words, span.First) is { Length: > 0 } valued)
        {
            return valued;
        }

        if (Verbs.TryGetValue(words[before], out var told))
        {
            return told;
        }

        // Else the nearest such noun back in its own clause: "pledges to its repair appeal had now reached £8,750".
        for (var k = before; k >= 0 && k >= span.First - ClauseReach && !words.BreakAfter(k) && !Openers.Contains(words[k]); k--)
        {
            if (Nouns.TryGetValue(words[k], out var named) || Verbs.TryGetValue(words[k], out named))
            {
                return named;
            }
        }

        return "";
    }

    // "puts the cost of X and Y at £1.2m": a sum after "at" (past hedges) whose clause opens with a valuing verb takes
    // the role of the verb's object, the first role noun after the verb; the object may hold "and" ("repairing its roof
    // and auditorium ceiling"), which would otherwise end the clause for the backward scan. "" when there is no such verb.
    private static string Valued(Words words, int first)
    {
        var at = first - 1;
        while (at >= 0 && words[at] != "at" && Fillers.Contains(words[at]) && !words.BreakAfter(at))
        {
            at--;
        }

        // "cost at least £2m" is a hedge, not a valuation.
        if (at < 1 || words[at] != "at" || words.BreakAfter(at) || words[at + 1] == "least")
        {
            return "";
        }

        for (var k = at - 1; k >= 0 && k >= at - ValueReach && !words.BreakAfter(k); k--)
        {
            if (!Valuers.Contains(words[k]))
            {
                continue;
            }

            for (var o = k + 1; o < at; o++)
            {
                if (Nouns.TryGetValue(words[o], out var role))
                {
                    return role;
                }
            }

            return "";
        }

        return "";
    }

    // A lower-case word that may be part of the priced noun phrase: "towards the appeal" or "and an appeal" is not.
    private static bool IsPlainWord(Words words, int k) =>
        words[k].Length > 0 && words[k].All(char.IsLetter) && char.IsLower(words.Tokens[k].Text[0]) && !Stopwords.IsStopword(words[k])
        && !Openers.Contains(words[k]);
}
