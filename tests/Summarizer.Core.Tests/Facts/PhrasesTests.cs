using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

public class PhrasesTests
{
    private static readonly string[] Lexicon = ["set off by", "set fire to", "set", "blamed on", "the result of", "the cause", "fire"];

    [Fact]
    public void Finds_at_each_token_the_first_phrase_of_the_list_that_starts_there()
    {
        var phrases = new Phrases(Lexicon);
        var sentences = new[]
        {
            "The alarm was set off by smoke, and the fire was blamed on a heater.",
            "Vandals set fire to the shed; the result of the blaze was a total loss.",
            "Investigators set the cause aside. Set aside, fire.",
            "",
        };
        var found = 0;
        foreach (var text in sentences)
        {
            var words = new Words(text);
            for (var i = -1; i <= words.Count; i++)
            {
                var expected = Lexicon.FirstOrDefault(p => words.At(i, p));
                Assert.Equal(expected, phrases.At(words, i));
                found += expected is null ? 0 : 1;
            }
        }

        Assert.True(found >= 8);
        Assert.Equal("set off by", phrases.At(new Words("It was set off by a spark"), 2)); // the longer phrase listed first wins, as in the list
        Assert.Equal("set", phrases.At(new Words("They set out"), 1));
    }

    [Fact]
    public void Lists_at_each_token_every_phrase_of_the_list_that_starts_there_in_the_list_order()
    {
        var phrases = new Phrases(Lexicon);
        var words = new Words("Vandals set fire to the shed and set off by night; nobody set anything else.");
        for (var i = -1; i <= words.Count; i++)
        {
            Assert.Equal(Lexicon.Where(p => words.At(i, p)), phrases.AllAt(words, i));
        }

        Assert.Equal(["set fire to", "set"], phrases.AllAt(words, 1));
        Assert.Empty(phrases.AllAt(words, 0));
    }
}
