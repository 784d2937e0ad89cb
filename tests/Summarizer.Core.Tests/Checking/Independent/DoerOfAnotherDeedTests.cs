using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A model's side naming who did what the topic asks, cited to one source alone, is another version where that source
/// gives the person a deed only as the doer of a noun ("a survey by ...", "the recommendation of ...") in a clause that
/// writes no word of the topic, and never writes the topic's act beside them. A person the source gives the act, a verb's
/// agent, a noun about the topic's thing, an "of" that says whose, and a side another source backs are judged as before.
/// Every sentence is invented.
/// </summary>
public class DoerOfAnotherDeedTests
{
    private const string Roof =
        "A barn roof sagged under heavy snow at Elder Farm on Monday.\n\n"
        + "The farm's owner, Jos Brandt, cleared the snow from the roof with a borrowed ladder.\n\n"
        + "The barn had passed a survey by Mira Tolan, the district's building inspector, in the spring.";

    private const string Advice =
        "A barn roof sagged under heavy snow at Elder Farm on Monday.\n\n"
        + "Jos Brandt cleared the snow from the roof with a borrowed ladder.\n\n"
        + "The barn was built on the recommendation of the district's surveyors in 1990.";

    private const string Member =
        "A barn roof sagged under heavy snow at Elder Farm on Monday.\n\n"
        + "Jos Brandt cleared the snow from the roof with a borrowed ladder.\n\n"
        + "Brandt, a member of the farmers' union, has farmed there for 30 years.";

    private const string Agent =
        "A barn roof sagged under heavy snow at Elder Farm on Monday.\n\n"
        + "The roof was cleared of snow by Mira Tolan, the district's building inspector, before the beams gave way.";

    private const string Sweep =
        "A barn roof sagged under heavy snow at Elder Farm on Monday.\n\n"
        + "The beams held after a hurried sweep of the roof by Mira Tolan, the district's building inspector.";

    [Fact]
    public void A_person_the_source_gives_only_a_noun_of_another_deed_is_caught() =>
        Assert.NotEmpty(Side("Who cleared the snow", "Building inspector Mira Tolan.", Roof));

    [Fact]
    public void A_nameless_side_the_source_gives_a_deed_noun_with_of_is_caught() =>
        Assert.NotEmpty(Side("Who cleared the snow", "The district's surveyors.", Advice));

    [Fact]
    public void The_person_the_source_gives_the_act_holds() =>
        Assert.Empty(Side("Who cleared the snow", "Owner Jos Brandt.", Roof));

    [Fact]
    public void An_of_that_says_whose_gives_no_deed() =>
        Assert.Empty(Side("Who cleared the snow", "The farmers' union.", Member));

    [Fact]
    public void A_verbs_agent_is_judged_as_before() =>
        Assert.Empty(Side("Who cleared the snow", "Building inspector Mira Tolan.", Agent));

    [Fact]
    public void A_noun_whose_clause_writes_the_topics_thing_is_the_topics_deed() =>
        Assert.Empty(Side("Who cleared the roof", "Building inspector Mira Tolan.", Sweep));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("Who cleared the snow", "Building inspector Mira Tolan.", Roof, lone: false));
}
