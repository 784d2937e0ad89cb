using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Chunking;

public class ChunkerTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string LongArticle =
        File.ReadAllText(RepoPaths.Fixture("long", "valbridge-flood-barrier.txt"));

    [Fact]
    public void Short_text_is_one_chunk_with_its_offsets()
    {
        const string text = "  The council voted. The barrier will be built.  ";
        var chunks = Chunkers.Create().Chunk(3, text);

        var chunk = Assert.Single(chunks);
        Assert.Equal(new Chunk(3, 0, "The council voted. The barrier will be built.", 2, 47, chunk.Tokens), chunk);
        Assert.Equal(TokenCounters.Estimating.Count(chunk.Text), chunk.Tokens);
    }

    [Fact]
    public void Empty_text_has_no_chunks() =>
        Assert.Empty(Chunkers.Create().Chunk(1, " \n\n "));

    [Fact]
    public void Long_article_needs_several_chunks_at_a_small_budget()
    {
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 200 }).Chunk(1, LongArticle);

        Assert.InRange(chunks.Count, 10, 20);
        Assert.All(chunks, c => Assert.InRange(c.Tokens, 1, 200));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
    }

    [Fact]
    public void Long_article_needs_more_than_one_chunk_at_the_default_budget() =>
        Assert.Equal(2, Chunkers.Create().Chunk(1, LongArticle).Count);

    [Fact]
    public void Each_chunk_starts_with_the_last_sentence_of_the_previous_one_when_it_fits()
    {
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 120, OverlapSentences = 1 }).Chunk(1, LongArticle);

        Assert.True(chunks.Count > 3);
        var overlapping = 0;
        foreach (var (previous, next) in chunks.Zip(chunks.Skip(1)))
        {
            var lastSentence = SentenceSplitter.Instance.Split(previous.Text)[^1].Text;
            if (next.Text.StartsWith(lastSentence, StringComparison.Ordinal))
            {
                overlapping++;
            }
            else
            {
                // The overlap is dropped only when it would leave no room for the next sentence.
                Assert.True(next.Start >= previous.End, $"chunk {next.Index} neither overlaps nor follows");
            }

            Assert.True(next.End > previous.End, "each chunk must move forward");
        }

        Assert.True(overlapping >= chunks.Count / 2, $"only {overlapping} of {chunks.Count - 1} chunks overlap");
    }

    [Fact]
    public void No_overlap_means_chunks_do_not_share_text()
    {
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 120, OverlapSentences = 0 }).Chunk(1, LongArticle);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks.Zip(chunks.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }

    [Fact]
    public void Over_long_sentence_is_cut_at_clause_boundaries_not_truncated()
    {
        const string sentence =
            "The works, which need a cofferdam, two years of piling, a new road along the bank, and dredging, " +
            "could disturb the birds; three groups said so in a letter: the council has not replied.";
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 12, OverlapSentences = 0 }).Chunk(1, sentence);

        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.True(c.Tokens <= 12, $"{c.Tokens} tokens: {c.Text}"));
        Assert.EndsWith(",", chunks[0].Text, StringComparison.Ordinal);
        Assert.Equal(sentence, string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void A_word_longer_than_the_budget_is_cut_into_pieces_that_fit_and_lose_nothing()
    {
        var text = $"Short start here. {new string('x', 100)} tail.";
        var chunks = Chunkers.Create(new ChunkingOptions { MaxTokens = 10, OverlapSentences = 0 }).Chunk(1, text);

        Assert.All(chunks, c => Assert.InRange(c.Tokens, 1, 10));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(chunks.Select(c => c.Text.Replace(" ", string.Empty, StringComparison.Ordinal))));
    }

    // The real count, by a tokenizer of its own: the chunker's counter is what is being checked.
    private static readonly Microsoft.ML.Tokenizers.Tokenizer O200k = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForModel("gpt-4o");

    [Fact]
    public void Every_chunk_for_an_openai_model_fits_the_budget_by_the_real_o200k_count() =>
        Prop.ForAll(
            Gen.Elements("The mayor spoke.", "Costs rose 6%, officials said;", "It — the gate — rises.", "A", "Dr. Rault left.",
                    "https://example.org/a/very/long/path?with=query&and=more", "1234567890123456789012345678901234567890",
                    "Zürich’s façade—naïve café.", "東京都の防潮堤は完成した。", "🌊🌊🌊 flood 🌊", "\n\n", "verylongwordwithoutanyspacesthatexceedsthebudget")
                .ListOf().Select(parts => string.Join(' ', parts)).ToArbitrary(),
            Gen.Choose(8, 60).ToArbitrary(),
            Gen.Choose(0, 1).ToArbitrary(),
            (text, maxTokens, overlap) =>
            {
                var options = new ChunkingOptions { MaxTokens = maxTokens, OverlapSentences = overlap };
                var chunks = Chunkers.Create(options, TokenCounters.ForModel("gpt-4o-mini")).Chunk(1, text);
                var covered = new bool[text.Length];
                foreach (var c in chunks)
                {
                    Array.Fill(covered, true, c.Start, c.End - c.Start);
                }

                var fits = chunks.All(c => O200k.CountTokens(c.Text) <= maxTokens && c.Tokens == O200k.CountTokens(c.Text));
                var complete = text.Select((ch, i) => char.IsWhiteSpace(ch) || covered[i]).All(b => b);
                return fits && complete;
            }).Check(PropertyConfig.Default);

    [Theory]
    [InlineData(0, 1, "MaxTokens")]
    [InlineData(1500, -1, "OverlapSentences")]
    [InlineData(1500, 11, "OverlapSentences")]
    [InlineData(20, 5, "OverlapSentences")]
    public void Invalid_options_name_the_field(int maxTokens, int overlap, string field)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Chunkers.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapSentences = overlap }));

        Assert.Equal(field, error.ParamName);
        Assert.Contains($"ChunkingOptions.{field}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunks_fit_cover_the_text_in_order_and_are_exact_slices() =>
        Prop.ForAll(
            Gen.Elements("The mayor spoke.", "Costs rose 6%, officials said;", "Fishermen disagree:", "It — the gate — rises.",
                    "A", "verylongwordwithoutanyspacesthatexceedsthebudget", "\n\n", "  ", "Dr. Rault left.", "Why?")
                .ListOf().Select(parts => string.Join(' ', parts)).ToArbitrary(),
            Gen.Choose(12, 60).ToArbitrary(),
            Gen.Choose(0, 2).ToArbitrary(),
            (text, maxTokens, overlap) =>
            {
                var chunker = Chunkers.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapSentences = overlap });
                var chunks = chunker.Chunk(7, text);
                var covered = new bool[text.Length];
                foreach (var c in chunks)
                {
                    Array.Fill(covered, true, c.Start, c.End - c.Start);
                }

                var fits = chunks.All(c => c.Tokens <= maxTokens || !c.Text.Any(char.IsWhiteSpace));
                var exact = chunks.All(c => text[c.Start..c.End] == c.Text && c.SourceId == 7);
                var ordered = chunks.Zip(chunks.Skip(1)).All(p => p.First.Start < p.Second.Start && p.First.End < p.Second.End);
                var complete = text.Select((ch, i) => char.IsWhiteSpace(ch) || covered[i]).All(b => b);
                var deterministic = chunker.Chunk(7, text).SequenceEqual(chunks);
                return fits && exact && ordered && complete && deterministic;
            }).Check(PropertyConfig.Default);

    [Fact]
    public void Long_fixture_chunks_match_snapshot() =>
        Snapshot.Match(JsonLines(Chunkers.Create(new ChunkingOptions { MaxTokens = 200 }).Chunk(1, LongArticle)));

    // Seed articles must not be copied into the repository, so their snapshot keeps offsets, token
    // counts and a hash of each chunk's text instead of the text itself.
    [Fact]
    public void Seed_chunks_match_snapshot()
    {
        var chunker = Chunkers.Create(new ChunkingOptions { MaxTokens = 200 });
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(seeds);
        var output = new StringBuilder();
        for (var i = 0; i < seeds.Length; i++)
        {
            output.Append(JsonLines(chunker.Chunk(i + 1, File.ReadAllText(seeds[i])), withText: false));
        }

        Snapshot.Match(output.ToString());
    }

    private static string JsonLines(IEnumerable<Chunk> chunks, bool withText = true)
    {
        var output = new StringBuilder();
        foreach (var c in chunks)
        {
            object line = withText
                ? new { sourceId = c.SourceId, index = c.Index, start = c.Start, end = c.End, tokens = c.Tokens, text = c.Text }
                : new { sourceId = c.SourceId, index = c.Index, start = c.Start, end = c.End, tokens = c.Tokens, sha256 = Hash(c.Text) };
            output.Append(JsonSerializer.Serialize(line, JsonOptions)).Append('\n');
        }

        return output.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
