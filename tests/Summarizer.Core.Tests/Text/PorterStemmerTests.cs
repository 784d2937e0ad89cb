using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class PorterStemmerTests
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
    public void Stems_the_examples_of_the_original_paper(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Never_lengthens_a_word_or_leaves_it_empty() =>
        Prop.ForAll(
            Gen.Elements("abcdefghilmnoprstuvyz".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary(),
            word =>
            {
                var stem = PorterStemmer.Stem(word);
                return stem.Length <= word.Length && (word.Length == 0 || stem.Length > 0) && word.StartsWith(stem[..Math.Min(stem.Length, 1)], StringComparison.Ordinal);
            }).Check(PropertyConfig.Default);
}
