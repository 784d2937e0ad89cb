using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
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

    [Fact]
    public void Flatten_is_the_folded_text_s_letters_and_digits_in_single_spaces() =>
        Prop.ForAll(
            Gen.Elements("The", "MAYOR", "’s", "'", " ", "—", "3.5m", "Café", "e\u0301", "Ñ", "\n", "!", "x").ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            text => Folding.Flatten(text) == FlattenOfFolded(text)).Check(PropertyConfig.Default);

    // Flatten as first written: the whole text folded, then its letters and digits kept in single spaces.
    private static string FlattenOfFolded(string text)
    {
        var sb = new StringBuilder();
        var space = true;
        foreach (var c in Folding.Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space && c != '\'')
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }
}
