using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class QuotedSpansTests
{
    [Theory]
    [InlineData("She called it \"heartbreaking\".", "heartbreaking")]
    [InlineData("She called it “Heartbreaking”.", "heartbreaking")]
    [InlineData("It was ‘a betrayal’, they said.", "a betrayal")]
    [InlineData("It was 'a  Betrayal', they said.", "a betrayal")]
    [InlineData("The union’s leader called it \"a betrayal\" and 'unfair'.", "a betrayal|unfair")]
    [InlineData("Quist's lawyers and the workers' union don't agree.", "")]
    [InlineData("Ingrid Sæther said it was “Ça suffit”.", "ca suffit")]
    public void Finds_every_quoted_span_straight_or_curly_double_or_single(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", QuotedSpans.Flattened(text)));
    }

    [Fact]
    public void Flattening_ignores_case_accents_and_spacing()
    {
        Assert.Equal(QuotedSpans.Flatten("saether  SAYS"), QuotedSpans.Flatten("Sæther says"));
    }
}
