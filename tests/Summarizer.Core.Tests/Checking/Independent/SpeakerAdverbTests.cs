using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// An adverb of time between a speaker and the speech verb ("Organisers first said", "Councillor Hale earlier warned",
/// "the residents again warned") is no part of the speaker: the speaker is the noun before it, found as the source names
/// them, and words the source gives to someone else are still rejected. Every sentence is invented.
/// </summary>
public class SpeakerAdverbTests
{
    private const string Source = "The open-air concert at Merrow Park will be moved indoors, the organisers said on Tuesday. "
        + "The Ferry Lane footbridge is unsafe and should close, Councillor Ruth Hale warned at a packed meeting. "
        + "The new vaccine is safe for children, Dr Amal Reyes says, after a trial in six hospitals. "
        + "Engineers said the road surface would be replaced next spring.";

    [Theory]
    [InlineData("Organisers first said the concert would be moved indoors.")]
    [InlineData("Councillor Ruth Hale earlier warned that the footbridge was unsafe.")]
    [InlineData("Dr Amal Reyes first told reporters the vaccine was safe for children.")]
    public void The_speaker_before_the_adverb_is_found_with_the_words(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("The residents again warned that the road surface would be replaced.")]
    [InlineData("Doctors first said the footbridge should close.")]
    public void Words_the_source_gives_to_someone_else_are_still_rejected(string claim) =>
        Assert.Equal(["[1]"], Unsupported(claim, Source));
}
