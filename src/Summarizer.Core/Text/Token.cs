namespace Summarizer.Text;

/// <summary>A token and where it sits in the text it was read from: <c>text[Start..End]</c> is what was read.</summary>
/// <param name="Text">The token as <see cref="TokenizerOptions"/> asked for it: as written, or lowercased.</param>
internal readonly record struct Token(string Text, int Start, int End);
