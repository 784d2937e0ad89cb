using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class FoldingTests
{
    [Fact]
    public void Fold_lowercases_and_plains_apostrophes() =>
        Assert.Equal("zelenskyy's plan", Folding.Fold("Zelenskyy’s PLAN"));

    [Fact]
    public void Fold_drops_combining_marks_but_keeps_precomposed_letters() =>
        Assert.Equal("cafe café", Folding.Fold("Cafe\u0301 Café")); // see Folding.Fold for why "é" stays

    [Fact]
    public void Flatten_keeps_letters_and_digits_in_single_spaces_and_drops_apostrophes() =>
        Assert.Equal("the mayors plan costs 3 5m", Folding.Flatten("The Mayor’s plan — costs $3.5m!"));
}
