using Summarizer.Checking.Independent;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary sentence that gives one subject two acts joined by "and" ("... cleared the towpath and planted ...", "...
/// called it \"...\" and said ...") is read as two clauses, each with the subject again, each to be found in the sentence of
/// the source that tells it; an act the source gives someone else, a figure it gives otherwise or an act it never tells is
/// still rejected. Every sentence is invented.
/// </summary>
public class SecondPredicateClauseTests
{
    private const string Towpath = "Volunteers from the Canal Society cleared the towpath of fallen branches on Saturday. "
        + "Young willows were also planted along the eastern bank by evening. The trust thanked everyone who came.";

    private const string Hall = "Councillor Ada Brell called the plan \"a reckless gamble with public money\" at Monday's meeting. "
        + "Residents filled the public gallery. Ms Brell said the council had ignored three petitions from the estate.";

    private const string HallOtherSpeaker = "Councillor Ada Brell called the plan \"a reckless gamble with public money\" at Monday's meeting. "
        + "Residents filled the public gallery. Her deputy, Tom Vale, said the council had ignored three petitions from the estate.";

    [Fact]
    public void The_second_act_is_read_with_the_subject_again() =>
        Assert.Equal(
            ["Volunteers from the Canal Society cleared the towpath of fallen branches", "Volunteers from the Canal Society planted young willows along the eastern bank."],
            ClauseSplitter.Split("Volunteers from the Canal Society cleared the towpath of fallen branches and planted young willows along the eastern bank.", null, new HashSet<string>()));

    [Fact]
    public void Two_acts_of_one_subject_are_each_found_in_their_own_sentence() =>
        Assert.Empty(Unsupported("Volunteers from the Canal Society cleared the towpath of fallen branches and planted young willows along the eastern bank.", Towpath));

    [Fact]
    public void Two_speech_acts_of_one_speaker_are_each_found_in_their_own_sentence() =>
        Assert.Empty(Unsupported("Ada Brell called the plan \"a reckless gamble with public money\" and said the council had ignored three petitions from the estate.", Hall));

    [Theory]
    [InlineData("Volunteers from the Canal Society cleared the towpath of fallen branches and planted sixty young willows along the eastern bank.", Towpath, "sixty")]
    [InlineData("Volunteers from the Canal Society cleared the towpath of fallen branches and repainted the lock gates beside the old pumping station.", Towpath, "[1]")]
    [InlineData("Ada Brell called the plan \"a reckless gamble with public money\" and said the council had ignored three petitions from the estate.", HallOtherSpeaker, "[1]")]
    public void An_act_the_source_does_not_give_the_subject_is_rejected(string claim, string source, string token) =>
        Assert.Contains(token, Unsupported(claim, source));

    [Fact]
    public void A_speakers_two_remarks_stay_one_piece_of_a_merged_sentence()
    {
        const string Text = "Ada Brell called the plan \"a reckless gamble with public money\" and said the council had ignored three petitions from the estate.";
        var names = new HashSet<string>();
        Assert.Single(ClaimPieces.Of(Text, ClaimReading.Read(Text, names).Speech, names));
    }

    [Fact]
    public void A_plural_noun_after_a_subject_with_a_comma_is_no_second_act() =>
        Assert.All(
            ClauseSplitter.Split("The bakery, founded in the old mill, is selling two loaves of rye at markets, delis and branches of the chain.", null, new HashSet<string>()),
            p => Assert.DoesNotContain("two branches", p, StringComparison.Ordinal));

    [Fact]
    public void A_verb_with_nothing_of_its_own_before_the_joint_is_no_second_act() =>
        Assert.Single(ClauseSplitter.Split("The footbridge was closed and reopened within the same week by county engineers.", null, new HashSet<string>()));
}
