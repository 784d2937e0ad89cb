using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>A person in a role: who led, announced, ruled, chaired, presented, dissented or said.</summary>
internal sealed record RoleSpan(string Role, string Object, int First, int Last, string NameKey);

/// <summary>
/// Reads who did what from a sentence: an active subject ("Colonel Ruth Ambers ... led the rescue operation",
/// "Pieter Laan, who led"), a passive agent ("The study, led by Professor Henrik Solberg"), and an appositive
/// role noun ("The chair of the judges, Professor Idris Kamau"; "Fergal Moynihan, general secretary of the union").
/// </summary>
internal static class RoleReader
{
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["leads"] = "lead", ["leading"] = "lead", ["lead"] = "lead", ["headed"] = "lead", ["heads"] = "lead",
        ["announced"] = "announce", ["announces"] = "announce", ["announcing"] = "announce", ["unveiled"] = "announce", ["unveils"] = "announce",
        ["ruled"] = "rule", ["presided"] = "rule", ["sentenced"] = "rule", ["chaired"] = "chair", ["chairs"] = "chair", ["chairing"] = "chair",
        ["dissented"] = "dissent", ["presented"] = "present", ["presents"] = "present", ["presenting"] = "present",
        ["mediated"] = "mediate", ["brokered"] = "mediate", ["approved"] = "approve", ["approves"] = "approve",
        ["said"] = "say", ["says"] = "say", ["told"] = "say",
        ["found"] = "find", ["discovered"] = "find", ["unearthed"] = "find",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Role nouns of an appositive, longest first.
    private static readonly (string Phrase, string Role)[] Nouns =
    [
        ("general secretary", "lead"), ("voted against", "dissent"), ("vote against", "dissent"), ("chair", "chair"), ("chairman", "chair"),
        ("chairwoman", "chair"), ("chairperson", "chair"), ("dissenter", "dissent"), ("leader", "lead"), ("head", "lead"),
        ("mediator", "mediate"),
    ];

    private static readonly FrozenDictionary<string, string> ObjectSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["inquiry"] = "investigation", ["probe"] = "investigation", ["enquiry"] = "investigation", ["results"] = "result",
        ["research"] = "study", ["panel"] = "judges", ["jury"] = "judges",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        ["who", "has", "had", "have", "was", "is", "also", "personally", "jointly", "then", "had", "formally", "officially"], StringComparer.Ordinal);

    public static List<RoleSpan> Read(Words words) => ReadAll(words).Where(r => IsPerson(words, r)).ToList();

    // One capitalised word is a person only with a title before it ("Judge Castellane"); else it is as likely a
    // company, a country or a heading word.
    private static bool IsPerson(Words words, RoleSpan role) =>
        role.Last > role.First || NameSpans.Titles.Contains(words[role.First - 1]);

    private static List<RoleSpan> ReadAll(Words words)
    {
        var found = new List<RoleSpan>();
        for (var v = 0; v < words.Count; v++)
        {
            if (Verbs.TryGetValue(words[v], out var role))
            {
                if (Passive(words, v, role) is { } passive)
                {
                    found.Add(passive);
                }
                else if (!IsPassive(words, v) && role != "find" && Active(words, v, role) is { } active)
                {
                    found.Add(active); // "Quist ... was sentenced" names who was sentenced, not who ruled
                }
            }

            foreach (var (phrase, nounRole) in Nouns)
            {
                var length = Words.WordCount(phrase);
                if (words.At(v, phrase) && (Appositive(words, v, length, nounRole) ?? Premodifier(words, v, length, nounRole)) is { } appositive)
                {
                    found.Add(appositive);
                    break;
                }
            }

            // "Judge Miriam Castellane", "Justice Okafor": the judge of a case is who ruled in it.
            if (words[v] is "judge" or "justice" && words.Capitalized(v) && !words.BreakAfter(v) && NameSpans.After(words, v + 1, 1) is { } judge)
            {
                found.Add(new RoleSpan("rule", "", judge.First, judge.Last, NameSpans.Key(words, judge)));
            }
        }

        return found;
    }

    // "is leading", "was chairing": after a form of "be", a present participle is the progressive, not the passive.
    private static bool IsPassive(Words words, int v) => !IsParticiple(words[v]) && (words[v - 1] is "was" or "were" or "is" or "are" or "been" or "being" or "be" || (words[v - 2] is "was" or "were" or "been" && words[v - 1].EndsWith("ly", StringComparison.Ordinal)));

    private static bool IsParticiple(string verb) => verb.EndsWith("ing", StringComparison.Ordinal);

    // "Union leader Fergal Moynihan": the role noun written before the name, what it heads just before it.
    private static RoleSpan? Premodifier(Words words, int n, int length, string role)
    {
        var end = n + length - 1;
        if (words.BreakAfter(end) || words[n - 1] is "deputy" or "vice" or "assistant" or "acting" or "former" or "opposition"
            || !NameSpans.IsNameWord(words, end + 1) || NameSpans.After(words, end + 1, 1) is not { } name)
        {
            return null;
        }

        var obj = n > 0 && !words.BreakAfter(n - 1) && !Stopwords.IsStopword(words[n - 1]) && !NameSpans.Titles.Contains(words[n - 1]) ? Normalize(words[n - 1]) : "";
        return new RoleSpan(role, obj, name.First, name.Last, NameSpans.Key(words, name));
    }

    private static RoleSpan? Active(Words words, int v, string role)
    {
        var j = v - 1;
        while (j >= 0 && Skippable.Contains(words[j]))
        {
            j--;
        }

        // The nearest name before the verb that is not an organisation's ("of the Halden Civil Protection Agency").
        for (var k = j; k >= Math.Max(0, v - 14); k--)
        {
            if (NameSpans.EndingAt(words, k) is not { } name)
            {
                continue;
            }

            if (words[name.First - 1] is "of" or "at" or "in" or "from" || words.EndsAt(name.First - 1, "of the"))
            {
                k = name.First;
                continue;
            }

            return new RoleSpan(role, ObjectAfter(words, v), name.First, name.Last, NameSpans.Key(words, name));
        }

        // "said Dr. Obioma": the speaker after the verb.
        return role == "say" && NameSpans.After(words, v + 1, 4) is { } after
            ? new RoleSpan(role, "", after.First, after.Last, NameSpans.Key(words, after))
            : null;
    }

    private static RoleSpan? Passive(Words words, int v, string role)
    {
        if (IsParticiple(words[v]) || (words[v - 1] is not ("was" or "were" or "is" or "been" or "being") && !words.BreakAfter(v - 1) && (v == 0 || !char.IsLower(words.Tokens[v - 1].Text[0]) || Stopwords.IsStopword(words[v - 1]))))
        {
            return null;
        }

        for (var k = v + 1; k < Math.Min(words.Count, v + 12); k++)
        {
            if (words[k] == "by" && NameSpans.After(words, k + 1) is { } name)
            {
                return new RoleSpan(role, ObjectBefore(words, v), name.First, name.Last, NameSpans.Key(words, name));
            }
        }

        return null;
    }

    private static RoleSpan? Appositive(Words words, int n, int length, string role)
    {
        var end = n + length - 1;
        var obj = "";
        if (words[end + 1] == "of")
        {
            obj = ObjectAfter(words, end + 1);
        }

        // "The chair of the judges, Professor Idris Kamau": a clause break, then the name.
        for (var k = end; k < Math.Min(words.Count - 1, end + 10); k++)
        {
            if (words.BreakAfter(k))
            {
                return NameSpans.After(words, k + 1, 4) is { } name
                    ? new RoleSpan(role, obj, name.First, name.Last, NameSpans.Key(words, name))
                    : null;
            }
        }

        // "Fergal Moynihan, general secretary of the union": the name, a break, then the role noun.
        return n > 1 && words.BreakAfter(n - 1) && NameSpans.EndingAt(words, n - 1) is { } before
            ? new RoleSpan(role, obj, before.First, before.Last, NameSpans.Key(words, before))
            : null;
    }

    // The head of the noun phrase after a verb: "led the rescue operation" -> "operation".
    private static string ObjectAfter(Words words, int v)
    {
        var k = v + 1;
        while (words[k] is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "of")
        {
            k++;
        }

        var head = "";
        for (; k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && !Stopwords.IsStopword(words[k]); k++)
        {
            head = words[k];
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return Normalize(head);
    }

    // The noun a passive verb is about: "The study, led by" -> "study".
    private static string ObjectBefore(Words words, int v)
    {
        var k = v - 1;
        while (k >= 0 && words[k] is "was" or "were" or "is" or "been" or "being")
        {
            k--;
        }

        return k >= 0 ? Normalize(words[k]) : "";
    }

    private static string Normalize(string word)
    {
        if (word.Length == 0)
        {
            return "";
        }

        var stem = Stemmer.Inflections.Stem(word);
        return ObjectSynonyms.TryGetValue(word, out var s) || ObjectSynonyms.TryGetValue(stem, out s) ? s : stem;
    }
}
