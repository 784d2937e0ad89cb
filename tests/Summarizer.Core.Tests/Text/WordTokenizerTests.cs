using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class WordTokenizerTests
{
    [Fact]
    public void Lowercases_and_splits_on_everything_but_letters_and_digits() =>
        Assert.Equal(["hun", "sen", "s", "u", "s", "led", "3", "5", "café"], WordTokenizer.Words("Hun Sen's U.S.-led 3.5% café"));

    [Fact]
    public void Ascii_mode_treats_accented_letters_as_separators_like_rouge() =>
        Assert.Equal(["caf", "au", "lait"], WordTokenizer.Words("Café au-lait", asciiOnly: true));

    [Fact]
    public void Tokens_carry_offsets_into_the_text()
    {
        const string text = "  Talks, resumed.";
        var tokens = WordTokenizer.Tokenize(text);
        Assert.Equal([new WordToken("talks", 2, 7), new WordToken("resumed", 9, 16)], tokens);
        Assert.All(tokens, t => Assert.Equal(t.Value, text[t.Start..t.End].ToLowerInvariant()));
    }

    [Fact]
    public void Long_words_beyond_the_stack_buffer_are_kept_whole()
    {
        var word = new string('x', 100);
        Assert.Equal([word], WordTokenizer.Words(word.ToUpperInvariant()));
    }

    [Fact]
    public void Stopwords_cover_function_words_but_not_topic_words()
    {
        Assert.True(Stopwords.IsStopword("the"));
        Assert.True(Stopwords.IsStopword("said"));
        Assert.False(Stopwords.IsStopword("government"));
        Assert.False(Stopwords.IsStopword("The")); // tokens are lowercase; lookups are ordinal
    }
}
