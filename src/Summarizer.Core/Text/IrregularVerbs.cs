using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// English's irregular verbs by their principal parts ("rise rose risen"), for the readers that must tell a past form
/// from a noun without a tagger ("and took" opens a predicate, "and firefighters" does not). A closed class of the
/// grammar, not of any story. The grounding checker keeps its own table (Checking.Independent.Stemmer), so the check
/// never shares the attributor's reading.
/// </summary>
internal static class IrregularVerbs
{
    // Each entry: the base form, then its irregular past and participle forms where they differ from it.
    private static readonly string[] PrincipalParts =
    [
        "arise arose arisen", "bear bore borne", "beat beaten", "become became", "begin began begun", "bend bent",
        "bite bitten", "bleed bled", "blow blew blown", "break broke broken", "breed bred", "bring brought",
        "build built", "burn burnt", "buy bought", "catch caught", "choose chose chosen", "cling clung", "come came",
        "creep crept", "deal dealt", "die died", "dig dug", "draw drew drawn", "drink drank drunk",
        "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed", "fight fought", "find found",
        "flee fled", "fling flung", "fly flew flown", "foresee foresaw foreseen", "forget forgot forgotten",
        "forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given", "go went gone",
        "grow grew grown", "hang hung", "hear heard", "hide hid hidden", "hold held", "keep kept", "kneel knelt",
        "know knew known", "lay laid", "lead led", "leap leapt", "leave left", "lend lent", "lose lost", "make made",
        "mean meant", "meet met", "mistake mistook mistaken", "outgrow outgrew outgrown", "overcome overcame",
        "overrun overran", "overtake overtook overtaken", "pay paid", "rebuild rebuilt", "rewrite rewrote rewritten",
        "ride rode ridden", "ring rang rung", "rise rose risen", "run ran", "see seen saw", "seek sought",
        "sell sold", "send sent", "shake shook shaken", "shine shone", "shoot shot", "shrink shrank shrunk",
        "sing sang sung", "sink sank sunk", "sit sat", "sleep slept", "slide slid", "speak spoke spoken",
        "speed sped", "spend spent", "spill spilt", "spin spun", "spring sprang sprung", "stand stood",
        "steal stole stolen", "stick stuck", "sting stung", "stride strode", "strike struck", "swear swore sworn",
        "sweep swept", "swim swam swum", "swing swung", "take took taken", "teach taught", "tear tore torn",
        "tell told", "think thought", "throw threw thrown", "understand understood",
        "undertake undertook undertaken", "uphold upheld", "wake woke woken", "wear wore worn", "weave wove woven",
        "weep wept", "win won", "withdraw withdrew withdrawn", "withhold withheld", "write wrote written",
    ];

    private static readonly FrozenSet<string> PastForms = PrincipalParts
        .SelectMany(parts => parts.Split(' ').Skip(1))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is an irregular past or participle form ("took", "sold", "risen").</summary>
    public static bool IsPastForm(string folded) => PastForms.Contains(folded);
}
