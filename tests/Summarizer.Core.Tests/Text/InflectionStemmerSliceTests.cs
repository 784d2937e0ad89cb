using FsCheck;
using FsCheck.Fluent;
using Summarizer.Text;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Text;

/// <summary>
/// The inflection stemmer cuts its stem as a slice of the folded word; these hold it to the plain definition: fold,
/// drop a possessive and trailing apostrophes or dots, strip one ending (ies -> y, ing, ed, es after s/x/h, s but not
/// ss), then a final e of a stem longer than four letters.
/// </summary>
public sealed class InflectionStemmerSliceTests
{
    [Theory]
    [InlineData("Rescued", "rescu")]
    [InlineData("rescues", "rescu")]
    [InlineData("Agencies", "agency")]
    [InlineData("boxes", "box")]
    [InlineData("glass", "glass")]
    [InlineData("council's", "council")]
    [InlineData("ties", "tie")]
    [InlineData("Mr.", "mr")]
    [InlineData("reported.", "report")]
    public void Words_stem_as_the_definition_says(string word, string stem) => Assert.Equal(stem, Stemmer.Inflections.Stem(word));

    [Fact]
    public void Any_word_stems_as_the_plain_definition()
    {
        var endings = Gen.Elements("", "s", "es", "ies", "ing", "ed", "e", "ss", "'s", "'", ".", "xes", "hes");
        var words = Gen.Elements("", "a", "tr", "Rescu", "box", "CLASS", "Agenc", "fir", "Zoë", "tie", "Mr")
            .SelectMany(stem => endings.Select(end => stem + end)).ToArbitrary();
        Prop.ForAll(words, word => Stemmer.Inflections.Stem(word) == Definition(word)).Check(PropertyConfig.Default);
    }

    private static string Definition(string word)
    {
        var w = Folding.Fold(word);
        w = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        w = w.TrimEnd('\'', '.');
        var stem = w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
            : w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3]
            : w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2]
            : w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && w[^3] is 's' or 'x' or 'h' ? w[..^2]
            : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
            : w;
        return stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
    }
}
