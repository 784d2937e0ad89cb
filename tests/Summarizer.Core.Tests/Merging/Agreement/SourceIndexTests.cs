using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class SourceIndexTests
{
    private static SourceIndex Index(string text) =>
        SourceIndex.Build(new CleanedArticle(1, "a.txt", null, ArticleMetadata.Empty, text, text.Split(' ').Length, CleaningReport.Empty));

    [Fact]
    public void Holds_links_only_when_one_sentence_has_both_words_of_enough_of_them()
    {
        var index = Index("Engineers inspected the damaged viaduct on Tuesday. The viaduct carries freight trains. "
            + "Inspectors said the freight line would stay shut.");
        var (inspected, damaged, viaduct, freight, trains, shut) = (S("inspected"), S("damaged"), S("viaduct"), S("freight"), S("trains"), S("shut"));

        Assert.True(index.HoldsLinks([(inspected, viaduct), (damaged, viaduct)], 2));
        // Each link is held, but by different sentences: no one sentence holds two.
        Assert.False(index.HoldsLinks([(inspected, viaduct), (freight, trains)], 2));
        Assert.True(index.HoldsLinks([(trains, freight)], 1)); // in either order
        Assert.False(index.HoldsLinks([(trains, shut)], 1)); // both words in the source, never in one sentence
        Assert.False(index.HoldsLinks([(inspected, viaduct), (damaged, viaduct)], 3)); // more than there are links
    }

    [Fact]
    public void Holds_links_agrees_with_testing_every_sentence()
    {
        var index = Index("Crews cleared the blocked road by noon. Residents returned to their homes along the road. "
            + "The council thanked the crews and the residents. Homes along the river stayed empty overnight. "
            + "Council crews will inspect the river bank next week.");
        var vocabulary = index.Sentences.SelectMany(s => s.Content).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var pairs = vocabulary.SelectMany(a => vocabulary.Where(b => b != a).Select(b => (a, b))).ToList();
        var checkedSets = 0;
        // Deterministic sweep: sets of up to four links taken at fixed strides through every pair of the source's words.
        for (var stride = 1; stride < 40; stride += 3)
        {
            for (var size = 1; size <= 4; size++)
            {
                var links = Enumerable.Range(0, size).Select(k => pairs[(stride * (k + 1) * 7) % pairs.Count]).ToList();
                for (var needed = 1; needed <= size + 1; needed++)
                {
                    var expected = index.Sentences.Exists(s => ClauseLinks.Held(links, s.Content) >= needed);
                    Assert.Equal(expected, index.HoldsLinks(links, needed));
                    checkedSets++;
                }
            }
        }

        // And the links a clause of the source reads, which hold in their own sentence.
        var own = ClauseLinks.Of(index.Sentences[1].Tokens, opensSentence: true);
        Assert.True(own.Count >= 2);
        Assert.True(index.HoldsLinks(own, own.Count));
        Assert.True(checkedSets > 100);
    }

    [Fact]
    public void A_clause_s_content_words_are_read_once_and_are_those_of_its_text()
    {
        var index = Index("The ferry operator, which runs six crossings a day, cancelled the evening sailings.");
        var sentence = index.Sentences[0];
        var words = new SentenceWords(sentence.Segment, sentence.Content, sentence.Tokens, new OtherSources([]));
        var clause = new Summarizer.Chunking.TextSegment("which runs six crossings a day,", 20, 51);

        var first = words.ContentOf(clause);
        Assert.Equal(Summarizer.Text.ContentWords.Of(clause.Text).Order(StringComparer.Ordinal), first.Order(StringComparer.Ordinal));
        Assert.Same(first, words.ContentOf(clause));
    }

    private static string S(string word) => Summarizer.Text.Stemmer.Inflections.Stem(word);

    [Fact]
    public void Each_sentence_s_words_are_those_its_own_text_is_cut_into() =>
        Prop.ForAll(
            Gen.Elements("The U.S. embassy said", " about 30,000 people", " left.", " It was post-war", "\n\n", " Mayor Ana Ruiz’s plan", "(AP) -", " \"We will rebuild,\" she said.", " 3.5m", " Then", " Café owners", ".")
                .ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            Gen.Elements<string?>(null, "Storm hits coast", "U.S. aid: $3.5m").ToArbitrary(),
            (text, title) =>
            {
                var index = SourceIndex.Build(new CleanedArticle(1, "a.txt", title, ArticleMetadata.Empty, text, 0, CleaningReport.Empty));
                return index.Sentences.All(s =>
                {
                    var words = new Words(s.Segment.Text);
                    return s.Tokens.SequenceEqual(words.Tokens) && s.Words.Lower.SequenceEqual(words.Lower)
                        && s.Content.SequenceEqual(ContentWords.Of(words.Tokens));
                });
            }).Check(PropertyConfig.Default);

    [Fact]
    public void A_clause_s_words_read_from_the_index_are_those_of_its_own_text() =>
        Prop.ForAll(
            Gen.Elements("The U.S. embassy said", " about 30,000 people,", " left.", " It was post-war", "\n", " Mayor Ana Ruiz’s plan", " - ", " but", " while Café owners", ";", " 3.5m", ".", ", ")
                .ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            text =>
            {
                var index = Index(text);
                return index.Sentences.All(s =>
                {
                    var words = SentenceWords.Of(s, new OtherSources([]));
                    return Clauses.Of(s.Segment).All(c =>
                        words.ContentOf(c).SequenceEqual(ContentWords.Of(c.Text))
                        && SentenceWords.Of(s, c, new OtherSources([])).Content.SequenceEqual(ContentWords.Of(c.Text)));
                });
            }).Check(PropertyConfig.Default);
}
