using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Damage a group says was done ("council officers say huge waves smashed into the pier") is that group's explanation, as
/// it is when one person says it ("a spokesman says ..."); told plainly it reports what the event did.
/// </summary>
public sealed class CauseOfficialsSayTests
{
    [Theory]
    [InlineData("Council officers say huge waves driven by the storm smashed into the seaward end until the deck gave way.", "huge waves driven by the storm")]
    [InlineData("Engineers say a leaking tank flooded the basement before the wall gave way.", "a leaking tank")]
    public void Reads_the_subject_of_damage_a_group_says_was_done(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End]);
    }

    [Theory]
    [InlineData("Huge waves smashed into the seafront on Sunday night.")]
    [InlineData("Residents say they heard a bang before the lights went out.")]
    public void Damage_told_plainly_and_other_things_people_say_name_no_cause(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }
}
