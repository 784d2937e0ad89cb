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

    [Theory]
    [InlineData("Apple Inc. Shares rose 3% on Monday.", "Apple Inc.|Shares rose 3% on Monday.")]
    [InlineData("The deal was agreed with Acme Corp. The market fell.", "The deal was agreed with Acme Corp.|The market fell.")]
    [InlineData("The king met Hun Sen. The talks failed.", "The king met Hun Sen.|The talks failed.")]
    [InlineData("Hun Sen's party won. Critics rallied against Hun Sen. Opposition leaders fled.", "Hun Sen's party won.|Critics rallied against Hun Sen.|Opposition leaders fled.")]
    [InlineData("Democratic Sen. John Kerry spoke. He left.", "Democratic Sen. John Kerry spoke.|He left.")]
    [InlineData("The firm is based in Redmond, Wash. Printouts were shown.", "The firm is based in Redmond, Wash.|Printouts were shown.")]
    [InlineData("Indonesian President B.J. Habibie arrived. Talks began.", "Indonesian President B.J. Habibie arrived.|Talks began.")]
    [InlineData("Former President F.W. de Klerk objected.", "Former President F.W. de Klerk objected.")]
    [InlineData("It was his party's No. 2 post. Reps. David Price and Julia Carson won.", "It was his party's No. 2 post.|Reps. David Price and Julia Carson won.")]
    [InlineData("The talks ended shortly after 3 p.m. There was some venting.", "The talks ended shortly after 3 p.m.|There was some venting.")]
    [InlineData("The vote is at 9 a.m. Monday in Washington.", "The vote is at 9 a.m. Monday in Washington.")]
    [InlineData("He thanked Ms. He for her work.", "He thanked Ms. He for her work.")]
    [InlineData("Leaders come and go. ... They even get sacked.", "Leaders come and go.|... They even get sacked.")]
    [InlineData("America Online Inc. Tuesday laid out its plan.", "America Online Inc. Tuesday laid out its plan.")]
    [InlineData("The temptation, said L. Ari Fleischer, is great.", "The temptation, said L. Ari Fleischer, is great.")]
    [InlineData("Is it the president? '' Miller said. We're competing. '' Microsoft disagrees.", "Is it the president? '' Miller said.|We're competing. ''|Microsoft disagrees.")]
    public void Keeps_newswire_abbreviations_initials_and_names_apart_from_sentence_ends(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("\"We will fight!\" Zelensky said at the summit.")]
    [InlineData("\"It is over,\" she said.")]
    [InlineData("He said: \"We will rebuild.\"")]
    [InlineData("“We will fight!” Ukrainian President Volodymyr Zelensky told reporters on Monday.")]
    [InlineData("\"What have they done?\" the senator asked in Cleveland.")]
    [InlineData("\"We will fight. We will win,\" Zelensky said.")]
    [InlineData("Zelensky said: \"We will fight. We will win.\"")]
    [InlineData("\"We are ready.\" The minister said.")]
    [InlineData("\"We will fight!\" Zelensky told The Associated Press on Monday.")]
    [InlineData("They ask: Where is the president? '' Miller said.")]
    public void Keeps_a_quote_and_its_speaker_in_one_sentence(string text) =>
        Assert.Equal([text], Split(text));

    [Theory]
    [InlineData("\"We are ready.\" The minister left.", "\"We are ready.\"|The minister left.")]
    [InlineData("\"We will fight!\" He said the army was ready.", "\"We will fight!\"|He said the army was ready.")]
    [InlineData("\"I am done.\" Smith said he would resign.", "\"I am done.\"|Smith said he would resign.")]
    [InlineData("\"Stop.\" Officials who asked not to be named said so.", "\"Stop.\"|Officials who asked not to be named said so.")]
    [InlineData("He said: \"We will rebuild.\" The army left.", "He said: \"We will rebuild.\"|The army left.")]
    [InlineData("\"We are ready. The time is now.\" The minister left.", "\"We are ready.|The time is now.\"|The minister left.")]
    public void Splits_after_a_quote_that_no_speaker_follows(string text, string expected) =>
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
        Prop.ForAll<string>(text => CoversInOrder(text ?? string.Empty)).Check(PropertyConfig.Default);

    [Fact]
    public void Never_loses_or_reorders_text_made_of_sentence_pieces() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), CoversInOrder)
            .Check(PropertyConfig.Default);

    // Pieces that exercise every rule: marks, closers, abbreviations, initials, quotes, lists, ellipses, lines.
    private static readonly string[] Pieces =
    [
        "The", " ", "  ", "said", "Zelensky", "Mr.", "Sen.", "Hun", "U.S.", "a.m.", "Inc.", "E.", "I.", "No.", "p.", "5",
        "3.5", ".", "!", "?", "...", ". . .", "…", "\"", "“", "”", "'", "’", "(", ")", "[...]", ",", ":", "\n", "\r\n",
        "1.", "2.", "1)", "2)", "a.", "b.", "•", "⁃", "-", "@", "https://x.org/a.html", "$", "he", "\t",
    ];

    private static bool CoversInOrder(string text)
    {
        var segments = SentenceSplitter.Instance.Split(text);
        var joined = string.Concat(segments.Select(s => s.Text)).Where(c => !char.IsWhiteSpace(c));
        var original = text.Where(c => !char.IsWhiteSpace(c));
        var ordered = segments.Zip(segments.Skip(1)).All(p => p.First.End <= p.Second.Start);
        var offsets = segments.All(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End && text[s.Start..s.End] == s.Text);
        var trimmed = segments.All(s => !char.IsWhiteSpace(s.Text[0]) && !char.IsWhiteSpace(s.Text[^1]));
        return joined.SequenceEqual(original) && ordered && offsets && trimmed;
    }
}
