using System.Text.RegularExpressions;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Chat;

/// <summary>What a plain-prose reply is held to: its word budget and the text it was asked to summarize.</summary>
/// <param name="MaxWords">The budget the prompt asked for.</param>
/// <param name="Material">The text the model was given to summarize (article, chunk, part or source summaries).</param>
internal sealed record ProseRule(int MaxWords, string Material);

/// <summary>
/// Decides whether a reply from a model that ignored JSON mode (after the repair request) can still stand
/// as a summary: prose of a summary's length that is about the text it was given. Anything else (empty,
/// JSON fragments, a few words, far over budget, not words, an error message or a refusal) is not.
/// </summary>
internal static partial class ProseReply
{
    /// <summary>Fewest words that can say something (or the whole budget when that is smaller).</summary>
    public const int MinWords = 5;

    /// <summary>A reply longer than this many times its budget is a copy or a ramble, not the summary asked for.</summary>
    public const int MaxBudgetMultiple = 3;

    /// <summary>
    /// Share of the reply's distinct content words that must occur in the material. A summary reuses the
    /// article's words; a refusal, an apology or a provider's error message shares almost none of them.
    /// </summary>
    public const double MinMaterialShare = 0.5;

    public static Checked<string> Check(string reply, ProseRule rule)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(rule);
        var text = Normalize(reply);
        if (text.Length == 0)
        {
            return Checked<string>.Fail("it is empty");
        }

        if (JsonLike().IsMatch(text))
        {
            return Checked<string>.Fail("it holds JSON fragments or code");
        }

        var words = WordCount.Of(text);
        var fewest = Math.Min(MinWords, rule.MaxWords);
        if (words < fewest)
        {
            return Checked<string>.Fail($"it has {words} word(s), fewer than {fewest}");
        }

        if (words > rule.MaxWords * MaxBudgetMultiple)
        {
            return Checked<string>.Fail($"it has {words} words, more than {MaxBudgetMultiple} times the budget of {rule.MaxWords}");
        }

        if (text.Count(char.IsLetter) * 2 < text.Count(c => !char.IsWhiteSpace(c)))
        {
            return Checked<string>.Fail("it is mostly not words");
        }

        var own = ContentWords(text);
        var share = own.Count == 0 ? 0 : own.Count(ContentWords(rule.Material).Contains) / (double)own.Count;
        return share >= MinMaterialShare
            ? Checked<string>.Ok(text)
            : Checked<string>.Fail($"only {share:P0} of its content words occur in the text it was given (an error message or a refusal?)");
    }

    // One paragraph of prose: a lead-in line ("Here is the summary:") dropped, line breaks and runs of spaces collapsed.
    private static string Normalize(string reply)
    {
        var lines = reply.Trim().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var body = lines.Length > 1 && lines[0].EndsWith(':') ? lines[1..] : lines;
        return Whitespace().Replace(string.Join(' ', body), " ").Trim();
    }

    private static HashSet<string> ContentWords(string text) =>
        [.. Tokenizer.Terms.Words(text)
            .Where(w => w.Length >= 3 && w.Any(char.IsLetter) && !Stopwords.IsStopword(w))
            .Select(Stemmer.Porter.Stem)];

    // Braces, a quoted key followed by a colon, or a code fence: the model tried to write JSON (or code) and failed.
    [GeneratedRegex("[{}]|\"[^\"\\n]{1,60}\"\\s*:|```")]
    private static partial Regex JsonLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
