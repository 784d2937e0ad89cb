namespace Summarizer.Facts;

/// <summary>A value read from a sentence: the tokens it covers and the characters (offsets into the sentence).</summary>
/// <param name="First">First token, qualifier included.</param>
/// <param name="Last">Last token, unit included; what is measured is looked for after it.</param>
/// <param name="Number">First token of the figure itself (after the qualifier).</param>
internal sealed record ValueSpan(FactValue Value, int First, int Last, int Start, int End, int Number);
