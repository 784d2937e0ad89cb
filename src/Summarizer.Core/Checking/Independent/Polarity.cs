using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Words that say which way something went (rose / fell), how someone took it (welcomed / criticised) or what befell them (killed / injured): a passage
/// that says only the opposite of the claim does not support it, however many other words they share. General
/// English reporting vocabulary, not drawn from any story.
/// </summary>
internal static class Polarity
{
    private static readonly (FrozenSet<string> One, FrozenSet<string> Other)[] Opposites =
    [
        (Stems("rise", "rises", "rising", "raise", "raised", "raises", "increase", "increased", "increases", "grow", "grows", "growing", "climb", "climbed", "jump", "jumped", "gain", "gained", "higher", "boost", "boosted", "lift", "lifted", "soar", "soared", "surge", "surged", "up"),
         Stems("fall", "falls", "falling", "cut", "cuts", "cutting", "lower", "lowered", "drop", "dropped", "decline", "declined", "reduce", "reduced", "decrease", "decreased", "slip", "slipped", "slide", "slid", "plunge", "plunged", "shrink", "shrank", "sink", "down", "lowest")),
        (Stems("welcome", "welcomed", "praise", "praised", "support", "supported", "back", "backed", "endorse", "endorsed", "hail", "hailed", "applaud", "applauded", "approve", "approved"),
         Stems("criticise", "criticised", "criticize", "criticized", "condemn", "condemned", "attack", "attacked", "denounce", "denounced", "reject", "rejected", "oppose", "opposed", "slam", "slammed", "blast", "blasted", "complain", "complained")),
        // Killed or hurt: a casualty report says which, and one is no paraphrase of the other.
        (Stems("die", "died", "dead", "death", "deaths", "kill", "killed", "fatal", "fatalities"),
         Stems("injure", "injured", "injury", "injuries", "hurt", "wounded")),
        // Back or still off: "supplies were restored" is not what "supplies were cut off" says. "Close" is left out, as it
        // is also a word of place ("close to the river"); "closed" and "closure" are not, and say what "shut" says.
        (Stems("restore", "restored", "resume", "resumed", "reopen", "reopened", "reconnect", "reconnected"),
         Stems("disconnect", "disconnected", "shut", "closed", "closure", "suspend", "suspended", "halt", "halted")),
    ];

    /// <summary>Whether <paramref name="claim"/> goes one way and <paramref name="passage"/> only the other way.</summary>
    public static bool Contradicts(IEnumerable<Word> claim, IEnumerable<Word> passage)
    {
        var claimStems = StemsAndSenses(claim);
        var passageStems = StemsAndSenses(passage);
        foreach (var (one, other) in Opposites)
        {
            var claimOne = claimStems.Overlaps(one);
            var claimOther = claimStems.Overlaps(other);
            if (claimOne == claimOther)
            {
                continue; // neither, or both ways at once ("rose after the cut")
            }

            var (said, opposite) = claimOne ? (one, other) : (other, one);
            if (!passageStems.Overlaps(said) && passageStems.Overlaps(opposite))
            {
                return true;
            }

            if (passageStems.Overlaps(said) && passageStems.Overlaps(opposite) && GoesOtherWay(claim, passage, said, opposite))
            {
                return true;
            }
        }

        return false;
    }

    // A passage that goes both ways ("raised their price target, saying the data reduced the risk"): what the claim's
    // word moves ("cut its price target") is moved the other way where the passage names it.
    private static bool GoesOtherWay(IEnumerable<Word> claim, IEnumerable<Word> passage, FrozenSet<string> said, FrozenSet<string> opposite)
    {
        var claimWords = claim.Where(w => w.IsLetters).ToList();
        var passageWords = passage.Where(w => w.IsLetters).ToList();
        var at = claimWords.FindIndex(w => said.Contains(w.Stem));
        var moved = claimWords.Skip(at + 1).Take(3).FirstOrDefault(w => !Stopwords.Is(w.Folded));
        if (at < 0 || moved is null)
        {
            return false;
        }

        var before = passageWords.Select((w, i) => (w, i)).Where(p => Stemmer.SameStem(p.w.Stem, moved.Stem))
            .SelectMany(p => passageWords.Skip(Math.Max(0, p.i - 3)).Take(Math.Min(p.i, 3))).ToList();
        return before.Exists(w => opposite.Contains(w.Stem)) && !before.Exists(w => said.Contains(w.Stem));
    }

    // The stems of the words, and the stem of each event class a phrase says ("lost their lives" says "die").
    private static HashSet<string> StemsAndSenses(IEnumerable<Word> words)
    {
        var letters = words.Where(w => w.IsLetters).ToList();
        var stems = letters.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        stems.UnionWith(Paraphrases.SensesOf(letters).Where(s => s is "die" or "injure" or "rise" or "raise" or "fall" or "reduce" or "disconnect").Select(Stemmer.Stem));
        return stems;
    }

    private static FrozenSet<string> Stems(params string[] words) =>
        words.Select(w => Stemmer.Stem(w)).ToFrozenSet(StringComparer.Ordinal);
}
