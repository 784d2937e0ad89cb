using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>A person in a role: who led, announced, ruled, chaired, presented, dissented or said.</summary>
/// <remarks><paramref name="Office"/>: read from a role noun ("union chairman", "head of enforcement"), so the object is
/// the body the person holds office in, not a thing acted on.</remarks>
internal sealed record RoleSpan(string Role, string Object, int First, int Last, string NameKey, bool Office = false);

/// <summary>
/// Reads who did what from a sentence: an active subject ("Colonel Ruth Ambers ... led the rescue operation",
/// "Pieter Laan, who led"), a passive agent ("The study, led by Professor Henrik Solberg"; see <see cref="PassiveAgents"/>),
/// and an appositive role noun ("The chair of the judges, Professor Idris Kamau"; see <see cref="OfficeNouns"/>).
/// </summary>
internal static class RoleReader
{
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["leads"] = "lead", ["leading"] = "lead", ["lead"] = "lead", ["headed"] = "lead", ["heads"] = "lead", ["heading"] = "lead",
        ["announced"] = "announce", ["announces"] = "announce", ["announcing"] = "announce", ["unveiled"] = "announce", ["unveils"] = "announce",
        ["declared"] = "announce", ["declares"] = "announce",
        ["ruled"] = "rule", ["presided"] = "rule", ["sentenced"] = "rule", ["chaired"] = "chair", ["chairs"] = "chair", ["chairing"] = "chair",
        ["dissented"] = "dissent", ["presented"] = "present", ["presents"] = "present", ["presenting"] = "present",
        ["mediated"] = "mediate", ["brokered"] = "mediate", ["approved"] = "approve", ["approves"] = "approve",
        ["said"] = "say", ["says"] = "say", ["told"] = "say",
        ["found"] = "find", ["discovered"] = "find", ["unearthed"] = "find",
        ["conceded"] = "concede", ["concedes"] = "concede", ["concede"] = "concede",
        ["skippered"] = "command", ["captained"] = "command", ["commanded"] = "command",
        ["ordered"] = DecisionReader.Role, ["orders"] = DecisionReader.Role,
        ["confirmed"] = "announce", ["disclosed"] = "announce", ["directed"] = "command", ["announce"] = "announce",
        ["verified"] = "announce", ["verifies"] = "announce", ["validated"] = "announce", ["certified"] = "announce",
        ["spotted"] = Spot, ["sighted"] = Spot, ["noticed"] = Spot, ["saw"] = Spot,
        ["alerted"] = ActRoleReader.Alarm, ["radioed"] = ActRoleReader.Alarm,
        ["organised"] = Organise, ["organized"] = Organise, ["organises"] = Organise, ["organizes"] = Organise,
        // "Friday's clean-up, run by Nia Cole": an event run by someone is organised by them. Passive only: a person who
        // "has run the marathon" ran in it.
        ["run"] = Organise,
        // "conducted the inquiry", "an ensemble conducted by": to conduct a performance or an inquiry is to lead it.
        ["conducted"] = "lead", ["conducts"] = "lead",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Who organised an event ("The clean-up was organised by Nia Cole"): its one organiser, as a march has one leader.</summary>
    public const string Organise = "organise";

    /// <summary>Who first saw what the story is about: "first spotted by the pilot", "Ewan Colley saw the device".</summary>
    public const string Spot = "spot";

    // Verbs whose subject is the doer only when they take a noun object: "Ada Finch saw the drone" spotted it, "saw that
    // ..." and "disclosed that ..." report speech or thought; "directed the operation" commands it, "directed to" does not.
    private static readonly FrozenSet<string> TakingAnObject = FrozenSet.ToFrozenSet(
        ["spotted", "sighted", "noticed", "saw", "disclosed", "directed", "alerted", "radioed", "verified", "verifies", "validated", "certified"], StringComparer.Ordinal);

    // "Police confirmed" is as often what a spokesman said as an announcement; "was confirmed by the board's chief
    // executive" names who announced it, and so does a titled person who "confirmed that" a thing is so (<see cref="ConfirmedByATitledPerson"/>).
    private static readonly FrozenSet<string> PassiveOnly = FrozenSet.ToFrozenSet(["confirmed", "run"], StringComparer.Ordinal);

    // Verbs that give a court's decision when their object is one ("delivered the ruling", "read out the judgment").
    private static readonly FrozenSet<string> DeliveryVerbs = FrozenSet.ToFrozenSet(
        ["delivered", "delivers", "read", "reads", "handed", "hands"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Decisions = FrozenSet.ToFrozenSet(
        ["ruling", "judgment", "judgement", "verdict"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ObjectSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["inquiry"] = "investigation", ["probe"] = "investigation", ["enquiry"] = "investigation", ["results"] = "result",
        ["research"] = "study", ["panel"] = "judges", ["jury"] = "judges", ["fine"] = "penalty",
        ["judgment"] = "ruling", ["judgement"] = "ruling", ["verdict"] = "ruling",
        ["ship"] = "vessel", ["ferry"] = "vessel", ["boat"] = "vessel", ["tanker"] = "vessel", ["trawler"] = "vessel",
        ["closure"] = "close", ["closed"] = "close", ["closing"] = "close", ["shut"] = "close", ["shutdown"] = "close", ["shutting"] = "close",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        ["who", "has", "had", "have", "was", "is", "also", "personally", "jointly", "then", "had", "formally", "officially", "to"], StringComparer.Ordinal);

    // One alarm is raised per happening, whatever the means ("radioed the coastguard", "sent a mayday"); a clause that
    // tells it twice ("was alerted when the alarm was raised by") names its doer once.
    public static List<RoleSpan> Read(Words words) =>
        ReadAll(words).Where(r => IsPerson(words, r)).Select(r => r.Role == ActRoleReader.Alarm ? r with { Object = ActRoleReader.Alarm } : r).Distinct().ToList();

    // One capitalised word is a person only with a title before it ("Judge Castellane"); else it is as likely a
    // company, a country or a heading word.
    // A name ending as a club's, firm's or institution's ("Brookvale Athletic", "Ashby Brothers"; see
    // <see cref="BodyNouns.NameEnds"/>) did no act a person did; what such a body "said" is still its statement.
    private static bool IsPerson(Words words, RoleSpan role) =>
        (role.Last > role.First || NameSpans.Titles.Contains(words[role.First - 1])) && !(role.Role == Organise && NamesABody(words, role))
        && (role.Role == "say" || !BodyNames.Contains(words[role.Last]));

    private static readonly FrozenSet<string> BodyNames = FrozenSet.ToFrozenSet(BodyNouns.NameEnds, StringComparer.Ordinal);

    // Campaigns, petitions and clean-ups are organised by groups as often as by people: "organised by the Wenn Crossing
    // Users Group", "by the Thornvale Milk Producers group". A body is no rival version of the person another outlet
    // names as its organiser, so a name that ends in, or is followed by, the noun of a body is no organiser's.
    private static bool NamesABody(Words words, RoleSpan role) =>
        OrganiserBodies.Contains(words[role.Last]) || (!words.BreakAfter(role.Last) && role.Last + 1 < words.Count && OrganiserBodies.Contains(words[role.Last + 1]));

    private static readonly FrozenSet<string> OrganiserBodies = FrozenSet.ToFrozenSet(
        BodyNouns.Common.Concat(["groups", "campaign", "guardians", "friends", "volunteers", "partnership"]), StringComparer.Ordinal);

    private static List<RoleSpan> ReadAll(Words words)
    {
        var found = DecisionReader.Read(words).Concat(ProposalReader.Read(words)).Concat(ActRoleReader.Read(words)).ToList();
        var clefts = CleftRoles.Read(words);
        found.AddRange(clefts.Select(c => c.Role));
        for (var v = 0; v < words.Count; v++)
        {
            // "headed the inquiry" leads it; "headed Lyford in front" (a football header) is a goal, not leadership of a body
            // named. A cleft's verb has its doer already.
            if (VerbRole(words, v) is { } role && !(words[v] is "headed" or "heads" or "heading" && words.Capitalized(v + 1)) && !clefts.Any(c => c.Verb == v))
            {
                if (Passive(words, v, role) is { } passive)
                {
                    found.Add(passive);
                }
                else if (!IsPassive(words, v) && role != "find"
                    && (!TakingAnObject.Contains(words[v]) || (ObjectAfter(words, v).Length > 0 && !Determiners.Contains(words[v - 1])))
                    && Active(words, v, role) is { } active && (!PassiveOnly.Contains(words[v]) || ConfirmedByATitledPerson(words, v, active)))
                {
                    found.Add(active); // "Quist ... was sentenced" names who was sentenced, not who ruled
                }
                else if (role == "find" && !IsPassive(words, v) && ActiveFinder(words, v) is { } finder)
                {
                    found.Add(finder);
                }
            }

            if (DeliveryVerbs.Contains(words[v]) && Delivered(words, v) is { } delivered)
            {
                found.Add(delivered);
            }

            if (words.At(v, "under the command of") && NameSpans.After(words, v + 4, 3) is { } commander)
            {
                found.Add(new RoleSpan("command", ObjectBefore(words, v), commander.First, commander.Last, NameSpans.Key(words, commander)));
            }

            if (Inverted(words, v) is { } inverted)
            {
                found.Add(inverted);
            }

            if (OfficeNouns.Read(words, v) is { } office)
            {
                found.Add(office);
            }

            if (AgentNouns.Read(words, v) is { } agent)
            {
                found.Add(agent);
            }

            // "Judge Miriam Castellane", "Justice Okafor": the judge of a case is who ruled in it.
            if (words[v] is "judge" or "justice" && words.Capitalized(v) && !words.BreakAfter(v) && NameSpans.After(words, v + 1, 1) is { } judge)
            {
                found.Add(new RoleSpan("rule", "", judge.First, judge.Last, NameSpans.Key(words, judge)));
            }
        }

        // "Sentencing him, Judge Ada Finch said": the judge's title has already named who ruled.
        found.AddRange(SentencingReader.Read(words).Where(s => !found.Any(f => f.Role == s.Role && f.Last == s.Last)));
        return found;
    }

    /// <summary>The role a verb form gives its doer ("commanded" -> "command"); null for a verb of no role.</summary>
    public static string? RoleOfVerb(string form) => Verbs.GetValueOrDefault(form);

    // The role a verb gives its subject or agent. "Read out" a result announces it; read out, a court's decision is a ruling
    // (<see cref="Delivered"/>).
    public static string? VerbRole(Words words, int v)
    {
        if (IsPluralSubject(words, v))
        {
            return null;
        }

        // "heading the hunt" leads it; "is heading for a strike" is going somewhere.
        if (Verbs.TryGetValue(words[v], out var role) && !(words[v] == "heading" && words[v + 1] is not ("the" or "a" or "an" or "its" or "their" or "his" or "her")))
        {
            return role;
        }

        // "The death was made public by its head of animal care": made public, a thing is announced.
        if (words[v] == "made" && words[v + 1] == "public")
        {
            return "announce";
        }

        return words[v] is "read" or "reads" && words[v + 1] == "out" && !Decisions.Contains(ObjectAfter(words, v + 1)) ? "announce" : null;
    }

    // Finite auxiliaries: a finite verb is never followed at once by one of these.
    private static readonly FrozenSet<string> FiniteAuxiliaries = AuxiliaryVerbs.Set(AuxiliaryVerbs.FiniteBe, AuxiliaryVerbs.Have, AuxiliaryVerbs.Modals, AuxiliaryVerbs.Do);

    // "said heads were told to close early", "the leads are": a form in -s straight before a finite auxiliary is a plural
    // noun, the subject of that auxiliary, not a verb in the present tense, whose own subject would stand before it.
    private static bool IsPluralSubject(Words words, int v) =>
        words[v].EndsWith('s') && !words.BreakAfter(v) && FiniteAuxiliaries.Contains(words[v + 1]);

    // "Dr Ada Finch confirmed that the stone was a meteorite": a titled person's confirmation of what a thing is, is
    // theirs, where "Police confirmed" or "Harland University has confirmed that" reports what a body's spokesman said,
    // and "confirmed that the school would close" tells of a plan, as any speaker does.
    private static bool ConfirmedByATitledPerson(Words words, int v, RoleSpan active) =>
        NameSpans.Titles.Contains(words[active.First - 1]) && ConfirmsAClause(words, v);

    private static bool ConfirmsAClause(Words words, int v)
    {
        if (words[v + 1] != "that" || ObjectAfter(words, v + 1).Length == 0)
        {
            return false;
        }

        for (var k = v + 2; k < Math.Min(words.Count, v + 16); k++)
        {
            if (words[k] is "will" or "would" or "could" or "may" or "might" or "should" or "must" or "can")
            {
                return false;
            }

            if (words[k] is "was" or "were" or "is" or "are")
            {
                return true;
            }
        }

        return false;
    }

    // "Kitchen supervisor Dawn Hollick found the droppings": a person named right before "found" or "discovered", with a
    // noun phrase after it, found that thing, as another outlet's "the droppings were found by" says. What a report,
    // inquiry or test "found" is its conclusion, and a name further back is as often the author of that report ("The
    // review by Dr Ada Finch found the ward understaffed"), so only a name ending at the verb counts; "found that",
    // "found guilty" and "found himself" tell a conclusion or a state, and take no determiner.
    private static RoleSpan? ActiveFinder(Words words, int v)
    {
        if (words[v] is not ("found" or "discovered") || words[v + 1] is not ("the" or "a" or "an" or "his" or "her" or "their" or "its"))
        {
            return null;
        }

        var j = v - 1;
        while (j >= 0 && words[j] is "first" or "who" or "had" or "has" or "have" or "also" or "then")
        {
            j--;
        }

        if (j < 0 || NameSpans.EndingAt(words, j) is not { } name)
        {
            return null;
        }

        var before = name.First - 1;
        while (before >= 0 && NameSpans.Titles.Contains(words[before]))
        {
            before--;
        }

        if (words[before] is "of" or "at" or "in" or "from" or "by" or "for")
        {
            return null;
        }

        var obj = ObjectAfter(words, v);
        return obj.Length > 0 ? new RoleSpan("find", obj, name.First, name.Last, NameSpans.Key(words, name)) : null;
    }

    // "the verified figure": a participle after a determiner describes a noun; nobody acts in it.
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "its", "their", "this"], StringComparer.Ordinal);

    // "delivered the ruling", "read out the judgment", "handed down its verdict": who gave the court's decision.
    private static RoleSpan? Delivered(Words words, int v)
    {
        var k = words[v + 1] is "out" or "down" ? v + 2 : v + 1;
        while (words[k] is "the" or "a" or "its" or "her" or "his" or "their")
        {
            k++;
        }

        return Decisions.Contains(words[k]) && Active(words, v, "rule") is { } active ? active with { Object = "ruling" } : null;
    }

    // "Heading the procession was Benedikt Loams", "At its front was Miriam Ostergaard", "Leading the inquiry is Ada
    // Finch": the subject after the verb "be".
    private static RoleSpan? Inverted(Words words, int v)
    {
        if (v != 0)
        {
            return null;
        }

        var obj = "";
        int k;
        if (words[0] is "heading" or "leading")
        {
            k = 1;
            while (k < words.Count && k < 6 && words[k] is not ("was" or "were" or "is" or "are"))
            {
                k++;
            }

            obj = ObjectAfter(words, 0);
        }
        else if (words[0] == "at" && (words.At(1, "its front") || words.At(1, "the front") || words.At(1, "its head") || words.At(1, "the head")))
        {
            k = 3;
            if (words[k] == "of")
            {
                obj = ObjectAfter(words, k);
                while (k < words.Count && k < 8 && words[k] is not ("was" or "were" or "is" or "are"))
                {
                    k++;
                }
            }
        }
        else
        {
            return null;
        }

        return words[k] is "was" or "were" or "is" or "are" && NameSpans.After(words, k + 1, 3) is { } name
            ? new RoleSpan("lead", obj, name.First, name.Last, NameSpans.Key(words, name))
            : null;
    }

    // "is leading", "was chairing": after a form of "be", a present participle is the progressive, not the passive.
    public static bool IsPassive(Words words, int v) => !IsParticiple(words[v]) && (words[v - 1] is "was" or "were" or "is" or "are" or "been" or "being" or "be" || (words[v - 2] is "was" or "were" or "been" && words[v - 1].EndsWith("ly", StringComparison.Ordinal)));

    private static bool IsParticiple(string verb) => verb.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The doer named before the verb at <paramref name="v"/> ("Ada Finch, who led", "Ada Finch of the Port Authority led").</summary>
    public static RoleSpan? Active(Words words, int v, string role)
    {
        var j = v - 1;
        while (j >= 0 && Skippable.Contains(words[j]))
        {
            j--;
        }

        // "Dorcas Flitwick, an inspector with the Industrial Safety Executive, is leading": an aside set off by commas just
        // before the verb tells who the subject is, and the names inside it (the body she works for, the town a brigade
        // covers) are part of that description, not who acted: the doer is the name the aside follows.
        if (Aside(words, j, v) is { } described)
        {
            return Doer(words, v, role, described);
        }

        // The nearest name before the verb that is not an organisation's ("of the Halden Civil Protection Agency").
        for (var k = j; k >= Math.Max(0, v - 14); k--)
        {
            if (NameSpans.EndingAt(words, k) is not { } name)
            {
                continue;
            }

            // An organisation's name ("of the Halden Civil Protection Agency", "of Pellworth Fire and Rescue", whose last
            // word is read alone after "and") is not who acted: the person is further back.
            if (words[name.First - 1] is "of" or "at" or "in" or "from" || words.EndsAt(name.First - 1, "of the")
                || (name.Last == name.First && words[name.First - 1] is "and" or "&" && words.Capitalized(name.First - 2)))
            {
                k = name.First;
                continue;
            }

            return Doer(words, v, role, name);
        }

        // "said Dr. Obioma": the speaker after the verb.
        return role == "say" && NameSpans.After(words, v + 1, 4) is { } after
            ? new RoleSpan(role, "", after.First, after.Last, NameSpans.Key(words, after))
            : null;
    }

    private static RoleSpan Doer(Words words, int v, string role, (int First, int Last) name)
    {
        // A named body chaired or led is the body of an office, as "chairman of the Ward Nurses' Association" is;
        // "confirmed that the stone ...": what a that-clause is about is its subject.
        var (body, named) = role is "chair" or "lead" ? BodyAfter(words, v) : (ObjectAfter(words, words[v + 1] == "that" ? v + 1 : v), false);
        return new RoleSpan(role, body, name.First, name.Last, NameSpans.Key(words, name), Office: named);
    }

    // The name before an aside that ends with a comma at <paramref name="last"/>, just before the verb's auxiliaries, and opens
    // with a comma after that name: "Ada Finch, chair of the Harbour Board, led". Null when no comma stands there, or no name
    // of a person ends at the aside's opening comma ("On Tuesday, the board's chair, Ada Finch, led" is read as before).
    private static (int First, int Last)? Aside(Words words, int last, int v)
    {
        if (last < 2 || last >= v || words.Gap(last).Trim() != ",")
        {
            return null;
        }

        for (var c = last - 1; c >= Math.Max(0, v - 16); c--)
        {
            if (words.BreakAfter(c))
            {
                return words.Gap(c).Trim() == "," && NameSpans.EndingAt(words, c) is { } name
                    && !(name.First > 0 && (words[name.First - 1] is "of" or "at" or "in" or "from" or "with" || words.EndsAt(name.First - 1, "of the")))
                    ? name : null;
            }
        }

        return null;
    }

    // "The study, led by", "a team led by": a noun, then the participle; "Engineers led by" too, capitalised only as the
    // sentence's first word, when the agent follows at once (else "Finch led the review ordered by ..." would turn round).
    private static RoleSpan? Passive(Words words, int v, string role)
    {
        var opensSentence = v == 1 && words[v + 1] == "by";
        if (IsParticiple(words[v]) || (words[v - 1] is not ("was" or "were" or "is" or "been" or "being") && !words.BreakAfter(v - 1) && !opensSentence
            && (v == 0 || !char.IsLower(words.Tokens[v - 1].Text[0]) || Stopwords.IsStopword(words[v - 1]))))
        {
            return null;
        }

        for (var k = v + 1; k < Math.Min(words.Count, v + 12); k++)
        {
            if (words[k] == "by" && PassiveAgents.After(words, k + 1) is { } name)
            {
                return new RoleSpan(role, ActOfAgentBody(words, v) ?? ObjectBefore(words, v), name.First, name.Last, NameSpans.Key(words, name));
            }
        }

        return null;
    }

    // The head of the noun phrase after a verb: "led the rescue operation" -> "operation".
    public static string ObjectAfter(Words words, int v)
    {
        var k = v + 1;
        while (words[k] is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "of")
        {
            k++;
        }

        var head = "";
        // An adverb after the noun ("declared the result shortly after midnight") ends the phrase.
        for (; k < words.Count && char.IsLower(words.Tokens[k].Text[0]) && !Stopwords.IsStopword(words[k]) && !(head.Length > 0 && words[k].EndsWith("ly", StringComparison.Ordinal)); k++)
        {
            head = words[k];
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return Normalize(head);
    }

    // "The review was carried out by a panel chaired by Ada Finch": the body led is itself the agent of a passive, so
    // what it did (the review) is what its head led, as "The review, led by" says of another outlet's author.
    private static string? ActOfAgentBody(Words words, int v)
    {
        var k = v - 2;
        while (k >= 0 && words[k] is "the" or "a" or "an")
        {
            k--;
        }

        if (k == v - 2 || k < 0 || words[k] != "by" || words.BreakAfter(v - 1))
        {
            return null;
        }

        for (var be = k - 1; be >= Math.Max(1, k - 4); be--)
        {
            if (words[be] is "was" or "were" or "is" or "are" or "been")
            {
                return ObjectBefore(words, be + 1) is { Length: > 0 } act && !words.Capitalized(be - 1) ? act : null;
            }
        }

        return null;
    }

    /// <summary>
    /// What a chair or a leader heads, read after the verb or "of": the head of a plain noun phrase ("chairs the town
    /// council" -> "council"), or of a named body ("chairs the Keep Alder group" -> "group", "leads the Association of
    /// Ward Nurses" -> "association"), so the heads of two differently named bodies are not read as one office.
    /// Named is true for a named body.
    /// </summary>
    public static (string Head, bool Named) BodyAfter(Words words, int v)
    {
        var plain = ObjectAfter(words, v);
        var k = v + 1;
        while (plain.Length == 0 && k < words.Count && words[k] is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "of")
        {
            k++;
        }

        if (plain.Length > 0 || k >= words.Count || !NameSpans.IsNameWord(words, k))
        {
            return (plain, false);
        }

        // The named run, up to "of" ("the Association of Ward Nurses" is an association) or a clause break.
        var last = k;
        while (last + 1 < words.Count && !words.BreakAfter(last) && NameSpans.IsNameWord(words, last + 1) && words[last + 1] != "of")
        {
            last++;
        }

        // A common noun right after the name is the body's head ("the Keep Alder group").
        var after = last + 1;
        var head = !words.BreakAfter(last) && after < words.Count && char.IsLower(words.Tokens[after].Text[0]) && !Stopwords.IsStopword(words[after])
            ? words[after]
            : words[last].TrimEnd('\'');
        return (Normalize(head), true);
    }

    // The noun a passive verb is about: "The study, led by" -> "study", "The record has been confirmed by" -> "record". A
    // passive joined to an earlier predicate ("The reading was taken at 6am and has been confirmed by") is about that
    // predicate's subject; another word before the verb ("and", "which") says nothing of the thing.
    private static string ObjectBefore(Words words, int v)
    {
        var k = SubjectBefore(words, v);
        if (k >= 0 && words[k] == "and")
        {
            for (var be = k - 1; be > 0 && !words.BreakAfter(be); be--)
            {
                if (words[be] is "was" or "were" or "is" or "are" or "has" or "have" or "had")
                {
                    k = SubjectBefore(words, be + 1);
                    break;
                }
            }
        }

        return k >= 0 && !Stopwords.IsStopword(words[k]) ? Normalize(words[k]) : "";
    }

    private static int SubjectBefore(Words words, int v)
    {
        var k = v - 1;
        while (k >= 0 && words[k] is "was" or "were" or "is" or "been" or "being" or "has" or "have" or "had")
        {
            k--;
        }

        return k;
    }

    /// <summary>A role's object as compared across sources: its stem, or the class a synonym belongs to ("probe" is an investigation).</summary>
    public static string Normalize(string word)
    {
        if (word.Length == 0)
        {
            return "";
        }

        var stem = Stemmer.Inflections.Stem(word);
        return ObjectSynonyms.TryGetValue(word, out var s) || ObjectSynonyms.TryGetValue(stem, out s) ? s : stem;
    }
}
