using System.Text.RegularExpressions;

namespace Summarizer.Extractive;

/// <summary>
/// How news words one happening in several verbs: "ransomware shut down the systems" and "the attack knocked out
/// systems" say one thing, as do "was killed" and "lost his life". Each class is read as one word of its own, so two
/// sentences about the same names or figures meet on what happened, not only on whom it happened to. A general
/// lexicon of reporting usage, not of any story: a verb outside it keeps its own stem.
/// </summary>
internal static partial class VerbClasses
{
    /// <summary>The classes the verbs of <paramref name="text"/> belong to, each with the span of the words it read.</summary>
    public static IEnumerable<(string Class, int Start, int Length)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Lexicon().Matches(text))
        {
            var group = m.Groups.Cast<Group>().Skip(1).First(g => g.Success);
            yield return ("class:" + group.Name, m.Index, m.Length);
        }
    }

    // Put out of use; lose life; be hurt; leave office; be held by police. Inflections spelled out: the stemmer would
    // read "took" and "taken" apart.
    [GeneratedRegex(
        @"\b(?:(?<outofuse>shut(?:s|ting)?\s+down|knock(?:ed|s|ing)?\s+out|(?:took|taken?|takes|taking)\s+(?:down|offline)|(?:brought|brings?|bringing)\s+down|crippl(?:ed|es|e|ing)|paraly[sz](?:ed|es|e|ing)|(?:put|puts|putting)\s+out\s+of\s+action)"
        + @"|(?<death>killed|died|dies|perish(?:ed|es)?|lost\s+(?:their|his|her)\s+lives?)"
        + @"|(?<hurt>injured|wounded|hurt)"
        + @"|(?<leftoffice>resign(?:ed|s|ing)?|step(?:ped|s|ping)?\s+down|quit(?:s|ting)?)"
        + @"|(?<held>arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|taken\s+into\s+custody))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Lexicon();
}
