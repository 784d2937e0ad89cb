using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>One reader of "this sentence refers back", shared by reported speech and the single-source list.</summary>
public sealed class AnaphoraTests
{
    [Theory]
    [InlineData("It will cost the town €2m.")]
    [InlineData("Her party also won the council.")]
    [InlineData("These include two schools and a clinic.")]
    [InlineData("Both said the talks would resume.")]
    [InlineData("That was the third closure this year.")]
    public void A_sentence_opening_with_a_pronoun_refers_back(string sentence) =>
        Assert.True(Anaphora.OpensWithPronoun(sentence));

    [Theory]
    [InlineData("\"It is the right move,\" said Vinter.")]
    [InlineData("The mayor said it would cost €2m.")]
    [InlineData("Itzel Moreno won the seat.")]
    public void A_quote_or_a_named_subject_does_not(string sentence) =>
        Assert.False(Anaphora.OpensWithPronoun(sentence));

    [Fact]
    public void Reported_speech_by_a_pronoun_names_no_speaker()
    {
        var speech = ReportedSpeech.Read("Both said the talks would resume on Monday.");

        Assert.NotNull(speech);
        Assert.Null(speech.Key);
    }
}
