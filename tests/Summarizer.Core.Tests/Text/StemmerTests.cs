using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class StemmerTests
{
    // Examples from Porter (1980), one or more per rule of each step.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("operator", "oper")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("sensibiliti", "sensibl")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("electrical", "electr")]
    [InlineData("goodness", "good")]
    [InlineData("allowance", "allow")]
    [InlineData("airliner", "airlin")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("effective", "effect")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controlling", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("is", "is")]
    public void Porter_stems_the_examples_of_the_original_paper(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Porter.Stem(word));

    [Theory]
    [InlineData("Rescued", "rescues", "rescuing", "rescue")]
    [InlineData("injuries", "injury", "Injuries", "injury")]
    [InlineData("buses", "bus", "Bus", "bus")]
    [InlineData("company's", "Company’s", "companies", "company")]
    [InlineData("U.S.", "U.S", "U.S.", "U.S.")]
    public void Inflections_meet_forms_of_one_word(string a, string b, string c, string d)
    {
        var stem = Stemmer.Inflections.Stem(d);
        Assert.All(new[] { a, b, c }, w => Assert.Equal(stem, Stemmer.Inflections.Stem(w)));
    }

    [Theory]
    [InlineData("general", "generous")]
    [InlineData("universe", "university")]
    [InlineData("organ", "organization")]
    [InlineData("nation", "national")]
    public void Inflections_keep_apart_words_that_porter_merges(string a, string b)
    {
        // Why the trust layer has its own strength: a shared Porter stem would lend a claim support it does not have.
        Assert.Equal(Stemmer.Porter.Stem(a), Stemmer.Porter.Stem(b));
        Assert.NotEqual(Stemmer.Inflections.Stem(a), Stemmer.Inflections.Stem(b));
    }

    private static readonly Arbitrary<string> LowercaseWords =
        Gen.Elements("abcdefghilmnoprstuvyz".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();

    [Fact]
    public void Porter_never_lengthens_a_word_or_leaves_it_empty() =>
        Check.One(PropertyConfig.Default, Prop.ForAll(LowercaseWords, word =>
        {
            var stem = Stemmer.Porter.Stem(word);
            return stem.Length <= word.Length && (word.Length == 0 || stem.Length > 0) && word.StartsWith(stem[..Math.Min(stem.Length, 1)], StringComparison.Ordinal);
        }));

    [Fact]
    public void Inflections_never_lengthen_a_word_and_keep_its_beginning() =>
        Check.One(PropertyConfig.Default, Prop.ForAll(LowercaseWords, word =>
        {
            // "ies" becomes "y", so all but the stem's last letter begins the word.
            var stem = Stemmer.Inflections.Stem(word);
            return stem.Length <= word.Length && (word.Length == 0 || stem.Length > 0) && word.StartsWith(stem[..Math.Max(0, stem.Length - 1)], StringComparison.Ordinal);
        }));
}
