using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A claim that gives someone words is held to the sentence that says the most of it: where that sentence names a
/// speaker of its own and never writes the claim's, the words are that speaker's, though the claim's speaker speaks in
/// the sentence before. The speaker the sentence names, by name or by a title the source gives them, holds. Every
/// sentence is invented.
/// </summary>
public class WordsOfAnotherSpeakerTests
{
    private const string Ferry =
        "The Lark Hill ferry will not sail again until April.\n\n"
        + "Harbour master Lia Brook said the slipway had been badly damaged in the storm.\n\n"
        + "\"We will be back next spring, stronger than before,\" said Tomas Wend, who owns the ferry.";

    private const string Pier =
        "The Lark Hill ferry will not sail again until April.\n\n"
        + "Harbour master Lia Brook said the slipway had been badly damaged in the storm.\n\n"
        + "She said the Lark Hill pier would be rebuilt with a steel deck before the ferry sails again.";

    private const string Regatta =
        "The Vale regatta was cancelled on Saturday after the river rose overnight.\n\n"
        + "Ann Lee, secretary of the Vale Rowing Club, watched from the bank as the marquees came down.\n\n"
        + "\"The river has beaten us this year,\" said Lee, who has rowed on it since 1990.";

    [Fact]
    public void Words_the_sentence_gives_its_own_named_speaker_are_not_the_claims_speakers() =>
        Assert.NotEmpty(Unsupported("Harbour master Lia Brook said: \"We will be back next spring, stronger than before.\"", Ferry));

    [Fact]
    public void The_speaker_the_sentence_names_holds() =>
        Assert.Empty(Unsupported("Tomas Wend said: \"We will be back next spring, stronger than before.\"", Ferry));

    [Fact]
    public void A_speaker_the_claim_names_beside_the_body_they_belong_to_holds() =>
        Assert.Empty(Unsupported("Ann Lee, secretary of the Vale Rowing Club, said: \"The river has beaten us this year.\"", Regatta));

    [Fact]
    public void A_pronoun_speaker_is_left_to_the_sentence_before() =>
        Assert.Empty(Unsupported("Lia Brook said the Lark Hill pier would be rebuilt with a steel deck before the ferry sails again.", Pier));
}
