using Microsoft.ML.Tokenizers;

namespace Summarizer.Chunking;

/// <summary>
/// The token counters, and which one a model gets: OpenAI-family models are counted exactly with their o200k_base
/// vocabulary (Microsoft.ML.Tokenizers, offline); every other model gets the cautious estimate.
/// </summary>
public static class TokenCounters
{
    // Models whose tokenizer is o200k_base, by name prefix (OpenAI's GPT-4o, 4.1, 4.5, 5, o-series and gpt-oss
    // families). GPT-4 and GPT-3.5 use cl100k_base, whose vocabulary is not shipped, so they get the estimate.
    private static readonly string[] O200kPrefixes = ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "gpt-oss"];

    // Loading the vocabulary takes a moment and the tokenizer is immutable and thread-safe: one per process.
    private static readonly Lazy<ITokenCounter> O200k = new(() => new TiktokenTokenCounter(TiktokenTokenizer.CreateForModel("gpt-4o")));

    /// <summary>max(non-space chars / 4, words × 4/3), rounded up: a deliberately cautious estimate.</summary>
    public static ITokenCounter Estimating => EstimatingTokenCounter.Instance;

    /// <summary>The exact count of OpenAI's o200k_base vocabulary (GPT-4o and later).</summary>
    public static ITokenCounter O200kBase => O200k.Value;

    /// <summary>
    /// The counter for <paramref name="model"/>: <see cref="O200kBase"/> when the name, after any provider prefix
    /// ("openai/gpt-4o"), is gpt-4o, chatgpt-4o, gpt-4.1, gpt-4.5, gpt-5, o1, o3, o4 or gpt-oss (any case), alone or
    /// followed by a non-alphanumeric character (gpt-4o-mini, gpt-5.1, gpt-oss:20b); otherwise, and without a model,
    /// <see cref="Estimating"/>.
    /// </summary>
    public static ITokenCounter ForModel(string? model) => UsesO200k(model) ? O200kBase : Estimating;

    internal static bool UsesO200k(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return false;
        }

        var name = model.Trim();
        name = name[(name.LastIndexOf('/') + 1)..];
        return O200kPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (name.Length == prefix.Length || !char.IsAsciiLetterOrDigit(name[prefix.Length])));
    }
}
