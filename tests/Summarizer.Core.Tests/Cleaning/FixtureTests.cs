using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Our own fixtures: one noise kind per file under fixtures/noise, clean articles under fixtures/clean.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string> NoiseFixtures => new(CleaningTestData.NoiseFiles);

    public static TheoryData<string> CleanFixtures => new(CleaningTestData.CleanFiles);

    [Theory]
    [MemberData(nameof(NoiseFixtures))]
    public void Noise_fixture_cleans_to_snapshot(string fixture)
    {
        var cleaned = CleaningTestData.CleanFile(RepoPaths.Fixture("noise", fixture));

        Snapshot.Match(CleaningTestData.Format(cleaned), name: fixture);
    }

    [Theory]
    [MemberData(nameof(CleanFixtures))]
    public void Clean_article_loses_no_sentence(string fixture)
    {
        var content = File.ReadAllText(RepoPaths.Fixture("clean", fixture));
        var lines = content.Split('\n');

        var cleaned = CleaningTestData.CleanFile(RepoPaths.Fixture("clean", fixture));

        Assert.Equal(lines[0], cleaned.Title);
        Assert.Equal(string.Join('\n', lines.Skip(1)).Trim(), cleaned.Text);
        Assert.DoesNotContain(cleaned.Report.Removals, r => r.Rule != "title");
        foreach (var sentence in CleaningTestData.Sentences(string.Join('\n', lines.Skip(1))))
        {
            Assert.Contains(sentence, cleaned.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CleanFixtures))]
    public void Clean_body_passes_through_unchanged(string fixture)
    {
        var lines = File.ReadAllText(RepoPaths.Fixture("clean", fixture)).Split('\n');
        var body = string.Join('\n', lines.Skip(1)).Trim();

        var cleaned = CleaningTestData.CleanText(body, title: lines[0]);

        Assert.Equal(body, cleaned.Text);
        Assert.Empty(cleaned.Report.Removals);
    }

    [Fact]
    public void Mojibake_fixture_is_repaired()
    {
        var cleaned = CleaningTestData.CleanFile(RepoPaths.Fixture("noise", "mojibake.txt"));

        Assert.Contains("team leader Hélène Marçais.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("“We still rely on people who know every path,”", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("â€", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_page_fixture_keeps_article_and_drops_furniture()
    {
        var raw = new RawArticle("page.html", ContentKind.Html, File.ReadAllText(RepoPaths.Fixture("noise", "page.html")), new ArticleMetadata { Outlet = "Declared Outlet" });

        var cleaned = CleaningTestData.Cleaner.Clean(raw);

        Assert.Equal("City Opens First Solar-Powered Bus Depot", cleaned.Title);
        Assert.Equal("Declared Outlet", cleaned.Metadata.Outlet);
        Assert.Equal("https://meridian.example/news/solar-bus-depot", cleaned.Metadata.Url);
        Assert.Equal("Marta Kowalczyk", cleaned.Metadata.Author);
        Assert.Equal("en", cleaned.Metadata.Language);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.Zero), cleaned.Metadata.PublishedAt);
        Assert.StartsWith("The city of Meridian opened its first solar-powered bus depot on Tuesday", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Cleaner Air on Main Routes", cleaned.Text.Split("\n\n"));
        Assert.Contains("4,800 solar panels", cleaned.Text.Split("\n\n"));
        Assert.Contains("\"Within five years, every bus in this city will be electric,\"", cleaned.Text, StringComparison.Ordinal);
        foreach (var noise in new[] { "cookies", "Sport", "Advertisement", "Photo:", "Share on", "newsletter", "Tram fares", "covers transport", "Great news", "Most read", "rights reserved", "dataLayer", "By Marta" })
        {
            Assert.DoesNotContain(noise, cleaned.Text, StringComparison.Ordinal);
        }
    }
}
