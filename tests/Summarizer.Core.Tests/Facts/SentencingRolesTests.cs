using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who passed sentence, in the wordings court reports use besides "ruled".</summary>
public sealed class SentencingRolesTests
{
    [Theory]
    [InlineData("Passing sentence, the chair of the magistrates, Oona Perrow, told him the offences were serious.", "Oona Perrow")]
    [InlineData("Sentencing the firm, Judge Ravi Thorne said the failures had lasted for years.", "Ravi Thorne")]
    [InlineData("The sentence was passed on Friday by Recorder Tilde Marsk, who called the neglect shameful.", "Tilde Marsk")]
    [InlineData("At Holbridge Crown Court, Recorder Tilde Marsk passed sentence after a two-day hearing.", "Tilde Marsk")]
    public void Who_passed_sentence_is_who_ruled(string sentence, string name)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "rule");

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
    }

    [Fact]
    public void Two_sources_naming_different_sentencers_disagree()
    {
        var groups = Align(
            "Holbridge Water was fined on Friday. Judge Ravi Thorne, sentencing the company at Holbridge Crown Court, called the spill avoidable.",
            "The sentence was passed on Friday at Holbridge Crown Court by Recorder Tilde Marsk, who called the spill avoidable.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "rule"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
