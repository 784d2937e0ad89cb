using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class FoldingTests
{
    [Fact]
    public void Fold_lowercases_and_plains_apostrophes() =>
        Assert.Equal("zelenskyy's plan", Folding.Fold("Zelenskyy’s PLAN"));

    [Fact]
    public void Flatten_keeps_letters_and_digits_in_single_spaces_and_drops_apostrophes() =>
        Assert.Equal("the mayors plan costs 3 5m", Folding.Flatten("The Mayor’s plan — costs $3.5m!"));
}
