using FsCheck;
using FsCheck.Fluent;
using Summarizer.Chunking;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Chunking;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Instance.Split(text).Select(s => s.Text)];

    [Theory]
    [InlineData("The U.S. delegation arrived. It was late.", "The U.S. delegation arrived.|It was late.")]
    [InlineData("Dr. Smith spoke first. Then Mr. Jones replied.", "Dr. Smith spoke first.|Then Mr. Jones replied.")]
    [InlineData("He lives at No. 10 Downing Street. Visitors queue.", "He lives at No. 10 Downing Street.|Visitors queue.")]
    [InlineData("Inflation was 3.5 percent. Prices rose.", "Inflation was 3.5 percent.|Prices rose.")]
    [InlineData("\"We are ready.\" The minister left.", "\"We are ready.\"|The minister left.")]
    [InlineData("“Stop!” he shouted. Nobody did.", "“Stop!” he shouted.|Nobody did.")]
    [InlineData("Talks moved to the U.S. The next round is in May.", "Talks moved to the U.S.|The next round is in May.")]
    [InlineData("President John F. Kennedy spoke. Crowds cheered.", "President John F. Kennedy spoke.|Crowds cheered.")]
    [InlineData("Is it over? Not yet! Wait…", "Is it over?|Not yet!|Wait…")]
    [InlineData("Key Developments\nTroops moved. Talks stalled.", "Key Developments|Troops moved.|Talks stalled.")]
    [InlineData("Visit example.com for details. Done.", "Visit example.com for details.|Done.")]
    [InlineData("Shares of Acme Inc. rose 4%. Analysts were surprised.", "Shares of Acme Inc. rose 4%.|Analysts were surprised.")]
    public void Splits_news_prose_into_sentences(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void Segments_carry_offsets_into_the_original_text()
    {
        const string text = "  First one.  Second one?\n\nThird. ";
        var segments = SentenceSplitter.Instance.Split(text);

        Assert.Equal(["First one.", "Second one?", "Third."], segments.Select(s => s.Text));
        Assert.All(segments, segment => Assert.Equal(segment.Text, text[segment.Start..segment.End]));
    }

    [Fact]
    public void Never_loses_non_space_characters_and_segments_are_ordered() =>
        Prop.ForAll<string>(text =>
        {
            text ??= string.Empty;
            var segments = SentenceSplitter.Instance.Split(text);
            var joined = string.Concat(segments.Select(s => s.Text)).Where(c => !char.IsWhiteSpace(c));
            var original = text.Where(c => !char.IsWhiteSpace(c));
            var ordered = segments.Zip(segments.Skip(1)).All(p => p.First.End <= p.Second.Start);
            return joined.SequenceEqual(original) && ordered && segments.All(s => s.Text.Length > 0);
        }).Check(PropertyConfig.Default);
}
