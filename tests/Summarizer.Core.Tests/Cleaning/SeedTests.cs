using Summarizer.Cleaning;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>The shared seed articles: specific noise gone, specific sentences kept, whole output snapshotted.</summary>
public sealed class SeedTests
{
    public static TheoryData<string> Seeds => new(CleaningTestData.SeedFiles);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_cleans_to_snapshot(string seed)
    {
        var cleaned = Clean(seed);

        Snapshot.Match(CleaningTestData.Format(cleaned), name: seed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_output_is_well_formed(string seed)
    {
        var text = Clean(seed).Text;

        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), text);
        Assert.DoesNotContain(" \n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_drops_visit_line_and_keeps_body()
    {
        var cleaned = Clean("000");

        Assert.Equal("Paris Talks on Ukraine and Global Security", cleaned.Title);
        Assert.DoesNotContain("you can visit BBC", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris Talks on Ukraine and Global Security", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("French President Emmanuel Macron is bringing together leaders", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Currently, Russia controls about 75% of the Donetsk region", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("necessity for decisive and supportive international actions.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_keeps_section_headings_as_paragraphs_and_drops_trailing_blank_lines()
    {
        var cleaned = Clean("001");

        var paragraphs = cleaned.Text.Split("\n\n");
        Assert.Contains("Why It Matters", paragraphs);
        Assert.Contains("Key Developments", paragraphs);
        Assert.Contains("Context & Previous Events", paragraphs);
        Assert.Contains("President Zelensky meets with key allies in Paris to discuss security guarantees for Ukraine.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("- ", StringComparison.Ordinal));
        Assert.EndsWith("including targeting of energy resources.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_002_drops_desk_sign_offs()
    {
        var cleaned = Clean("002");

        Assert.DoesNotContain("NEWS DESK", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRESS UPDATE", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("However, officials have yet to clarify when and how these guarantees would take effect.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Ceasefire Talks Near Completion", cleaned.Text.Split("\n\n"));
    }

    [Fact]
    public void Seed_003_removes_citation_artifacts_without_leaving_gaps()
    {
        var cleaned = Clean("003");

        Assert.DoesNotContain("contentReference", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("oaicite", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("French President is hosting Ukrainian leader and representatives from more than 30 allied nations", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("the son in law of US President.", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(5, cleaned.Report.Removals.Count(r => r.Rule == "citation-artifact"));
    }

    [Fact]
    public void Seed_004_removes_page_furniture_and_keeps_article()
    {
        var cleaned = Clean("004");
        var paragraphs = cleaned.Text.Split("\n\n");

        Assert.Equal("Paris Hosts 35-Nation Talks on Ukraine’s Post-War Security", cleaned.Title);
        Assert.DoesNotContain("Paris Hosts 35-Nation Talks", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("At a Glance", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ukraine", paragraphs);
        Assert.DoesNotContain("Michael A. Turner", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("No comments yet", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your email address", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Author", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith('>') || p.StartsWith('•') || p.StartsWith('–'));

        Assert.Contains("Recent Progress", paragraphs);
        Assert.Contains("Key Takeaways", paragraphs);
        Assert.Contains("35 world leaders meet in Paris to craft Ukraine’s post-war security plan", paragraphs);
        Assert.Contains("Sustaining Ukraine’s armed forces", paragraphs);
        Assert.Contains("NATO Unity Threatened by Greenland tensions", paragraphs);
        Assert.EndsWith("security guarantees it needs to consider any future ceasefire with Russia.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Report.Removals, r => r.Rule == "duplicate-headline");
        Assert.Contains(cleaned.Report.Removals, r => r.Rule == "author-bio");
        Assert.Contains(cleaned.Report.Removals, r => r.Rule == "comment-section");
    }

    private static CleanedText Clean(string seedPrefix)
    {
        var file = CleaningTestData.SeedFiles.First(f => f.StartsWith(seedPrefix, StringComparison.Ordinal));
        return CleaningTestData.CleanFile(Path.Combine(RepoPaths.Seeds, file));
    }
}
