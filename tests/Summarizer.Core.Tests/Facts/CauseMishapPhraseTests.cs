using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A mishap an event came "after" is read whether the phrase has an article, an owner, none ("after engine failure")
/// or stands as the object of a verb of undergoing ("after suffering a power loss"); a definite or named one, or a
/// bare phrase whose mishap word sits behind a function word, is not.
/// </summary>
public sealed class CauseMishapPhraseTests
{
    [Theory]
    [InlineData("The coaster ran aground on the sandbar after suffering steering failure in the estuary.", "steering failure")]
    [InlineData("Trading in the shares was halted for an hour after power loss at the exchange's data centre.", "power loss")]
    [InlineData("The freight train stopped short of the viaduct after its brake failure, the operator said.", "its brake failure")]
    [InlineData("The climber was airlifted off the ridge after sustaining a fracture of the ankle.", "a fracture of the ankle")]
    public void Reads_a_mishap_phrase_without_an_article(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.True(span.Mishap);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The depot reopened after the leak was sealed on Friday.")]
    [InlineData("The plant reopened after weeks of strike action by its fitters.")]
    [InlineData("Residents returned home after Tuesday's explosion at the yard.")]
    public void Reads_no_mishap_from_a_definite_named_or_wordy_phrase(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));
}
