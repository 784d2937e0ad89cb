using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>A cause a sentence gives for what happened: the tokens of the cause phrase.</summary>
/// <remarks><paramref name="CoreFirst"/>, <paramref name="CoreLast"/>: where what the cause is starts and ends when the
/// phrase also says what it did or what was done about it ("rain soaking into the bank" of "... had probably washed away
/// its foundations"; "a deer" of "swerved to avoid a deer"). <paramref name="Pursued"/>: a cause an inquiry is said to be
/// looking at (<see cref="InquiryCauses"/>), not one the outlet states. <paramref name="Inferred"/>: read from a clause of
/// failure or mishap the sentence tells ("when its pump failed", "after a loss of power") with no word of cause, which
/// may be the event itself rather than what caused it. <paramref name="Effect"/>: the head word of what the cause is said
/// to have caused, when the sentence names it ("bloom" of "the bloom has been blamed on a hot spell"). <paramref name="Mishap"/>:
/// read only from a mishap the event came "after" ("after a leak of acid"), which is often the event itself. <paramref name="Weak"/>:
/// read from a clause after "after" or "because" with no word of cause (<see cref="CauseClauses"/>). <paramref name="Finding"/>:
/// read from such a clause that tells what an inspection or a test found ("after mouse droppings were found"), a stated
/// cause unless another outlet's cause explains the thing found. <paramref name="Occurred"/>: a weak clause an event told only
/// as taking place came after ("the error happened after a marker blew over"): the outlet's version whatever another outlet
/// calls the event. <paramref name="Failing"/>: the head of the thing a "when" clause of failing says failed ("tank" of "when
/// a giant tank burst"), a clause that may tell the event itself rather than its cause.</remarks>
internal sealed record CauseSpan(int First, int Last, int? CoreLast = null, int? CoreFirst = null, bool Pursued = false, bool Inferred = false, int? Effect = null, bool Mishap = false, bool Weak = false, bool Finding = false, bool Occurred = false,
    int? Failing = null);

/// <summary>
/// Reads what an outlet says caused an event, in the ways news reports word a cause: the agent of a causal verb
/// ("was started by a discarded cigarette", "blamed on a faulty cable", "traced to a lorry", "evidence points to
/// a door left open"), a clause of cause ("was triggered when a barge struck the pier", "when a valve failed"), the
/// subject of "was the likely cause" or of an active causal verb ("sparks from a mower set light to the grass"),
/// a mishap the event came "after" ("shut down after a loss of oil pressure"), and what a dispute is about ("walked out
/// in a dispute over rosters"). A hedged cause ("may have been caused by") is still the outlet's version; a denied one
/// ("not caused by", "ruled out") is not read, nor is a question ("what caused it").
/// </summary>
internal static class CauseReader
{
    // Verbs whose agent ("by ...") or complement ("to ...", "on ...") is the cause.
    private static readonly Phrases CauseBefore = new(
    [
        "caused by", "started by", "sparked by", "killed by", "triggered by", "ignited by", "set off by", "brought down by",
        "blamed on", "put down to", "traced to", "attributed to", "points to", "pointed to", "point to",
        "the result of", "because of", "owing to",
    ]);

    // A clause of cause after the event's verb: "was triggered when ...", "was caused when ...".
    private static readonly Phrases CauseClause = new(
    [
        "caused when", "triggered when", "started when", "sparked when", "began when",
        // An outbreak of trouble or of fire comes of what it broke out after: "the brawl broke out after a goal was disallowed".
        "began after", "started after", "broke out after", "erupted after", "flared after", "flared up after",
    ]);

    // Active causal verbs: their subject is the cause ("sparks from a mower set light to the grass").
    private static readonly Phrases CausalVerbs = new(
        ["set light to", "set fire to", "sparked the", "triggered the", "caused the", "ignited the", "caused it", "caused them", "started the fire", "started the blaze"]);

    // Participles of starting or causing whose passive may say, with an adverb of intent and no agent, how the event began.
    private static readonly FrozenSet<string> Begun = FrozenSet.ToFrozenSet(
        ["caused", "started", "sparked", "triggered", "ignited", "set", "lit", "begun"], StringComparer.Ordinal);

    // Adverbs that say whether an act was meant: the cause of a fire "started deliberately" is arson, of one "started
    // accidentally" a mishap, whoever outlets say did it.
    private static readonly FrozenSet<string> Intent = FrozenSet.ToFrozenSet(
        ["deliberately", "accidentally", "intentionally", "unintentionally", "maliciously", "wilfully", "willfully", "carelessly", "recklessly", "naturally"],
        StringComparer.Ordinal);

    // Verbs of a scheduled act after "due to" ("is due to reopen in May"): there "due to" says when, not why.
    private static readonly FrozenSet<string> Scheduled = FrozenSet.ToFrozenSet(
        ["be", "have", "get", "undergo", "open", "reopen", "close", "start", "begin", "end", "finish", "resume", "restart", "take", "meet", "arrive", "leave", "depart",
            "sail", "land", "return", "expire", "hold", "appear", "report", "publish", "announce", "vote", "launch", "give", "make", "sign",
            "go", "come", "run", "retire", "stand", "face", "hear", "rule", "decide", "visit", "speak", "address", "attend", "complete",
            "conclude", "deliver", "present", "receive", "release", "resume", "set", "travel", "fly", "play", "host", "lift", "expand",
            "sit", "perform", "compete", "pay", "rise", "fall", "stay", "move", "join", "testify", "marry", "call"],
        StringComparer.Ordinal);

    // Auxiliaries of a passive or a copula before "blamed for" or "to blame": "is being blamed for", "was to blame".
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "been", "being", "has", "have", "had", "widely", "largely", "partly", "now"],
        StringComparer.Ordinal);

    // Auxiliaries between a failed thing and its verb of breaking: "the pipe had broken", "a tank has been burst".
    private static readonly FrozenSet<string> PerfectOrBe = Text.AuxiliaryVerbs.Set(Text.AuxiliaryVerbs.Have, Text.AuxiliaryVerbs.FiniteBe, ["been"]);

    // Verbs of damage whose subject is the cause when an outlet offers it as an explanation, hedged ("rain soaking into
    // the bank had probably washed away its foundations") or told as what had happened before ("a leaking tank had soaked
    // the ceiling") or as what someone reports or believes ("believe a strong current swept the barge onto the pier");
    // told plainly ("the floods washed away two bridges") it reports what the event did.
    private static readonly Phrases Damaging = new(
    [
        "washed out", "washed away", "undermined", "eroded", "crushed", "brought down", "knocked out", "smashed into",
        "damaged", "weakened", "tore through", "broke through", "punctured", "scoured", "tripped", "soaked", "flooded", "swept",
        // wear and breakage of a wall or casing: "corrosion had thinned the pipe wall", "a rock had holed the hull"
        "thinned", "corroded", "cracked", "ruptured", "severed", "pierced", "holed", "gouged",
        // tools and teeth that went into a casing: "contractors had drilled into a gas pipe", "rats had chewed into the cable"
        "drilled into", "dug into", "cut into", "bored into", "chewed into", "gnawed into", "bitten into",
    ]);

    // Participles of physical contact or damage: the agent of their passive is what struck, cut or broke the thing.
    private static readonly FrozenSet<string> Contact = FrozenSet.ToFrozenSet(
    [
        "hit", "struck", "holed", "cut", "pierced", "punctured", "rammed", "crushed", "smashed", "gashed", "torn", "ripped", "breached",
        "damaged", "knocked", "dented", "severed", "undermined", "eroded", "weakened", "scoured", "battered", "flattened", "toppled",
        "clipped", "penetrated", "cracked", "buckled", "shattered", "dislodged", "ruptured", "snagged", "bitten", "gnawed", "chewed",
    ], StringComparer.Ordinal);

    // Words between a subject and its verb that are not part of the subject: auxiliaries and hedges.
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "may", "might", "could", "would", "most", "more", "likely", "probably", "possibly", "almost", "certainly", "apparently", "been"],
        StringComparer.Ordinal);

    // A manoeuvre made to avoid something: what was avoided is why it happened ("swerved to avoid a deer").
    private static readonly FrozenSet<string> Evasions = FrozenSet.ToFrozenSet(
        ["swerved", "swerving", "veered", "veering", "steered", "steering", "braked", "braking", "swung", "dived", "ditched", "pulled", "turned"],
        StringComparer.Ordinal);

    // Something that broke or stopped working: "when a valve failed", "a hose that split".
    private static readonly FrozenSet<string> Failed = FrozenSet.ToFrozenSet(
        ["failed", "split", "burst", "ruptured", "snapped", "cracked", "broke", "gave way", "gave out", "given way", "given out", "broke loose", "came loose", "overheated", "malfunctioned", "short-circuited"],
        StringComparer.Ordinal);

    // Participles of an error of judgement: "the tide had been misjudged", "the turn was misjudged".
    private static readonly FrozenSet<string> Misjudged = FrozenSet.ToFrozenSet(
        ["misjudged", "miscalculated", "misread", "mistimed", "underestimated"], StringComparer.Ordinal);

    // Mishaps an event comes "after": the noun that heads "after a bird strike", "after a loss of oil pressure".
    private static readonly FrozenSet<string> Mishaps = FrozenSet.ToFrozenSet(
        ["strike", "failure", "fault", "loss", "collision", "explosion", "leak", "malfunction", "blowout", "breach", "fracture", "surge", "outage", "lightning"],
        StringComparer.Ordinal);

    // Events a cause is said to be "behind": "was behind Sunday's flood", "were behind the outage".
    private static readonly FrozenSet<string> Harms = FrozenSet.ToFrozenSet(
        ["flood", "flooding", "fire", "blaze", "collapse", "crash", "closure", "delays", "disruption", "breakdown", "outbreak", "spill", "leak",
            "explosion", "accident", "derailment", "failure", "outage", "blackout", "cuts", "deaths", "death", "damage", "landslide", "sinking"],
        StringComparer.Ordinal);

    // Words that end a cause phrase: the clause moves on to something else.
    private static readonly FrozenSet<string> Enders = FrozenSet.ToFrozenSet(
        ["according", "said", "says", "told", "which", "who", "before", "as", "and", "but", "while", "minutes", "seconds", "hours", "leaving", "putting", "rather"],
        StringComparer.Ordinal);

    internal const int MaxWords = 14;

    public static List<CauseSpan> Read(Words words)
    {
        var found = new List<CauseSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (CauseChains.At(words, i) is { } chain && !Denied(words, chain.First))
            {
                found.Add(chain); // "a tree brought down by high winds crushed the fence": the tree, with the winds behind it
            }
            else if (CauseChains.Contrast(words, i) is { } contrast)
            {
                found.Add(contrast); // "an unlocked gate, not the storm, let the wolves out"
            }
            else if (CauseBefore.At(words, i) is { } cue && !Denied(words, i) && !(cue == "attributed to" && Said(words, i)) && !(cue == "the result of" && !Predicated(words, i)))
            {
                var before = found.Count;
                Add(found, words, i + Words.WordCount(cue), enders: true);
                if (found.Count > before && CauseSubjects.EffectHead(words, i) is { } effect)
                {
                    found[^1] = found[^1] with { Effect = effect };
                }
            }
            else if (PriorContact(words, i) && !Denied(words, i - 1))
            {
                // "the pipe had been hit by a digger": shown with its participle, which says what the agent did.
                found.Add(new CauseSpan(i, End(words, i + 2, enders: true), CoreFirst: i + 2));
            }
            else if (InquiryCauses.Start(words, i) is { } pursued && !Denied(words, i))
            {
                // "investigators are looking at a crack in the main", "... at whether a battery overheated": to the clause's end,
                // as the phrase may hold its own clause ("a hose that split while a tanker was unloaded").
                var relative = Enumerable.Range(pursued, Math.Max(0, Math.Min(10, words.Count - pursued))).FirstOrDefault(k => words[k] == "that", pursued);
                found.Add(new CauseSpan(pursued, End(words, relative, enders: false), Pursued: true));
            }
            else if (Traced(words, i) is { } traced && !Denied(words, i))
            {
                Add(found, words, traced, enders: true); // "engineers traced the stoppage to a fault in the gearbox"
            }
            else if ((CauseIdioms.LaidOn(words, i) ?? CauseIdioms.DrivenBy(words, i)) is { } idiom && !Denied(words, i))
            {
                Add(found, words, idiom, enders: true); // "laid the blame on business rates", "pinned the delays on a fault", "was driven by falling numbers"
            }
            else if (CauseDelays.AgentOf(words, i) is { } delayer && !Denied(words, i))
            {
                Add(found, words, delayer, enders: true); // "the opening was held back by a late delivery of the scanner"
            }
            else if (CauseDelays.SubjectOf(words, i) is { } holdup && !Denied(words, holdup) && !Denied(words, i))
            {
                found.Add(new CauseSpan(holdup, i - 1)); // "a shortage of radiographers pushed the launch back"
            }
            else if (Disputed(words, i) is { } about && !Denied(words, i))
            {
                // "walked out in a dispute over rostering", "the dispute centres on pension contributions": what the dispute is
                // about is the cause, shown with the dispute when the phrase names it ("a row with the club over parking").
                var before = found.Count;
                Add(found, words, about, enders: true);
                if (found.Count > before && QuarrelPhrase(words, i, about) is { } phrase)
                {
                    found[^1] = found[^1] with { First = phrase, CoreFirst = about };
                }
            }
            else if (CausePurposes.Start(words, i) is { } purpose && !Denied(words, i))
            {
                // "the trial was started to fill hard-to-recruit posts": the aim it was brought in for, to the clause's break, as an
                // aim is often told in parts joined by "and" ("to cut the cost of heating and lighting the offices").
                Add(found, words, purpose, enders: false);
            }
            else if (words.At(i, "due to") && !Scheduled.Contains(words[i + 2]) && !VerbWithObject(words, i + 2) && !Denied(words, i))
            {
                Add(found, words, i + 2, enders: true); // "the closure was due to energy bills"; not "is due to reopen"
            }
            else if (DownTo(words, i) && !Denied(words, i))
            {
                Add(found, words, i + 2, enders: true); // "the fault was down to a calibration error", as "was due to"
            }
            else if (FailureFollowed(words, i) && !Denied(words, i))
            {
                Add(found, words, i + 1, enders: true); // "said the outage followed a lightning strike"
            }
            else if (BlamedSubject(words, i) is { } blamedVerb && CauseSubjects.Subject(words, blamedVerb) is { } culprit && !Denied(words, culprit) && !Negative(words, culprit, blamedVerb))
            {
                found.Add(new CauseSpan(culprit, blamedVerb - 1)); // "an unattended candle is being blamed for the fire", "a faulty fan was to blame"
            }
            else if (CauseNouns.Complement(words, i) is { } complement && !Denied(words, complement))
            {
                Add(found, words, complement, enders: true); // "the trigger, officers said, was a cell search", "it followed a raid on the wing"
            }
            else if (words[i] is "cited" or "cites" && CauseNouns.CitedReason(words, i) is { } reasonAt && !Denied(words, i))
            {
                found.Add(new CauseSpan(i + 1, reasonAt - 1)); // "members cited the threat to nesting birds as the main ground"
            }
            else if (words[i] == "blaming" && i + 1 < words.Count && !words.BreakAfter(i) && !Denied(words, i))
            {
                // "cutting the jobs, blaming weak orders": the participle's object is the cause unless "for" or "on" says otherwise.
                var before = found.Count;
                Blamed(found, words, i);
                if (found.Count == before)
                {
                    Add(found, words, i + 1, enders: true);
                }
            }
            else if (CauseClause.At(words, i) is { } clause && !Denied(words, i))
            {
                Add(found, words, i + Words.WordCount(clause), enders: true);
            }
            else if (words[i] == "behind" && i > 1 && words[i - 1] is "was" or "were" && Harmful(words, i + 1)
                && CauseSubjects.Subject(words, i - 1) is { } source && !Denied(words, source) && !Negative(words, source, i - 1))
            {
                found.Add(new CauseSpan(source, i - 2)); // "a collapsed wall was behind the flood"; not "the driver was behind the wheel"
            }
            else if ((CausalVerbs.At(words, i) is not null || (words[i] == "caused" && !IsPassive(words, i) && CauseSubjects.Possessive(words[i + 1])))
                && CauseSubjects.Subject(words, i) is { } subject && !Denied(words, subject))
            {
                found.Add(new CauseSpan(subject, i - 1));
            }
            else if ((words[i] == "brought" || (words[i] == "sent" && i > 0 && words[i - 1] != "and")) && Crashing(words, i) && CauseSubjects.Subject(words, i) is { } feller && !Denied(words, feller))
            {
                // "a bolt of lightning brought the turbine crashing to the ground", "a steering fault sent the boat lurching onto
                // the sand": what set the thing moving out of control is the cause. "Sent" joined by "and" to an earlier verb ("a
                // ship ploughed into the crane and sent it toppling") tells the second stage of the act the sentence reports, whose
                // doer is the event's own, not a cause of it.
                found.Add(new CauseSpan(feller, words[i - 1] == "and" ? i - 2 : i - 1));
            }
            else if ((words[i] is "cause" or "source" || (words[i] == "focus" && words[i + 1] == "of")) && CauseNouns.LikelyCause(words, i) is { } verb && CauseSubjects.Subject(words, verb) is { } cause && !Denied(words, cause))
            {
                found.Add(new CauseSpan(cause, verb - 1));
            }
            else if (ReportedClause(words, i) is { } reported && FailedClause(words, reported) is { } failed && !Denied(words, i))
            {
                // "understands that a snapped cable sent the lift hurtling": the subject is the cause, what follows its verb
                // what it did.
                // A clause of time ("were inside when the section gave way") may tell the event itself: its failed thing is kept.
                var failing = words[i] == "when" ? FailedThing(words, reported, failed) : null;
                found.Add(FailedClauseShapes.Shape(words, new CauseSpan(reported, End(words, failed, enders: true), Inferred: true, Failing: failing), failed));
            }
            else if (words[i] is "blamed" or "blames" or "blame" && (words[i + 1] is "a" or "an" or "the" or "its" or "their" || EventPronoun(words[i + 1]) || ((words[i] != "blame" || PresentBlame(words, i)) && BareObject(words, i + 1))) && !IsPassive(words, i) && !Denied(words, i))
            {
                Blamed(found, words, i); // "has blamed a fault in the unit for the outage", "blamed the derailment on a cracked rail", "blamed it on a fault"
            }
            else if (words.At(i, "to avoid") && Enumerable.Range(Math.Max(0, i - 6), i - Math.Max(0, i - 6)).LastOrDefault(k => Evasions.Contains(words[k]), -1) is var turn
                && turn >= 0 && i + 2 < words.Count && !words.BreakAfter(i + 1) && !Denied(words, i))
            {
                // Shown with the manoeuvre ("steered left to avoid a deer"): the avoided thing alone would read as what happened.
                found.Add(new CauseSpan(turn, End(words, i + 2, enders: true), CoreFirst: i + 2));
            }
            else if (Damaging.At(words, i) is { } damage && CauseSubjects.Subject(words, i) is { } agent && ((Hedged(words, i) && !IsPassive(words, i)) || Explained(words, agent, i, damage))
                && !Denied(words, agent) && TrimAuxiliaries(words, agent, i - 1) is var last && last >= agent)
            {
                found.Add(new CauseSpan(agent, End(words, i + Words.WordCount(damage) - 1, enders: true), last));
            }
            else if (BelievedContact(words, i) is { } struck && !Denied(words, struck) && TrimAuxiliaries(words, struck, i - 1) is var striker && striker >= struck)
            {
                found.Add(new CauseSpan(struck, End(words, i, enders: true), striker)); // "staff now believe a hire boat struck the gate"
            }
            else if (BelievedLeft(words, i) is { } leftThing && !Denied(words, leftThing))
            {
                found.Add(new CauseSpan(leftThing, i + 1)); // "officers believed a field gate had been left open"
            }
            else if (AsForce(words, i) is { } raged && !Denied(words, i))
            {
                // "came down as gusts from the storm tore across the valley": the force, shown with what it did.
                found.Add(new CauseSpan(i + 1, End(words, raged, enders: true), raged - 1));
            }
            else if (words[i] is "putting" && words.BreakAfter(i - 1) && CauseSubjects.Subject(words, i - 1) is { } done && !Denied(words, done))
            {
                found.Add(new CauseSpan(done, i - 1, Inferred: true)); // "the officer had missed a turn, putting the ship onto the reef"
            }
            else if (words[i] is "that" or "which" && Failed.Any(f => words.At(i + 1, f)) && CauseSubjects.Antecedent(words, i) is { } thing && !Denied(words, thing))
            {
                found.Add(new CauseSpan(thing, End(words, i + 1, enders: false), Inferred: true));
            }
            else if (Cleft(words, i) is { } cleft && !Denied(words, cleft.First))
            {
                found.Add(cleft); // "the loss of its largest customer, rather than energy bills, is what pushed the pottery over the edge"
            }
            else if (WhatDidIt(words, i) is { } named && !Denied(words, named))
            {
                found.Add(new CauseSpan(named, End(words, named, enders: true))); // "What stopped the leading mower, the marshals said, was a bent cutting blade"
            }
            else if (RanLow(words, i) && !Denied(words, i))
            {
                found.Add(new CauseSpan(i, End(words, i + 3, enders: true))); // "the balloon is thought to have run low on propane"
            }
            else if (CauseOrigins.At(words, i, out var cameFrom) is { } origin && !Denied(words, i))
            {
                // "scientists believe the toxin came from a bloom of algae": the origin offered as an explanation, of the thing named.
                var before = found.Count;
                Add(found, words, origin, enders: true);
                if (found.Count > before)
                {
                    found[^1] = found[^1] with { Effect = cameFrom };
                }
            }
            else if (CauseRoutes.Start(words, i, out var intruder) is { } route && !Denied(words, i))
            {
                // "the hackers got in through a phishing email": the way in says how the breach happened; what got in is what
                // it explains, so a cause told of the intruder elsewhere ("mouse droppings were found") is a link of one chain.
                var before = found.Count;
                Add(found, words, route, enders: true);
                if (found.Count > before && intruder >= 0)
                {
                    found[^1] = found[^1] with { Effect = intruder };
                }
            }
            else if (FireOrigins.Start(words, i) is { } seat && !Denied(words, i))
            {
                Add(found, words, seat, enders: true); // "the blaze started in a tumble dryer in the laundry": the seat says how it started
            }
            else if (Intended(words, i))
            {
                found.Add(new CauseSpan(i, i + 1)); // "the fire is thought to have been started deliberately": how it was started is the cause
            }
            else if (IntendedBefore(words, i))
            {
                found.Add(new CauseSpan(i, i + 1)); // "treating the fire as deliberately started", "was deliberately set": the adverb before its participle
            }
            else if (words[i] == "after" && MishapPhrase(words, i + 1) is { } phrase && MishapEnd(words, Determined(words, phrase) ? phrase + 1 : phrase) is { } mishap)
            {
                found.Add(new CauseSpan(phrase, mishap, Inferred: true, Mishap: true));
            }

            // A cause is read once: "triggered when a main burst" is not read again at "when".
            if (found.Count > 0)
            {
                i = Math.Max(i, found[^1].Last);
            }
        }

        return found;
    }

    /// <summary>
    /// The weak causes of a sentence (<see cref="CauseClauses"/>): "closed after mouse droppings were found", "because the
    /// gang cut the line"; a clause that holds or is held by a cause <see cref="Read"/> reads says no more than that cause.
    /// </summary>
    public static List<CauseSpan> ReadWeak(Words words, IReadOnlyList<CauseSpan> read)
    {
        var found = new List<CauseSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (CauseClauses.At(words, i, End) is { } weak && !Denied(words, i) && !read.Any(o => o.First <= weak.Last && weak.First <= o.Last))
            {
                found.Add(weak);
            }
        }

        return found;
    }

    // "the delay was down to a staff shortage", "is largely down to the weather": "down to" after a copula (or its adverb of
    // degree) says what a thing came of, as "due to" does, when a determiner opens a noun phrase; not a fall to a figure
    // ("numbers were down to 40", "was down to its last ten"), nor whose turn it is ("it is down to the council to act").
    private static bool DownTo(Words words, int i) =>
        i > 1 && i + 3 < words.Count && words[i - 2] is not ("it" or "this" or "that") && words.At(i, "down to") && !words.BreakAfter(i - 1) && !words.BreakAfter(i + 1)
        && (Copulas.Contains(words[i - 1]) || words[i - 1] is "mainly" or "mostly" or "entirely" or "partly" or "largely")
        && words[i + 2] is "a" or "an" or "the" && !char.IsDigit(words[i + 3][0]) && words[i + 3] is not ("last" or "final" or "few");

    // "the failure followed a power surge", "said the outage followed a lightning strike": an event of harm (<see cref="Harms"/>)
    // whose verb is "followed" with an object came of that object. The subject is only the event's noun and its determiner, so
    // a person or a route ("the crew followed the checklist") is no such event.
    private static bool FailureFollowed(Words words, int i) =>
        i >= 2 && i + 1 < words.Count && words[i] == "followed" && !words.BreakAfter(i - 1) && !words.BreakAfter(i)
        && Harms.Contains(words[i - 1]) && words[i - 2] is "the" or "this" or "that" or "its" or "their"
        && words[i + 1] is "a" or "an" or "the";

    private static void Add(List<CauseSpan> found, Words words, int start, bool enders)
    {
        if (start < words.Count && !words.BreakAfter(start - 1))
        {
            found.Add(new CauseSpan(start, End(words, start, enders)));
        }
    }

    // The phrase runs to the clause's end: a break, a word that starts another clause, or a length cap.
    private static int End(Words words, int start, bool enders)
    {
        var last = start;
        while (last + 1 < words.Count && last - start < MaxWords && !words.BreakAfter(last) && !(enders && Enders.Contains(words[last + 1]) && !Adverb(words, last + 1) && !Doer(words, start, last + 1) && !Coordinated(words, start, last + 1) && !ClosesPair(words, start, last + 1)))
        {
            last++;
        }

        return last;
    }

    // "a blockage of wipes and fat that choked the pumps", "a shortage of staff and equipment": "and" joining one more bare
    // noun to the "of" complement of the cause's head, the noun phrase ending after it (a break, the sentence's end or a
    // relative word), names what the cause is made of, not a new clause, which would need a verb of its own.
    private static bool Coordinated(Words words, int start, int and)
    {
        var from = Math.Max(start, and - 4); // "of" within the four words before "and"
        if (words[and] != "and" || and + 1 >= words.Count || words.BreakAfter(and) || !BareNoun(words, and - 1) || !BareNoun(words, and + 1)
            || !Enumerable.Range(from, and - from).Any(k => words[k] == "of"))
        {
            return false;
        }

        return and + 2 == words.Count || words.BreakAfter(and + 1) || words[and + 2] is "that" or "which";
    }

    // "choked both the duty and standby pumps", "a crack between the tank and the valve": "and" that closes the pair a
    // correlative word of the phrase opened ("both ... and", "between ... and") joins its second part, not a new clause.
    // A plural right before "and" ("both mowers and the farm was ...") makes "both" that plural's determiner, which opens
    // no pair, so such an "and" still ends the phrase.
    private static bool ClosesPair(Words words, int start, int and)
    {
        if (words[and] != "and" || and + 1 >= words.Count || words.BreakAfter(and) || Measures.IsPlural(words[and - 1]))
        {
            return false;
        }

        var opener = Enumerable.Range(start, and - start).LastOrDefault(k => words[k] is "both" or "between" or "and", -1);
        return opener >= 0 && words[opener] != "and" && opener + 1 < and;
    }

    private static bool BareNoun(Words words, int k) =>
        !words.Capitalized(k) && words[k].Length > 2 && words[k].All(char.IsLetter) && !Text.Stopwords.English.Contains(words[k])
        && !words[k].EndsWith("ed", StringComparison.Ordinal) && !words[k].EndsWith("ly", StringComparison.Ordinal);

    // A person named only by an article and a noun, then "who" with no comma: "caused by a marshal who pointed the leaders
    // the wrong way". The role alone is no cause; the restrictive clause tells what that person did, which is.
    private static bool Doer(Words words, int start, int who) =>
        words[who] == "who" && who == start + 2 && words[start] is "a" or "an" or "the" && !words.BreakAfter(start);

    // "brought the stage crashing down", "brought a turbine crashing to the ground": the idiom of a collapse.
    // Motion out of control that "brought" or "sent" a thing into: "sent the car careering off the road", "brought the
    // crane toppling onto the roof". Motion of people or animals driven off ("sent the sheep scattering") is what the event
    // did, and is not among them.
    private static readonly FrozenSet<string> OutOfControl = FrozenSet.ToFrozenSet(
        ["crashing", "lurching", "careering", "careening", "hurtling", "plunging", "tumbling", "toppling", "spinning", "skidding", "slewing", "veering", "sliding", "slamming", "smashing"],
        StringComparer.Ordinal);

    private static bool Crashing(Words words, int brought)
    {
        for (var k = brought + 1; k < words.Count && k - brought <= 7 && !words.BreakAfter(k - 1); k++)
        {
            if (OutOfControl.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "the pipe had been hit by a digger", "the hull may have been holed by a rock": a passive of contact told as what had
    // happened before the event (a pluperfect) or offered as a guess at it (a modal perfect) names what did the damage, as
    // <see cref="Explained"/> reads the active. Told plainly ("two sheep were struck by cars") it reports what the event did.
    private static bool PriorContact(Words words, int i)
    {
        if (i < 3 || i + 2 >= words.Count || !Contact.Contains(words[i]) || words[i + 1] != "by"
            || words.BreakAfter(i - 1) || words.BreakAfter(i) || words.BreakAfter(i + 1))
        {
            return false;
        }

        if (words[i - 1] is "was" or "were")
        {
            return Breach.Contains(words[i]) && Offered(words, i - 1);
        }

        if (words[i - 1] != "been")
        {
            return false;
        }

        var k = i - 2;
        while (k > 0 && words[k] is "already" or "probably" or "possibly" or "apparently" or "likely" or "earlier" && !words.BreakAfter(k - 1))
        {
            k--;
        }

        return words[k] == "had" || (words[k] == "have" && k > 0 && (OfferedAccounts.Hedges.Contains(words[k - 1]) || words[k - 1] is "must" or "would"));
    }

    // Past verbs of striking or cutting a thing: told plainly they report what the event did ("a van struck the cyclist").
    private static readonly FrozenSet<string> Struck = FrozenSet.ToFrozenSet(["struck", "hit", "cut", "rammed"], StringComparer.Ordinal);

    // Past forms that tell no act done to a thing: being, having, saying and the light verbs ("made a start", "got a call").
    private static readonly FrozenSet<string> NoActs = FrozenSet.ToFrozenSet(["was", "were", "had", "did", "said", "told", "made", "got"], StringComparer.Ordinal);

    // "police believe the gang cut the telephone line", "staff now believe a hire boat struck the gate", "librarians
    // think condensation from a new boiler warped the shelves": a plain past act on a thing, offered as what someone
    // believes happened, explains the event as <see cref="Explained"/> reads a verb of damage; after "said" it is as often
    // the event itself ("police said a van struck the cyclist"). Striking and cutting may be anyone's act; any other act
    // only a thing's (<see cref="ThingActing"/>), as what a person did is their part in the story, not what made it happen.
    private static int? BelievedContact(Words words, int i)
    {
        var struck = Struck.Contains(words[i]);
        if (i < 2 || !(struck || (WeekdayTense.Past(words, i) && !NoActs.Contains(words[i]))) || IsPassive(words, i) || words.BreakAfter(i - 1) || words.BreakAfter(i)
            || !(Text.Determiners.ArticlesAndPossessives.Contains(words[i + 1]) || CauseSubjects.Possessive(words[i + 1])))
        {
            return null;
        }

        // The subject is a short noun phrase: "they heard a bang before the car" is a clause of its own, not the doer.
        if (CauseSubjects.Subject(words, i) is not { } subject || subject == 0 || i - subject > 8
            || Enumerable.Range(subject, i - subject).Any(k => words[k] is "before" or "after" or "while" or "as" or "because" or "and" or "but" or "if" or "until" or "since" or "when")
            || (!struck && !ThingActing(words, subject, i)))
        {
            return null;
        }

        return OfferedAs(words, subject);
    }

    // A subject that is a thing, told as a plain noun phrase: not a person (a pronoun, its head a noun of people, or a
    // name after its first word), nor a phrase holding a clause or a negation ("the fire that reached the belfry began
    // ...", the event retold; "few never noticed", no act at all).
    private static bool ThingActing(Words words, int subject, int verb) =>
        !CauseDelays.PersonalPronouns.Contains(words[subject]) && words[subject] != "it"
        && !Enumerable.Range(subject, verb - subject).Any(k => words[k] is "that" or "which" or "who" or "never" or "not" or "no" || (k > subject && words.Capitalized(k)))
        && MeasureClasses.Of(words[TrimAuxiliaries(words, subject, verb - 1)]) != MeasureClasses.Persons;

    // <paramref name="subject"/> when the clause it opens is offered as an account: a verb of belief before it, with or
    // without "that" ("police believe a van struck", "staff think that a tap had been left running"), or a noun of one
    // and a copula ("early indications were that ..."); otherwise null.
    private static int? OfferedAs(Words words, int subject)
    {
        var before = words[subject - 1] == "that" && subject > 1 ? subject - 2 : subject - 1;
        return OfferedAccounts.Believing.Contains(words[before]) || OfferedAccounts.AccountThat(words, subject - 1) ? subject : null;
    }

    // States a thing is left in that let what happened happen: "a gate had been left open", "a tap had been left running".
    private static readonly FrozenSet<string> LeftStates = FrozenSet.ToFrozenSet(
        ["open", "unlocked", "unlatched", "unsecured", "unattended", "running", "on", "ajar"], StringComparer.Ordinal);

    // "officers believed a field gate had been left open", "staff think a tap had been left running": a thing left in a
    // state, offered as what someone believes had happened before the event, is how it came about (the escape, the flood);
    // told plainly ("the gate had been left open") it is as often the story's own background, and is not read.
    private static int? BelievedLeft(Words words, int i)
    {
        if (i < 4 || words[i] != "left" || words[i - 1] != "been" || words[i - 2] != "had" || i + 1 >= words.Count || !LeftStates.Contains(words[i + 1])
            || words.BreakAfter(i - 1) || words.BreakAfter(i))
        {
            return null;
        }

        var head = i - 3;
        var subject = head;
        while (subject > 0 && head - subject < 5 && !words.BreakAfter(subject - 1) && !Text.Determiners.ArticlesAndPossessives.Contains(words[subject]))
        {
            subject--;
        }

        if (subject == 0 || words[subject] is not ("a" or "an" or "the" or "its" or "their" or "his" or "her") || words.BreakAfter(subject - 1))
        {
            return null;
        }

        return OfferedAs(words, subject);
    }

    // Verbs of a force of weather or water moving violently: "as gusts tore across the valley", "as waves battered the wall".
    private static readonly FrozenSet<string> Raged = FrozenSet.ToFrozenSet(
        ["tore", "swept", "battered", "lashed", "ripped", "pounded", "hammered", "buffeted", "raged", "roared", "howled", "surged", "whipped", "gusted", "blew"],
        StringComparer.Ordinal);

    // A thing's collapse or fall, the damage itself: "came down", "collapsed", "gave way", "was blown over".
    private static readonly Phrases Collapsed = new(
    [
        "came down", "come down", "collapsed", "caved in", "gave way", "toppled", "blew over", "blown over", "blew down", "blown down", "crashed down",
        "keeled over", "fell in", "was torn", "was ripped", "were torn", "were ripped",
    ]);

    // "the glasshouse came down just after 11am as gusts from the storm tore across the valley": a collapse told as
    // happening while a force of weather or water raged names that force as what brought it down, as news tells a storm's
    // damage. Only where the clause before "as" tells the collapse and the "as" clause a force moving violently: "as" is
    // otherwise a clause of time ("as staff arrived") or of manner.
    private static int? AsForce(Words words, int i)
    {
        if (words[i] != "as" || i < 2 || i + 3 >= words.Count || words.BreakAfter(i) || words[i + 1] is "a" or "an" or "the" && words[i + 2] is "result" or "well")
        {
            return null;
        }

        // The force: a short noun phrase of things ("gusts from the storm", "the waves"), no person, pronoun or number first.
        var verb = -1;
        for (var k = i + 2; k < words.Count && k - i <= 7 && !words.BreakAfter(k - 1); k++)
        {
            if (Raged.Contains(words[k]))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0 || words.Capitalized(i + 1) || Text.Stopwords.English.Contains(words[i + 1]) && words[i + 1] is not ("the" or "a" or "an")
            || char.IsDigit(words[i + 1][0]) || words[verb - 1] is "was" or "were" or "been")
        {
            return null;
        }

        // The collapse, in the same clause before "as".
        for (var k = i - 1; k >= 0 && i - k <= 12 && !words.BreakAfter(k); k--)
        {
            // "came down to the harbour" is a move to a place, not a fall.
            if (Collapsed.At(words, k) is { } fell && !(k + Words.WordCount(fell) < i && words[k + Words.WordCount(fell)] is "to" or "from" or "into" or "onto"))
            {
                return verb;
            }
        }

        return null;
    }

    // Participles of a breach in a casing or a net: "the net was cut by a workboat's propeller", "the hull was holed by a rock".
    private static readonly FrozenSet<string> Breach = FrozenSet.ToFrozenSet(
        ["cut", "torn", "ripped", "holed", "pierced", "punctured", "gashed", "severed", "breached", "ruptured", "snagged"], StringComparer.Ordinal);

    // "According to two of them, the net was cut by a propeller", "staff believe the pipe was ruptured by a digger": a
    // plain past passive offered as someone's account or belief before its subject is an explanation, as a pluperfect is.
    private static bool Offered(Words words, int verb)
    {
        for (var k = verb - 1; k >= 0; k--)
        {
            if (words.At(k, "according to") || OfferedAccounts.Believing.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "the night before" at a clause's end: "before" with nothing after it says when, and starts no clause of its own.
    // So does "before" after "the night", "the day" ("a software update installed the night before the match").
    private static bool Adverb(Words words, int k) =>
        words[k] == "before" && (k + 1 == words.Count || words.BreakAfter(k)
            || (words[k - 1] is "night" or "day" or "evening" or "morning" or "week" or "weekend" or "month" or "year" && words[k - 2] == "the"));

    // Where a reported clause that may give a cause begins: after "when" or "where" (a clause of the time or the place of
    // the event: "at the side door, where a worn hinge gave way"), "that", a verb of belief, "said" ("said the
    // pump failed"), or "told" and whom it was told to ("told the Courier the clutch gave out").
    private static int? ReportedClause(Words words, int i)
    {
        if (words[i] == "when" && Recalled(words, i))
        {
            return null;
        }

        if (words[i] is "when" or "where" or "that" or "believe" or "believed" or "believes" or "suspect" or "suspected" or "think" or "thought" or "said" or "says" or "found")
        {
            return i + 1;
        }

        if (words[i] is not ("told" or "tells"))
        {
            return null;
        }

        var k = i + 1;
        if (words[k] is "the" or "a")
        {
            k++;
        }

        var listener = k;
        while (k < words.Count && words.Capitalized(k) && !words.BreakAfter(k - 1))
        {
            k++;
        }

        return k > listener || words[k] is "reporters" or "us" or "police" ? (k > listener ? k : k + 1) : null;
    }

    // "was in 2009, when a running rail came loose": "when" set off after a bare year adds what happened in that year, an
    // earlier occasion the story recalls as background. News dates the event it reports by its day, not by a bare year,
    // so the clause tells of another event, and what failed then caused nothing in this one.
    private static bool Recalled(Words words, int when) =>
        when >= 2 && words.BreakAfter(when - 1) && words[when - 2] is "in" or "since" && CalendarWords.YearAt(words, when - 1) is not null;

    // Nouns of a quarrel between parties: what one is "over" or "about" is why what it led to happened.
    private static readonly FrozenSet<string> Quarrels = FrozenSet.ToFrozenSet(
        ["dispute", "disputes", "row", "rows", "quarrel", "quarrels", "disagreement", "disagreements", "wrangle", "wrangles", "feud", "feuds", "standoff", "stand-off"],
        StringComparer.Ordinal);

    // What a quarrel is about, the cause of a strike, walkout or resignation it leads to: where it begins after "dispute
    // over", "a row about", past the parties it is with or between ("a dispute with the council over the sale of the hall",
    // "a row between the two clubs about ground rent"), or after "the dispute centres on", "the dispute is over".
    private static int? Disputed(Words words, int i)
    {
        if (!Quarrels.Contains(words[i]) || words.BreakAfter(i))
        {
            return null;
        }

        var next = words[i + 1];
        var start = next is "over" or "about" ? i + 2
            : next is "with" or "between" ? Matter(words, i + 2)
            : next is "centres" or "centred" or "centers" or "centered" or "hinges" or "turns" && words[i + 2] == "on" ? i + 3
            : next is "is" or "was" && words[i + 2] is "over" or "about" ? i + 3
            : -1;
        return start > i && start < words.Count && !words.BreakAfter(start - 1) && !Pronoun(words[start]) ? start : null;
    }

    private static bool Definite(string word) => word == "the" || Text.Determiners.Possessives.Contains(word);

    // "the dispute over it", "a row about them": a pronoun refers back to what the quarrel is about and names no cause.
    private static bool Pronoun(string word) => word is "it" or "them" or "him" or "her" or "us";

    // "had been due to carry its first passengers", "was due to cross the stage": a bare verb with its object after "due
    // to" tells what was scheduled, not why anything happened, as a noun phrase of cause ("due to staff shortages") does.
    // A verb is told from a noun by the article or possessive right after it; a plural noun ("due to fears the ...") is not one.
    private static bool VerbWithObject(Words words, int k) =>
        k + 1 < words.Count && !words.BreakAfter(k) && !words.Capitalized(k) && words[k].All(char.IsLetter)
        && !Text.Determiners.ArticlesAndPossessives.Contains(words[k]) && !Text.Stopwords.English.Contains(words[k])
        && !(words[k].EndsWith('s') && !words[k].EndsWith("ss", StringComparison.Ordinal))
        && Text.Determiners.ArticlesAndPossessives.Contains(words[k + 1]);

    // Past the parties of a quarrel, within its clause: where its matter begins after "over" or "about".
    private static int Matter(Words words, int parties)
    {
        for (var k = parties; k < words.Count && k - parties <= 8 && !words.BreakAfter(k - 1); k++)
        {
            if (words[k] is "over" or "about" && words[k + 1] != "to")
            {
                return k + 1; // not "a third defeat in a row with the club about to ..."
            }
        }

        return -1;
    }

    // "a bitter dispute over", "the pay row with": the quarrel's noun phrase, back to its determiner, when its matter follows
    // it and its parties (the frames "the dispute centres on", "is over" say it in a clause of their own). Null otherwise.
    private static int? QuarrelPhrase(Words words, int noun, int about)
    {
        if (words[about - 1] is not ("over" or "about") || words[noun + 1] is not ("over" or "about" or "with" or "between"))
        {
            return null;
        }

        var first = noun;
        while (first > 0 && noun - first < 3 && !words.BreakAfter(first - 1) && words[first - 1].All(c => char.IsLetter(c) || c == '-') && (first == 1 || !words.Capitalized(first - 1))
            && (Text.Determiners.ArticlesAndPossessives.Contains(words[first - 1]) || !Text.Stopwords.English.Contains(words[first - 1])))
        {
            first--;
            if (Text.Determiners.ArticlesAndPossessives.Contains(words[first]))
            {
                break;
            }
        }

        return first;
    }

    // "X blamed Y for Z": Y is the cause; "X blamed Z on Y": Y is.
    private static void Blamed(List<CauseSpan> found, Words words, int i)
    {
        // "blamed it on a fault": a pronoun object stands for the event, so only "on" can name the cause.
        for (var k = i + 2; k < words.Count && k - i <= 18 && !EventPronoun(words[i + 1]); k++)
        {
            if (words[k] == "for")
            {
                found.Add(new CauseSpan(i + 1, k - 1));
                return;
            }

            if (words.BreakAfter(k - 1))
            {
                break;
            }
        }

        // "blamed a burst main on the hill above": what is blamed on something is the event ("the derailment", "it"),
        // so after an indefinite object "on" tells where the cause was.
        for (var k = i + 2; k < words.Count && k - i <= 8 && !words.BreakAfter(k - 1) && !(words[i + 1] is "a" or "an"); k++)
        {
            // "blamed the update installed on the server": "on" belongs to the participle, not to the blame. A definite
            // object names the event, often by a noun in "-ing" ("blamed the flooding on", "blamed the hard landing on"),
            // so only a passive participle in "-ed" keeps "on".
            if (words[k] == "on" && !PassiveParticiple(words[k - 1]))
            {
                Add(found, words, k + 1, enders: true);
                return;
            }

            if (words[k] == "on")
            {
                break;
            }
        }

        // "The company blamed a shortage of deck crew": an indefinite object is the cause itself; a definite one ("blamed
        // the council") may be whom the blame falls on, and a pronoun is the event.
        if ((words[i] is "blamed" or "blames" || PresentBlame(words, i)) && (words[i + 1] is "a" or "an" || BareObject(words, i + 1) || Condition(words, i + 1)))
        {
            Add(found, words, i + 1, enders: true);
        }
    }

    // "blamed rising temperatures", "blamed corroded fixings": an object with no determiner, not a pronoun or a word that
    // says how or on whom the blame falls.
    private static bool BareObject(Words words, int k) =>
        k < words.Count && !words.BreakAfter(k - 1) && !words.Capitalized(k) && words[k].All(char.IsLetter) && !Text.Determiners.ArticlesAndPossessives.Contains(words[k])
        && words[k] is not ("him" or "her" or "them" or "it" or "us" or "me" or "you" or "himself" or "herself" or "themselves" or "itself"
            or "for" or "on" or "by" or "as" or "partly" or "largely" or "mainly" or "entirely" or "both" or "each" or "this" or "that" or "these" or "those"
            or "his" or "our" or "my" or "your" or "what" or "whoever" or "anyone" or "everyone" or "nobody" or "no"
            or "have" or "has" or "had" or "is" or "was" or "were" or "are" or "be" or "been" or "being");

    // "blamed the cost of gas", "blamed the loss of a contract": a definite object that is a thing's measure or state, told
    // by "of" and a common noun phrase, names a condition, the cause itself; a person or a body so named ("the owners of the
    // site", "the board of the trust") is whom the blame falls on, and a name after "of" ("the leader of Kilnbury Council")
    // names an office-holder.
    private static bool Condition(Words words, int the)
    {
        var head = the + 1;
        if (words[the] != "the" || head + 2 >= words.Count || words.BreakAfter(the) || words.BreakAfter(head) || words[head + 1] != "of"
            || words.Capitalized(head) || !words[head].All(char.IsLetter) || words.Capitalized(head + 2) || words.Capitalized(head + 3))
        {
            return false;
        }

        var noun = words[head].TrimEnd('s');
        return !(noun.EndsWith("er", StringComparison.Ordinal) || noun.EndsWith("or", StringComparison.Ordinal) || noun.EndsWith("ist", StringComparison.Ordinal)
            || noun.EndsWith("ent", StringComparison.Ordinal) || noun.EndsWith("ant", StringComparison.Ordinal)
            || noun is "people" or "staff" or "family" or "board" or "team" or "crew" or "management" or "head" or "chief" or "boss" or "government" or "council");
    }

    // A pseudo-cleft of cause: "The loss of its largest customer, rather than energy bills, is what pushed the pottery over the
    // edge", "a faulty valve was what caused the leak". The subject before "is what" + a past verb is what did it; an aside
    // set off by commas before "is" ("rather than energy bills") is the rival it is preferred to, no part of it. A pronoun or
    // a demonstrative ("that is what caused it") points back to a cause told elsewhere, and "is what happened" tells no cause.
    private static CauseSpan? Cleft(Words words, int i)
    {
        if (words[i] is not ("is" or "was") || i < 2 || i + 3 >= words.Count || words[i + 1] != "what" || words.BreakAfter(i) || words.BreakAfter(i + 1)
            || !WeekdayTense.Past(words, i + 2) || words[i + 2] is "happened" or "occurred" or "went" or "came" or "said" or "told" or "was" or "were" or "had" or "did" or "made")
        {
            return null;
        }

        var end = i - 1;
        if (words.BreakAfter(end))
        {
            var aside = end - 1;
            while (aside > 0 && !words.BreakAfter(aside) && end - aside < 8)
            {
                aside--;
            }

            if (aside <= 0 || !words.BreakAfter(aside))
            {
                return null;
            }

            end = aside;
        }

        var start = end;
        while (start > 0 && !words.BreakAfter(start - 1) && end - start < MaxWords
            && words[start - 1] is not ("that" or "said" or "say" or "says" or "believe" or "believes" or "believed" or "think" or "thinks" or "thought" or "and" or "but"))
        {
            start--;
        }

        return end > start && words[start] is not ("it" or "this" or "that" or "which" or "what") ? new CauseSpan(start, end) : null;
    }

    // A pseudo-cleft that opens its sentence with what was done ("What stopped the leading mower, the marshals said, was a
    // bent cutting blade"): the clause "What" + a past verb + the thing it befell is the event, and what follows the copula that ends
    // it (past an aside set off by commas) is what did it. The thing befallen must be a thing: a person or a feeling ("What
    // struck me", "What changed my mind", "What caught Ann's eye") is a speaker's view, and "What happened"/"What followed"
    // tell no act. Where the clause holds a verb of its own before the copula, "What" is no subject ("What we found was").
    private static int? WhatDidIt(Words words, int i)
    {
        if (words[i] != "what" || (i > 0 && !words.BreakAfter(i - 1)) || i + 4 >= words.Count || words.BreakAfter(i) || !WeekdayTense.Past(words, i + 1)
            || words[i + 1] is "happened" or "occurred" or "followed" or "came" or "went" or "was" or "were" or "had" or "did" or "said" or "told" or "made"
            || words[i + 2] is not ("the" or "a" or "an" or "its" or "their" or "this") || words.Capitalized(i + 3))
        {
            return null;
        }

        for (var k = i + 3; k < words.Count - 1 && k - i <= 24; k++)
        {
            if (words[k] is "was" or "is")
            {
                return words.BreakAfter(k) || words[k + 1] is "that" or "what" or "how" or "why" or "not" or "it" or "this" ? null : k + 1;
            }

            if (words[k] is "and" or "but" or "because" or "when")
            {
                return null;
            }
        }

        return null;
    }

    // "growers in the area blame nutrients washed into the loch", "council chiefs blame soaring costs": "blame" as the verb of
    // a plural subject, whose object is the cause as that of "blamed" is; not the noun ("the blame", "took the blame", "to
    // blame", "no blame", "a blame game"), which a determiner, a verb that takes it or "to" stands before.
    private static bool PresentBlame(Words words, int i) =>
        words[i] == "blame" && i > 0 && !words.BreakAfter(i - 1) && words[i - 1].All(char.IsLetter) && !NounBlame.Contains(words[i - 1])
        && !Text.Determiners.ArticlesAndPossessives.Contains(words[i - 1]) && i + 1 < words.Count && words[i + 1] is not ("game" or "culture" or "lies" or "lay" or "falls" or "fell" or "rests" or "rested");

    // Words before the noun "blame": quantifiers, "to", and verbs whose object it is.
    private static readonly FrozenSet<string> NounBlame = FrozenSet.ToFrozenSet(
    [
        "to", "no", "any", "some", "much", "more", "most", "less", "of", "for", "with", "and", "or", "not", "all", "full", "entire", "main", "collective", "whose", "equal",
        "share", "shares", "shared", "sharing", "take", "takes", "took", "taken", "taking", "shoulder", "shoulders", "shouldered", "lay", "lays", "laid", "laying",
        "put", "puts", "putting", "pin", "pins", "pinned", "apportion", "apportioned", "accept", "accepts", "accepted", "escape", "escaped", "deflect", "deflected",
        "avoid", "avoided", "deserve", "deserves", "deserved", "shift", "shifted", "place", "placed", "assign", "assigned", "bear", "bears", "bore", "the", "a", "an",
    ], StringComparer.Ordinal);

    // "the aircraft had run low on fuel", "is thought to have run low on propane", "ran low on gas": a craft or machine that ran
    // low on what drives it, told as what had happened (or may have: "may have run low on"), explains why it came down or
    // stopped; not a warning of what may come ("could run low on", "will have run low on").
    private static bool RanLow(Words words, int i)
    {
        if (!(words[i] is "ran" or "run" or "running") || !words.At(i + 1, "low on") || i + 3 >= words.Count || words.BreakAfter(i) || words.BreakAfter(i + 2) || i == 0)
        {
            return false;
        }

        return words[i] switch
        {
            "ran" => true,
            "run" => words[i - 1] is "had" or "has" or "have" && !(i > 1 && words[i - 2] is "will" or "shall"),
            _ => words[i - 1] is "was" or "were" or "been",
        };
    }

    // "it", "this": what is blamed on something when the sentence names the event before ("... has blamed it on a fault").
    private static bool EventPronoun(string word) => word is "it" or "this";

    private static bool PassiveParticiple(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    // "traced the stoppage to a fault", "attributed the delay to a signal failure", "put the outage down to a cable":
    // where the cause begins after a short object; the passive with no object is read with the other cause phrases.
    private static int? Traced(Words words, int i)
    {
        if (words[i] is not ("traced" or "trace" or "traces" or "attributed" or "attributes" or "put") || i == 0 || IsPassive(words, i) || i + 2 >= words.Count
            || !(words[i + 1] is "the" or "its" or "their" or "it" or "this" || OwnedObject(words, i + 1)))
        {
            return null;
        }

        for (var k = i + 2; k < words.Count && k - i <= 7 && !words.BreakAfter(k - 1); k++)
        {
            if (words[i] == "put" ? words.At(k, "down to") : words[k] == "to")
            {
                return words[i] == "put" ? k + 2 : k + 1;
            }
        }

        return null;
    }

    // An object named by whose or when it was ("Sunday's outage", "last weekend's spill"): a possessive in its first two
    // words makes it as definite as "the", the event already told.
    private static bool OwnedObject(Words words, int k) =>
        CauseSubjects.Possessive(words[k]) || (!words.BreakAfter(k) && words[k].All(char.IsLetter) && CauseSubjects.Possessive(words[k + 1]));

    // Where the subject of a cause stated as blame ends: "X is being blamed for", "X was to blame". The index of the
    // first auxiliary, so the subject is read before it; null when the words at i state no such blame.
    private static int? BlamedSubject(Words words, int i)
    {
        // A headline drops the auxiliary: "Corroded frame blamed for glasshouse collapse", "Worn brake suspected in escalator
        // reversal": the noun phrase that opens it, with no verb of its own, is the cause.
        // So does the headline's other form, the blame and then a clause of time with "as": "Burst hose blamed as boom folds
        // onto house", "Faulty heater suspected as crews damp down".
        if (words[i] is "blamed" or "suspected" && (words[i + 1] is "for" or "in" or "over" && !(words[i] == "blamed" && words[i + 1] != "for") || words[i + 1] == "as") && Headline(words, i))
        {
            return i;
        }

        var blame = words[i] == "blamed" && words[i + 1] == "for" ? i
            : words.At(i, "to blame") && i > 0 && words[i - 1] is "is" or "are" or "was" or "were" or "been" ? i
            : words[i] == "responsible" && i > 0 && words[i - 1] is "was" or "were" && (i + 1 == words.Count || words.BreakAfter(i)) ? i // "a power cut was responsible", not "was responsible for the accounts"
            : -1;
        if (blame < 1)
        {
            return null;
        }

        var k = blame;
        while (k > 0 && Copulas.Contains(words[k - 1]) && !words.BreakAfter(k - 1))
        {
            k--;
        }

        return k < blame ? k : null;
    }

    // A headline's opening noun phrase before <paramref name="verb"/>: a few words from the sentence's start, or from a colon
    // after the label a headline may open with ("Depot blaze: faulty heater blamed for ..."), no break, no pronoun, auxiliary
    // or verb of saying among them.
    private static bool Headline(Words words, int verb)
    {
        var start = Enumerable.Range(0, verb).LastOrDefault(k => words.BreakAfter(k) && words.Gap(k).Trim() == ":", -1) + 1;
        return verb - start is >= 1 and <= 6 && Enumerable.Range(start, verb - start).All(k => !words.BreakAfter(k) && !Copulas.Contains(words[k])
            && words[k] is not ("it" or "he" or "she" or "they" or "we" or "said" or "says" or "who" or "which" or "that" or "and" or "after" or "as"));
    }

    // "the delay was the result of a fault": a result said of the event is what the cause led to; one that is only named
    // ("adopt the result of the poll", "the result of the ballot, declared on Monday") is an outcome, not a cause.
    private static bool Predicated(Words words, int i)
    {
        var k = i;
        while (k > 0 && Copulas.Contains(words[k - 1]) && !words.BreakAfter(k - 1))
        {
            k--;
        }

        return Enumerable.Range(k, i - k).Any(j => words[j] is "is" or "are" or "was" or "were" or "been" or "being");
    }

    // "the flood", "Sunday night's flash flood": the phrase after "behind" names an event of harm within a few words.
    private static bool Harmful(Words words, int start) =>
        start < words.Count && (words[start] is "the" or "a" or "this" or "last" || CauseSubjects.Possessive(words[start]) || words.Capitalized(start))
        && Enumerable.Range(start, Math.Min(5, words.Count - start)).TakeWhile(k => k == start || !words.BreakAfter(k - 1)).Any(k => Mishaps.Contains(words[k]) || Harms.Contains(words[k]));

    // A subject that names no cause ("nobody was to blame", "no single failure is to blame") or only a case put in general
    // ("even when a storm is to blame", "if a driver is blamed for a crash").
    private static bool Negative(Words words, int first, int verb) =>
        Enumerable.Range(first, verb - first).Any(k => words[k] is "nobody" or "no" or "none" or "nothing" or "neither")
        || (first > 0 && words[first - 1] is "when" or "if" or "whenever" or "unless");

    private static bool IsPassive(Words words, int verb) => words[verb - 1] is "was" or "were" or "been" or "is" or "are" or "be";

    // "had most likely washed out", "may have undermined": the outlet offers the damage as its explanation.
    private static bool Hedged(Words words, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 3); k--)
        {
            if (OfferedAccounts.Hedges.Contains(words[k]))
            {
                return true;
            }

            if (!Auxiliaries.Contains(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    // An active verb of damage done to a thing the clause names ("had soaked the ceiling", "damaged a high-voltage cable"),
    // told as what had happened before the event ("had") or as someone's report or belief of it ("told the Ledger that
    // contractors damaged a cable"): an explanation, not the event's own telling. Not a passive ("had been damaged") nor a
    // participle after another verb ("had found weakened fixings").
    private static bool Explained(Words words, int subject, int verb, string damage)
    {
        var next = verb + Words.WordCount(damage);
        if (IsPassive(words, verb) || words[verb - 1] == "been" || WeekdayTense.Past(words, verb - 1) && words[verb - 1] != "had" || next >= words.Count || words.BreakAfter(next - 1)
            || !(Text.Determiners.ArticlesAndPossessives.Contains(words[next]) || CauseSubjects.Possessive(words[next])))
        {
            return false;
        }

        return words[verb - 1] == "had" || (subject > 0 && OfferedAccounts.Reporting.Contains(words[subject - 1]));
    }

    private static int TrimAuxiliaries(Words words, int first, int last)
    {
        while (last >= first && Auxiliaries.Contains(words[last]))
        {
            last--;
        }

        return last;
    }

    // The head of the noun phrase whose verb of breaking ends at <paramref name="failed"/>: the word before the verb and any
    // auxiliary ("tank" of "a giant tank burst", "pipe" of "the pipe had broken"); null for a misjudgement or a support that
    // sank, which say how those in charge or the ground failed, not that a part broke.
    private static int? FailedThing(Words words, int start, int failed)
    {
        var verb = Enumerable.Range(start + 1, Math.Max(0, failed - start)).FirstOrDefault(k => words[k] == "broken" || Failed.Any(f => words.At(k, f)), -1);
        var head = verb - 1;
        while (head > start && PerfectOrBe.Contains(words[head]))
        {
            head--;
        }

        return verb > start && head >= start ? head : null;
    }

    // "when a valve on a storage tank failed": a short noun phrase, then a verb of breaking. The phrase may carry a phrase
    // of where the part was ("said a seal in the pump's main valve had failed"), so it is read over ten words when it does.
    private const int FailedThingWords = 10;

    private const int ShortPhraseWords = 8;

    private static int? FailedClause(Words words, int start)
    {
        for (var k = start + 1; k < words.Count && k - start <= FailedThingWords && !words.BreakAfter(k - 1); k++)
        {
            if (k - start > ShortPhraseWords && !PlaceOfPart(words, start, k))
            {
                continue;
            }

            // "said the flooding had been caused by a burst main": the clause states its cause, read at its cue.
            if (CauseBefore.At(words, k) is not null)
            {
                return null;
            }

            // "near the burst", "since its breakdown": after "the" or a possessive the word is a noun naming the event already
            // told, not a verb of failing ("a split hose" is a thing told by its state, and stays).
            // "found that a mooring line had broken": the participle of "broke" after a perfect's auxiliary fails as "broke" does
            // ("a broken valve" is a thing told by its state, not a clause of failing).
            if (words[k] == "broken" && words[k - 1] is "had" or "has" or "have" && words[start] is "a" or "an" or "the" or "its" or "their")
            {
                return words.At(k, "broken down") || words.At(k, "broken loose") ? k + 1 : k;
            }

            // "the company said the tide had been misjudged": a misjudgement told as a passive is the failing of those in charge,
            // a cause as a part's failing is.
            if (Misjudged.Contains(words[k]) && words[k - 1] is "been" or "was" or "were" && words[start] is "a" or "an" or "the" or "its" or "their")
            {
                return k;
            }

            // "said an outrigger leg sank into soft ground": a support that sank into the ground under it gave way as a part
            // that failed does; the ground is where it failed, not what it did.
            if (SankInto(words, k) is { } sunk && words[start] is "a" or "an" or "the" or "its" or "their" && !Definite(words[k - 1]))
            {
                return sunk;
            }

            if (Failed.FirstOrDefault(f => words.At(k, f)) is { } verb && !Definite(words[k - 1]))
            {
                // "the pump failed", or a thing told by its state ("corroded joists had given way")
                return words[start] is "a" or "an" or "the" or "its" or "their" || (words[start].Length > 4 && words[start].EndsWith("ed", StringComparison.Ordinal) && !words.Capitalized(start))
                    ? k + Words.WordCount(verb) - 1 : null;
            }
        }

        return null;
    }

    // A phrase over eight words before a verb of failing is a failed part only when a phrase of where it was makes it long
    // ("a valve in the car's emergency brake"), with no clause of its own inside it: no pronoun ("the sleeve it stood in"),
    // participle in -ing ("a pipe serving the road") or infinitive's "to" ("appeared to have split"), which tell more than
    // what broke, often what an inspection found of it.
    private static bool PlaceOfPart(Words words, int start, int verb) =>
        Enumerable.Range(start, verb - start).Any(j => words[j] is "in" or "on" or "of" or "at" or "inside" or "under" or "beneath")
        && Enumerable.Range(start, verb - start).All(j => words[j] is not ("it" or "they" or "he" or "she" or "we" or "to" or "that" or "which" or "who")
            && !words[j].EndsWith("ing", StringComparison.Ordinal));

    // Words of the ground a support stands on: what a leg, a footing or a wheel "sank into" when it gave way under a load.
    private static readonly FrozenSet<string> Ground = FrozenSet.ToFrozenSet(
        ["ground", "earth", "soil", "mud", "sand", "turf", "clay", "verge", "tarmac"], StringComparer.Ordinal);

    // "sank into soft ground", "had sunk into the mud": the last word of the ground the thing sank into, at most two words
    // after "into" ("the soft ground"). A boat that "sank into the sea" or a heart that "sank" is no support giving way.
    private static int? SankInto(Words words, int k)
    {
        if (words[k] is not ("sank" or "sunk") || !words.At(k + 1, "into") || words.BreakAfter(k))
        {
            return null;
        }

        for (var g = k + 2; g < words.Count && g <= k + 4 && !words.BreakAfter(g - 1); g++)
        {
            if (Ground.Contains(words[g]))
            {
                return g;
            }
        }

        return null;
    }

    // Where the noun phrase after "after" begins when it may name a mishap: an indefinite or owned one ("after a bird
    // strike", "after her engine failure") or a bare one of plain words ("after engine failure"), also as the object of a
    // verb of undergoing ("after suffering engine failure", "after sustaining a fracture"), which says no more than the
    // noun. Not a definite one ("after the leak"), which names what was told before, often the event itself, nor one
    // with a name ("after Tuesday's explosion").
    private static int? MishapPhrase(Words words, int k)
    {
        if (k >= words.Count || words.BreakAfter(k - 1))
        {
            return null;
        }

        if (words[k] is "suffering" or "sustaining" or "experiencing" or "developing" && k + 1 < words.Count && !words.BreakAfter(k))
        {
            k++;
        }

        if (Determined(words, k))
        {
            return k;
        }

        // A bare phrase: plain content words up to its head, so "after weeks of strike action" is not read as a strike.
        for (var j = k; j < words.Count && j - k <= 4 && !words.Capitalized(j) && words[j].All(c => char.IsLetter(c) || c == '-') && !Text.Stopwords.English.Contains(words[j]); j++)
        {
            if (Mishaps.Contains(words[j]))
            {
                return k;
            }

            if (words.BreakAfter(j))
            {
                break;
            }
        }

        return null;
    }

    private static bool Determined(Words words, int k) => words[k] is "a" or "an" or "its" or "her" or "his" or "their";

    // "after a bird strike", "after a loss of oil pressure": the phrase when its head is a mishap.
    private static int? MishapEnd(Words words, int start)
    {
        for (var k = start; k < words.Count && k - start <= 4; k++)
        {
            if (Mishaps.Contains(words[k]))
            {
                return words[k + 1] == "of" ? End(words, k, enders: true) : k;
            }

            // "after a routine inspection found section loss": a past verb inside the phrase, not modifying the word after
            // it, opens a clause whose subject is what came first; the mishap it names is what that found, not the cause.
            if (k > start && k + 1 < words.Count && words[k].Length > 4 && words[k].EndsWith("ed", StringComparison.Ordinal)
                && !Mishaps.Contains(words[k + 1]) && !words.BreakAfter(k))
            {
                break;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    // "The apology was attributed to its director": what is said is attributed to whoever said it, not to a cause.
    private static bool Said(Words words, int i)
    {
        // Across an aside set off by commas: "The apology, published at noon, was attributed to its director".
        for (var k = i - 1; k >= 0 && i - k <= 10; k--)
        {
            if (words[k] is "apology" or "statement" or "remark" or "remarks" or "comment" or "comments" or "quote" or "quotes" or "words" or "letter" or "message" or "post" or "claim" or "claims" or "email" or "speech")
            {
                return true;
            }
        }

        return false;
    }

    // "was started deliberately", "had been set deliberately", "was caused accidentally": a passive of starting or causing
    // with no agent but an adverb of intent; not when the clause denies it ("nothing to suggest the fire had been started
    // deliberately"), which can stand further back than <see cref="Denied"/> looks.
    private static bool Intended(Words words, int i)
    {
        if (!Begun.Contains(words[i]) || !IsPassive(words, i) || !Intent.Contains(words[i + 1]) || words.BreakAfter(i))
        {
            return false;
        }

        return !Doubted(words, i) && !Denied(words, i);
    }

    // "the fire was deliberately started", "police are treating the blaze as deliberately set": the adverb of intent may
    // stand before its participle as after it, in a passive or after the "as" of how something is treated or regarded;
    // the phrasal "set up", "set out", "set off" name other acts.
    private static bool IntendedBefore(Words words, int i)
    {
        if (i < 1 || i + 1 >= words.Count || !Intent.Contains(words[i]) || !Begun.Contains(words[i + 1]) || words.BreakAfter(i)
            || words[i - 1] is not ("was" or "were" or "been" or "is" or "are" or "be" or "being" or "as")
            || (words[i + 1] == "set" && !words.BreakAfter(i + 1) && i + 2 < words.Count && words[i + 2] is "up" or "out" or "off" or "about" or "aside" or "to"))
        {
            return false;
        }

        return !Doubted(words, i) && !Denied(words, i);
    }

    // A negation or a doubt anywhere before i in its clause ("nothing to suggest the fire had been started deliberately",
    // "whether it was deliberately set"), which can stand further back than <see cref="Denied"/> looks.
    private static bool Doubted(Words words, int i)
    {
        for (var k = i - 1; k >= 0 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "not" or "no" or "nothing" or "never" or "none" or "neither" or "nor" or "whether" or "if" || words[k].EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "not caused by", "ruled out", "no evidence", "rather than": a cause the outlet denies; "early reports blamed": one it
    // reports as others' first word, not its own version.
    private static bool Denied(Words words, int i)
    {
        for (var k = Math.Max(0, i - 4); k < i; k++)
        {
            if (words[k] is "not" or "never" or "no" or "nor" or "rather" || words.At(k, "ruled out"))
            {
                return true;
            }
        }

        return CauseHearsay.At(words, i);
    }
}
