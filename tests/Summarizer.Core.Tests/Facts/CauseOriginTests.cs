using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where the trouble came from, offered as an explanation ("scientists believe the toxin came from a bloom of algae",
/// "according to the agency, the dust came from stockpiles", "is thought to have come from a damaged seal"), is the
/// outlet's version of the cause; a plain telling of where something came from ("the winning bid came from a local firm"),
/// a plan ("the money will come from reserves"), a claim ("texts claiming to come from the bank") or a named place is not.
/// And "blame" as the verb of a plural subject ("growers blame nutrients washed into the loch") reads its object as
/// "blamed" does, where the noun ("took the blame", "no blame") does not.
/// </summary>
public sealed class CauseOriginTests
{
    [Theory]
    [InlineData("Scientists believe the toxin came from a bloom of algae carried in by warm seawater.", "a bloom of algae carried in by warm seawater")]
    [InlineData("According to the agency's evidence, the dust came from stockpiles left uncovered on the quarry floor.", "stockpiles left uncovered on the quarry floor")]
    [InlineData("The fragments are thought to have come from a damaged seal on a filling machine.", "a damaged seal on a filling machine")]
    [InlineData("The publisher admits the error came from a mix-up in the picture library.", "a mix-up in the picture library")]
    [InlineData("The oil probably came from a ruptured tank at the depot.", "a ruptured tank at the depot")]
    public void An_origin_offered_as_an_explanation_is_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The winning bid came from a payroll software founder.")]
    [InlineData("The complaints came from households on the new estate.")]
    [InlineData("The council says the money will come from its road safety budget.")]
    [InlineData("The texts claimed to come from a courier firm and asked for a small fee.")]
    [InlineData("Police believe the beavers came from Glen Morvach, where they were held.")]
    [InlineData("Officials said he came from a farming family.")]
    public void Other_tellings_of_where_something_came_from_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Theory]
    [InlineData("Growers in the area blame nutrients washed into the loch by the floods.", "nutrients washed into the loch by the floods")]
    [InlineData("Council chiefs blame soaring care costs.", "soaring care costs")]
    [InlineData("Residents blame a new drainage scheme upstream.", "a new drainage scheme upstream")]
    public void Blame_as_a_present_verb_reads_its_object(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The manager said he would take the blame personally.")]
    [InlineData("There was no blame attached to the crew.")]
    [InlineData("Ministers were quick to shift blame elsewhere.")]
    public void Blame_as_a_noun_gives_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Theory]
    [InlineData("The balloon is thought to have run low on propane, according to two people with knowledge of the flight.", "run low on propane")]
    [InlineData("The Squall understands the aircraft had run low on fuel on a short hop.", "run low on fuel on a short hop")]
    [InlineData("The boat ran low on fuel off the headland.", "ran low on fuel off the headland")]
    public void Running_low_on_what_drives_a_craft_is_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Hospitals could run low on blood supplies by Friday.")]
    [InlineData("The town will run low on salt if the cold snap lasts.")]
    public void A_warning_of_running_low_is_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void An_offered_origin_is_a_rival_version_to_another_outlets_stated_cause()
    {
        var found = CauseFinder.Find(Sources(
            "The publisher said the wrong caption was caused by a late change to the page layout.",
            "The publisher admits the error came from a mislabelled photograph in the picture library."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
