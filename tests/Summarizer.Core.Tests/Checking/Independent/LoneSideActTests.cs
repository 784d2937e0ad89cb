using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A model's side naming who did what the topic asks, cited to one source alone, holds only where that source gives the
/// person more than words: a person it names only as a speaker is a voice in the report, not the one who did the act. A
/// clause of their own beside the name, the topic's act or a title of it, a topic that asks who someone is or who said
/// something, and a side another source backs are judged as before. Every sentence is invented.
/// </summary>
public class LoneSideActTests
{
    private const string Match =
        "Brackwell won the county final 3-2 at Ferrow Lane on Sunday, the winner coming two minutes from time.\n\n"
        + "Brackwell's manager, Odile Farrant, 47, praised a side that had lost three of its first four games.";

    private const string Library =
        "The new library on Quay Street opened its doors on Saturday morning.\n\n"
        + "Council leader Tobias Harding said the building would serve the whole town for decades.";

    private const string Rescue =
        "Two walkers were brought down from Harl Crag after dark on Friday.\n\n"
        + "Team leader Ines Carbery, who led the rescue, said both were cold but unhurt.";

    private const string Shop =
        "The village shop reopened under community ownership this week.\n\n"
        + "Shop manager Colm Ardagh said volunteers had stocked the shelves overnight.";

    [Fact]
    public void A_person_the_lone_source_gives_only_words_is_caught() =>
        Assert.NotEmpty(Side("Who scored the winning goal", "Manager Odile Farrant.", Match));

    [Fact]
    public void A_speaker_named_for_an_opening_is_caught() =>
        Assert.NotEmpty(Side("Who opened the library", "Council leader Tobias Harding.", Library));

    [Fact]
    public void A_clause_of_the_persons_own_holds() =>
        Assert.Empty(Side("Who led the rescue", "Team leader Ines Carbery.", Rescue));

    [Fact]
    public void A_title_of_the_act_holds() =>
        Assert.Empty(Side("Who manages the shop", "Colm Ardagh.", Shop));

    [Fact]
    public void A_topic_asking_who_someone_is_is_judged_as_before() =>
        Assert.Empty(Side("Who the team's manager is", "Odile Farrant.", Match));

    [Fact]
    public void A_topic_asking_who_spoke_is_judged_as_before() =>
        Assert.Empty(Side("Who announced the opening", "Council leader Tobias Harding.", Library));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("Who scored the winning goal", "Manager Odile Farrant.", Match, lone: false));
}
