using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The one reader of "this sentence refers back": a sentence that opens, outside any quote, with a personal,
/// possessive or demonstrative pronoun ("It will cost ...", "Her party ...", "These include ...") means someone or
/// something the sentence before it named. Reported speech (a continued quote) and "reported by one source" (a
/// sentence listed with the one it continues) ask the same question of it.
/// </summary>
internal static class Anaphora
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "these", "those", "that", "both", "who"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (any case) is a pronoun that stands for someone or something named elsewhere.</summary>
    public static bool IsPronoun(string word) => Pronouns.Contains(Folding.Fold(word));

    /// <summary>True when <paramref name="sentence"/> opens with a pronoun outside any quote: it refers back.</summary>
    public static bool OpensWithPronoun(string sentence) => OpensWithPronoun(sentence, Tokenizer.Facts.Tokenize(sentence));

    /// <summary>As <see cref="OpensWithPronoun(string)"/>, with the sentence's tokens already cut.</summary>
    public static bool OpensWithPronoun(string sentence, IReadOnlyList<Token> tokens) =>
        tokens.Count > 0 && IsPronoun(tokens[0].Text)
        && !QuotedSpans.Find(sentence).Any(s => s.Start <= tokens[0].Start && tokens[0].Start < s.End);
}
