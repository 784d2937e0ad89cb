using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The words that mark a clause as an account someone offers rather than the story's own telling, shared by the cause
/// readers (<see cref="CauseReader"/>, <see cref="CauseOrigins"/>): a verb of belief ("police believe the gang cut the
/// line"), of report ("said a main had burst"), of admission ("admits the error came from"), and the hedges of an
/// explanation ("probably came from", "may have struck").
/// </summary>
internal static class OfferedAccounts
{
    /// <summary>Verbs of belief or suspicion: "believe", "suspects", "thinks".</summary>
    public static readonly FrozenSet<string> Believing = FrozenSet.ToFrozenSet(
        ["believe", "believes", "believed", "suspect", "suspects", "suspected", "think", "thinks"], StringComparer.Ordinal);

    /// <summary>
    /// Words after which a clause is what someone reports or believes: the verbs of <see cref="Believing"/>, "thought",
    /// the verbs of saying and a "that" opening the clause ("officers say huge waves smashed into the deck").
    /// </summary>
    public static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(
        ["that", "said", "says", "say", "thought", .. Believing], StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Reporting"/> and the verbs of admitting, confirming or finding: an account someone gives of what happened
    /// ("admits the error came from a mix-up", "the inquiry found the leak came from").
    /// </summary>
    public static readonly FrozenSet<string> Admitted = FrozenSet.ToFrozenSet(
        [.. Reporting, "admit", "admits", "admitted", "confirm", "confirms", "confirmed", "concluded", "concludes", "found", "accepts", "accepted"],
        StringComparer.Ordinal);

    // Nouns of an account that is not yet a finding: "early indications were that", "the signs are that", "the working theory
    // is that". News opens a first explanation so, before an inquiry reports; the clause after "that" is what is offered.
    private static readonly FrozenSet<string> Accounts = FrozenSet.ToFrozenSet(
        ["indications", "indication", "signs", "sign", "evidence", "suggestion", "suggestions", "theory", "belief", "understanding", "assumption", "thinking"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the "that" at <paramref name="that"/> opens a clause offered as an account by a noun of one and a copula
    /// ("Early indications were that a fault in the switchgear had cut the supply"), as a verb of belief opens one.
    /// </summary>
    public static bool AccountThat(Words words, int that) =>
        that >= 2 && words[that] == "that" && words[that - 1] is "were" or "was" or "are" or "is" && Accounts.Contains(words[that - 2])
        && !words.BreakAfter(that - 2) && !words.BreakAfter(that - 1);

    /// <summary>Hedges of an explanation: "likely", "probably", "may", "could", "apparently".</summary>
    public static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
        ["likely", "probably", "possibly", "may", "might", "could", "apparently"], StringComparer.Ordinal);
}
