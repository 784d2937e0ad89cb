using Microsoft.ML.Tokenizers;

namespace Summarizer.Chunking;

/// <summary>Counts tokens exactly with a BPE vocabulary (Microsoft.ML.Tokenizers), offline.</summary>
internal sealed class TiktokenTokenCounter(Tokenizer tokenizer) : ITokenCounter
{
    public int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tokenizer.CountTokens(text);
    }
}
