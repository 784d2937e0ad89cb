using Summarizer.Documents;
using Summarizer.Rendering;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Rendering;

public sealed class RendererTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Markdown_has_every_section_with_citations() =>
        Snapshot.Match(new MarkdownBriefRenderer().Render(SampleBriefs.Full()));

    [Fact]
    public void Json_follows_the_brief_contract() =>
        Snapshot.Match(new JsonBriefRenderer().Render(SampleBriefs.Full()));

    [Fact]
    public void Agreement_counts_a_copy_and_its_original_once()
    {
        var brief = SampleBriefs.Full();

        Assert.Equal(2, brief.IndependentSources());
        Assert.Equal(2, brief.IndependentSupport([1, 2, 3]));
        Assert.Contains("[1][2][3] *(2 of 2 sources)*", new MarkdownBriefRenderer().Render(brief), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_article_text_that_would_become_markup()
    {
        var md = new MarkdownBriefRenderer().Render(SampleBriefs.Full());

        Assert.Contains(@"# River bridge closed after \*cable\* fault", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_replaces_the_brief_atomically_and_leaves_no_temporary_files()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "brief.md"), "old");

        var written = await BriefWriter.WriteAsync(SampleBriefs.Full(), _dir, [new MarkdownBriefRenderer(), new JsonBriefRenderer()], CancellationToken.None);

        Assert.Equal([Path.Combine(_dir, "brief.md"), Path.Combine(_dir, "brief.json")], written);
        Assert.StartsWith("# River", await File.ReadAllTextAsync(written[0]), StringComparison.Ordinal);
        Assert.Equal(["brief.json", "brief.md"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writer_keeps_the_previous_brief_when_rendering_fails()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "brief.md"), "previous run");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BriefWriter.WriteAsync(SampleBriefs.Full(), _dir, [new MarkdownBriefRenderer(), new ThrowingRenderer()], CancellationToken.None));

        Assert.Equal("previous run", await File.ReadAllTextAsync(Path.Combine(_dir, "brief.md")));
        Assert.Single(Directory.GetFiles(_dir));
    }

    private sealed class ThrowingRenderer : IBriefRenderer
    {
        public string Format => "json";

        public string Render(Brief brief) => throw new InvalidOperationException("renderer bug");
    }
}
