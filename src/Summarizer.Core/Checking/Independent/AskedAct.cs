namespace Summarizer.Checking.Independent;

/// <summary>
/// What a "Who ..." topic asks someone did: "Who scored the winning try" asks who scored, "Who will run the company" who
/// will run it. A subject "who" takes its verb next, past auxiliaries and adverbs in -ly ("Who officially opened the
/// plant"); a topic that sets a noun phrase or a preposition there asks who someone is ("Who the club's captain is", "Who
/// was in command"), and one whose verb is a verb of speech ("Who announced the closure") asks for what a speaker does.
/// Neither asks for an act.
/// </summary>
internal static class AskedAct
{
    /// <summary>Whether the topic asks who: its first word is "who".</summary>
    public static bool AsksWho(ClaimReading topic) => topic.Words.FirstOrDefault(w => w.IsLetters)?.Folded == "who";

    /// <summary>The verb of the act the topic asks about, or null when it asks for none.</summary>
    public static Word? Of(ClaimReading topic)
    {
        var words = topic.Words.Where(w => w.IsLetters).ToList();
        if (words.Count < 2 || !AsksWho(topic))
        {
            return null;
        }

        var at = 1;
        while (at < words.Count && (CheckerAuxiliaries.All.Contains(words[at].Folded) || words[at].Folded.EndsWith("ly", StringComparison.Ordinal)))
        {
            at++;
        }

        return at < words.Count && words[at] is var act && !Stopwords.Is(act.Folded) && !act.IsCapitalized && !Speech.IsVerb(act.Folded) ? act : null;
    }
}
