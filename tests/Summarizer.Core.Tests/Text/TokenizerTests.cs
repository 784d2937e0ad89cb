using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Plain = new(new TokenizerOptions());

    [Fact]
    public void Terms_are_lowercase_runs_of_letters_and_digits() =>
        Assert.Equal(["hun", "sen", "s", "u", "s", "led", "3", "5", "café"], Tokenizer.Terms.Words("Hun Sen's U.S.-led 3.5% café"));

    [Fact]
    public void Rouge_mode_treats_accented_letters_as_separators() =>
        Assert.Equal(["caf", "au", "lait", "don", "t"], Tokenizer.Rouge.Words("Café au-lait, don't"));

    [Theory]
    [InlineData("3.5", "3.5")]
    [InlineData("30,000", "30,000")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("don't", "don't")]
    [InlineData("don’t", "don’t")]
    [InlineData("post-war", "post-war")]
    [InlineData("Sen's", "Sen's")]
    public void Fact_mode_keeps_figures_acronyms_and_joined_words_whole_as_written(string text, string token) =>
        Assert.Equal([token], Tokenizer.Facts.Words(text));

    [Fact]
    public void Fact_mode_splits_where_the_joiners_do_not_join()
    {
        // A comma between words, a final dot of a sentence, a hyphen before a space and a lone apostrophe all separate.
        Assert.Equal(["Hun", "Sen's", "party", "won", "30,000", "votes", "in", "U.S.", "terms", "3.5", "times", "more"],
            Tokenizer.Facts.Words("Hun Sen's party won 30,000 votes, in U.S. terms 3.5 times more."));
        Assert.Equal(["1,2", "a", "b", "pre", "the", "players"], Tokenizer.Facts.Words("1,2 a, b pre- the players'"));
    }

    [Fact]
    public void Plain_mode_keeps_case_and_splits_compounds() =>
        Assert.Equal(["Hun", "Sen", "s", "U", "S", "3", "5"], Plain.Words("Hun Sen's U.S. 3.5"));

    [Fact]
    public void Tokens_carry_offsets_into_the_text()
    {
        const string text = "  Talks, resumed in the U.S. at 3.5%.";
        Assert.Equal(
            [new Token("talks", 2, 7), new Token("resumed", 9, 16), new Token("in", 17, 19), new Token("the", 20, 23),
             new Token("u", 24, 25), new Token("s", 26, 27), new Token("at", 29, 31), new Token("3", 32, 33), new Token("5", 34, 35)],
            Tokenizer.Terms.Tokenize(text));
        Assert.Equal(
            [new Token("Talks", 2, 7), new Token("resumed", 9, 16), new Token("in", 17, 19), new Token("the", 20, 23),
             new Token("U.S.", 24, 28), new Token("at", 29, 31), new Token("3.5", 32, 35)],
            Tokenizer.Facts.Tokenize(text));
    }

    [Fact]
    public void Next_finds_tokens_without_allocating_and_agrees_with_tokenize()
    {
        const string text = "The U.S.-led talks, on 30,000 jobs.";
        var found = new List<string>();
        var position = 0;
        while (Tokenizer.Facts.Next(text, position, out var start, out var length))
        {
            found.Add(text.Substring(start, length));
            position = start + length;
        }

        Assert.Equal(["The", "U.S.", "led", "talks", "on", "30,000", "jobs"], found);
        Assert.Equal(found, Tokenizer.Facts.Words(text));
    }

    [Fact]
    public void Long_words_are_kept_whole()
    {
        var word = new string('x', 100);
        Assert.Equal([word], Tokenizer.Terms.Words(word.ToUpperInvariant()));
    }

    // Text drawn from the characters the modes treat differently, so joiners, acronyms and figures come up often.
    private static readonly Arbitrary<string> TrickyText =
        Gen.Elements("aZé9.,'’- ".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();

    [Theory]
    [InlineData(nameof(TokenizerMode.LettersAndDigits), false)]
    [InlineData(nameof(TokenizerMode.LettersAndDigits), true)]
    [InlineData(nameof(TokenizerMode.Ascii), false)]
    [InlineData(nameof(TokenizerMode.Ascii), true)]
    [InlineData(nameof(TokenizerMode.Compound), false)]
    [InlineData(nameof(TokenizerMode.Compound), true)]
    public void Every_tokens_offsets_slice_back_to_its_text(string mode, bool lowercase)
    {
        var tokenizer = new Tokenizer(new TokenizerOptions { Mode = Enum.Parse<TokenizerMode>(mode), Lowercase = lowercase });
        Check.One(PropertyConfig.Default, Prop.ForAll(TrickyText, text =>
        {
            var tokens = tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var t in tokens)
            {
                var slice = text[t.Start..t.End];
                if (t.Text != (lowercase ? slice.ToLowerInvariant() : slice) || t.Start < previousEnd || t.Start == t.End)
                {
                    return false;
                }

                previousEnd = t.End;
            }

            return true;
        }));
    }
}
