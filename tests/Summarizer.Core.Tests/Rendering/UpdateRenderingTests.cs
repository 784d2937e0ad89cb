using Summarizer.Documents;
using Summarizer.Rendering;

namespace Summarizer.Core.Tests.Rendering;

/// <summary>An update (a later report changed a figure) reads as earlier and later, not as a plain conflict.</summary>
public sealed class UpdateRenderingTests
{
    private static Brief WithUpdate()
    {
        var brief = SampleBriefs.Full();
        var update = new Disagreement("number of people (deaths)", [new Claim("9 people", [1, 3]), new Claim("11", [2])]) { Kind = DisagreementKind.Update };
        return brief with { Merged = brief.Merged! with { Disagreements = [update] } };
    }

    [Fact]
    public void Markdown_shows_an_update_as_earlier_and_later()
    {
        var md = new MarkdownBriefRenderer().Render(WithUpdate());

        Assert.Contains("- **number of people (deaths)**: earlier 9 people [1][3], later 11 [2]", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_an_update_as_earlier_and_later()
    {
        var html = new HtmlBriefRenderer().Render(WithUpdate());

        Assert.Contains("<strong>number of people (deaths)</strong>: earlier 9 people", html, StringComparison.Ordinal);
        Assert.Contains(", later 11 ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_marks_the_kind_of_each_disagreement()
    {
        Assert.Contains("\"kind\": \"update\"", new JsonBriefRenderer().Render(WithUpdate()), StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"conflict\"", new JsonBriefRenderer().Render(SampleBriefs.Full()), StringComparison.Ordinal);
    }
}
