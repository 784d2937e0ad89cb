using FsCheck;
using FsCheck.Fluent;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Safety properties over arbitrary and noise-shaped inputs.</summary>
public sealed class PropertyTests
{
    private static readonly IArticleCleaner Cleaner = CleaningTestData.Cleaner;

    private static readonly string[] TextPieces =
    [
        "The mayor said.", "Storm Hits Coast", "\n", "\n\n", "  ", "\t", "> ", "• ", "- ", "* ", "·", "Advertisement",
        "Read more", "Leave a Reply", "Comments", "NEWS DESK", "ukraine", ":contentReference[oaicite:1]{index=1}", "[2]",
        "â€™", "Ã©", "&amp;", "&nbsp;", "\u00AD", "\u200B", "\u00A0", "exam-", "ple", "Author", "I'm Ann, a journalist.",
        "For more on this, visit us.", "Photo: AP", "(Getty Images)", "word", "Word", ",", ".", "?", "ü", "\r\n", "【1†source】",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<div class=\"content\">", "<div class=\"comments\">", "</div>", "<article>", "</article>", "<br>",
        "<script>var a = '<p>';</script>", "<!-- note -->", "<h1>", "</h1>", "<a href=\"/x\">", "</a>", "<ul><li>", "</li></ul>",
        "Some sentence with words, commas, and more.", "&amp;", "&#8217;", "<table><tr><td>", "</td></tr></table>",
        "<nav>", "</nav>", "<meta property=\"og:title\" content=\"T\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
        "}</script>", "<", ">", "\"", "<p class=\"x", "<!DOCTYPE html>", "<html lang=\"en\">", "<body>", "</body>", "<div itemprop=\"articleBody\">",
    ];

    private static Arbitrary<string> NoisyText() =>
        Gen.Elements(TextPieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static Arbitrary<string> HtmlIsh() =>
        Gen.Elements(HtmlPieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    // Counterexamples a random run finds (SUMMARIZER_PROPERTY_RANDOM=1) are pinned below.
    private static Config Config => PropertyConfig.Default;

    [Fact]
    public void Cleaning_arbitrary_strings_never_throws_and_is_idempotent()
    {
        Check.One(Config, Prop.ForAll(ArbMap.Default.ArbFor<string>(), input => IsIdempotent(input ?? string.Empty)));
    }

    [Fact]
    public void Cleaning_noise_shaped_text_is_idempotent()
    {
        Check.One(Config, Prop.ForAll(NoisyText(), IsIdempotent));
    }

    // Counterexamples FsCheck found once on a random seed; pinned so they stay checked whatever the seed.
    [Theory]
    [InlineData("* exam-,\n\nWordFor more on this, visit us.&nbsp;Comments(Getty Images)* Storm Hits Coast")]
    [InlineData("- - * - * ü&amp;The mayor said.exam-â€™  Photo: APComments\nukraine:contentReference[oaicite:1]{index=1}&amp;.(Getty Images)\u200bâ€™")]
    public void Cleaning_known_counterexamples_is_idempotent(string input) =>
        Assert.True(IsIdempotent(input));

    [Fact]
    public void Cleaned_text_never_has_more_visible_characters_than_the_input()
    {
        Check.One(Config, Prop.ForAll(NoisyText(), input =>
        {
            var cleaned = Clean(input);
            return Visible(cleaned.Text) + Visible(cleaned.Title ?? string.Empty) <= Visible(input);
        }));
        Check.One(Config, Prop.ForAll(ArbMap.Default.ArbFor<string>(), input =>
        {
            input ??= string.Empty;
            var cleaned = Clean(input);
            return Visible(cleaned.Text) + Visible(cleaned.Title ?? string.Empty) <= Visible(input);
        }));
    }

    [Fact]
    public void Cleaned_text_is_always_well_formed()
    {
        Check.One(Config, Prop.ForAll(NoisyText(), input =>
        {
            var text = Clean(input).Text;
            return text == text.Trim() && !text.Contains("\n\n\n", StringComparison.Ordinal) && !text.Contains("  ", StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void Cleaning_html_ish_strings_never_throws_and_returns_text()
    {
        Check.One(Config, Prop.ForAll(HtmlIsh(), html =>
        {
            var cleaned = Cleaner.Clean(new RawArticle("p", ContentKind.Html, html, ArticleMetadata.Empty));
            return cleaned.Text is not null && !cleaned.Report.Removals.Any(r => r.Rule == "cleaner-error");
        }));
        Check.One(Config, Prop.ForAll(ArbMap.Default.ArbFor<string>(), html =>
        {
            var cleaned = Cleaner.Clean(new RawArticle("p", ContentKind.Html, html ?? string.Empty, ArticleMetadata.Empty));
            return !cleaned.Report.Removals.Any(r => r.Rule == "cleaner-error");
        }));
    }

    [Fact]
    public void A_page_with_text_never_comes_back_empty_whatever_its_wrapping()
    {
        string[] sentences =
        [
            "The ferry resumed its crossing on Monday after three weeks of repairs.",
            "Councillors voted 7 to 2 for 12 km of protected cycle lanes.",
            "The library will stay open until 21:00 on weekdays.",
        ];
        string[] wrappers = ["<p>{0}</p>", "<div>{0}</div>", "{0}", "<span>{0}</span><br>", "<ul><li>{0}</li></ul>", "<section><div><p>{0}</p></div></section>"];
        string[] pages = ["{0}", "<html><body>{0}</body></html>", "<html><head><title>T</title></head>{0}</html>", "<!DOCTYPE html><div id=\"app\">{0}</div>"];
        var html =
            from parts in Gen.Zip(Gen.Elements(sentences), Gen.Elements(wrappers)).Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Item2, p.Item1)).NonEmptyListOf()
            from page in Gen.Elements(pages)
            select string.Format(System.Globalization.CultureInfo.InvariantCulture, page, string.Concat(parts));
        var extractor = new HtmlMainText(new CleaningOptions());

        Check.One(Config, Prop.ForAll(html.ToArbitrary(), page =>
        {
            var text = extractor.ExtractText(page);
            return sentences.Any(s => text.Contains(s, StringComparison.Ordinal)).Label($"extracted: '{text}'");
        }));
    }

    [Fact]
    public void Clean_paragraph_text_passes_through_unchanged()
    {
        var sentences = Gen.Elements(
            "The council approved the plan on Monday.", "Officials expect 4,000 visitors a day.",
            "\"We are ready,\" the director said.", "Prices rose by 3.5 percent in May.", "The ferry leaves at 9:15 a.m. daily.");
        var paragraphs = sentences.NonEmptyListOf().Select(s => string.Join(' ', s));
        var article = paragraphs.NonEmptyListOf().Select(p => string.Join("\n\n", p)).ToArbitrary();

        Check.One(Config, Prop.ForAll(article, text =>
        {
            var cleaned = CleaningTestData.CleanText(text, title: "Declared Title");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var expected = string.Join("\n\n", text.Split("\n\n").Where(p => p.Length < 40 || seen.Add(p)));
            return cleaned.Text == expected;
        }));
    }

    [Fact]
    public void Deeply_nested_html_does_not_crash()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Deep text survives somehow.</p>";

        var cleaned = Cleaner.Clean(new RawArticle("deep", ContentKind.Html, html, ArticleMetadata.Empty));

        Assert.Contains("Deep text survives somehow.", cleaned.Text, StringComparison.Ordinal);
    }

    private static bool IsIdempotent(string input)
    {
        var once = Clean(input);
        var twice = Cleaner.Clean(new RawArticle("t", ContentKind.PlainText, once.Text, once.Metadata));
        return twice.Text == once.Text && twice.Title == once.Title;
    }

    private static CleanedText Clean(string input) =>
        Cleaner.Clean(new RawArticle("t", ContentKind.PlainText, input, ArticleMetadata.Empty));

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
