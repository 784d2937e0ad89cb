using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class TokenSlicesTests
{
    // Pieces that put the tokenizer's joiners (dots, commas between digits, apostrophes, hyphens) next to each cut.
    private static readonly Gen<string> Texts = Gen.Elements("U.S.", "30,000", "don't", "post-war", "3.5", "end.", "Then", ",", " ", "  ", "\n", "—", "’s", "é", "x", "Mayor", "(AP)", "-")
        .ArrayOf().Select(parts => string.Concat(parts));

    [Fact]
    public void A_clean_cut_gives_the_tokens_the_stretch_is_cut_into_anew() =>
        Prop.ForAll(
            Texts.SelectMany(text => Gen.Choose(0, text.Length).SelectMany(a => Gen.Choose(0, text.Length).Select(b => (text, Math.Min(a, b), Math.Max(a, b))))).ToArbitrary(),
            ((string Text, int From, int To) c) =>
            {
                if (!TokenSlices.CutsCleanly(c.Text, c.From, c.To))
                {
                    return true;
                }

                var whole = Tokenizer.Facts.Tokenize(c.Text);
                var (first, end) = TokenSlices.Within(whole, c.From, c.To);
                var sliced = whole.Skip(first).Take(end - first).Select(t => new Token(t.Text, t.Start - c.From, t.End - c.From));
                return sliced.SequenceEqual(Tokenizer.Facts.Tokenize(c.Text[c.From..c.To]));
            }).Check(PropertyConfig.Default);

    [Theory]
    [InlineData("about 30,000 people", 9, false)] // after the comma of a figure: inside its token
    [InlineData("the U.S. said", 7, false)] // before an acronym's final dot
    [InlineData("rain, then wind", 5, true)] // after a clause's comma: beside the space
    [InlineData("rain, then wind", 0, true)]
    public void A_cut_is_clean_only_beside_whitespace_or_an_edge(string text, int at, bool clean) =>
        Assert.Equal(clean, TokenSlices.CutsCleanly(text, at, text.Length));
}
