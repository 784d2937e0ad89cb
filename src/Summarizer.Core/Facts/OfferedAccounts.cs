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

    /// <summary>Hedges of an explanation: "likely", "probably", "may", "could", "apparently".</summary>
    public static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
        ["likely", "probably", "possibly", "may", "might", "could", "apparently"], StringComparer.Ordinal);
}
