using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>The one holder of a role, read from a definite role noun beside a name, named differently by two sources.</summary>
public sealed class UniqueRoleTests
{
    private const string Setting = "Two rowers capsized on the Aldern during the spring regatta on Saturday.";

    [Theory]
    [InlineData("The regatta's chief steward, Mina Castell, said both rowers were treated for cold.", "Bram Oduya, chief steward for the regatta, said nobody needed hospital care.", "Mina Castell", "Bram Oduya")]
    [InlineData("The rowers were pulled out after the club's safety boat was sent by its river warden, Jonas Wren.", "The safety boat went out on the orders of Tilda Marsh, the river warden, within a minute.", "Jonas Wren", "Tilda Marsh")]
    [InlineData("Head umpire Rosa Klein stopped the race, and the regatta's head umpire, Rosa Klein, later praised the crews.", "Peter Laski, head umpire at the regatta, halted the race as the boats went over.", "Rosa Klein", "Peter Laski")]
    public void Different_people_named_as_the_one_holder_of_a_role_disagree(string first, string second, string one, string other) =>
        AssertOneHolderEach(first, second, one, other);

    // A role written bare before a name ("Harbour master Ewan Tull") names one of its holders; another source writing the
    // same role, or a fuller one, as having one holder ("the port's harbour master, Mira Sand") says who the one is.
    [Theory]
    [InlineData("Harbour master Ewan Tull said the course had been cleared by noon.", "The port's harbour master, Mira Sand, said the course was clear.", "Ewan Tull", "Mira Sand")]
    [InlineData("On Saturday steward Ilse Brun waved the boats off at the start.", "Jonas Pell, the regatta's chief steward, waved the crews away.", "Ilse Brun", "Jonas Pell")]
    [InlineData("Before the start the hulls were checked by safety officer Lars Obi.", "Nell Varga, the club's safety officer, checked every hull.", "Lars Obi", "Nell Varga")]
    [InlineData("On Saturday chief boatman Ivo Marr checked the launches.", "The launches belong to Aldern Marine, whose chief boatman, Ola Brandt, checked them.", "Ivo Marr", "Ola Brandt")]
    // A sentence opening with the role capitalises it beside the name: the role is still read.
    [InlineData("Steward Ilse Brun waved the boats off at the start.", "Jonas Pell, the regatta's chief steward, waved the crews away.", "Ilse Brun", "Jonas Pell")]
    [InlineData("Umpire Tomas Reyes Vidal stopped the second heat.", "The regatta's umpire, Nell Varga, stopped the heat.", "Tomas Reyes Vidal", "Nell Varga")]
    public void A_bare_role_meets_the_one_holder_another_source_names(string first, string second, string one, string other) =>
        AssertOneHolderEach(first, second, one, other);

    // One post, named in other words: a vessel's master is her skipper and the "Captain" before the name of the one in
    // command; a body's boss is its chief executive.
    [Theory]
    [InlineData("Captain Ewan Darroch kept the bow into the weather.", "Her master, Calum Reid, reported the loss of power.", "Ewan Darroch", "Calum Reid")]
    [InlineData("The launch was brought in by Captain Ewan Darroch.", "The launch's skipper, Calum Reid, said the crossing was rough.", "Ewan Darroch", "Calum Reid")]
    [InlineData("The club's boss, Mina Castell, said the regatta would go ahead.", "Chief executive Bram Oduya said the regatta would go ahead.", "Mina Castell", "Bram Oduya")]
    public void A_post_named_by_another_title_meets_its_one_holder(string first, string second, string one, string other) =>
        AssertOneHolderEach(first, second, one, other);

    [Theory]
    // A noun before "master" names another post: the harbourmaster is not the vessel's master.
    [InlineData("Captain Mina Castell brought the launch in.", "The port's harbour master, Bram Oduya, said the course was clear.")]
    // A longer rank ending in "Captain" is a rank, not command of the vessel.
    [InlineData("Group Captain Mina Castell watched from the bank.", "Her master, Bram Oduya, reported the loss of power.")]
    public void A_title_for_another_post_meets_no_vessels_master(string first, string second)
    {
        Assert.Empty(UniqueRoleFinder.Find(Sources($"{Setting} {first}", $"{Setting} {second}"), minVariantLength: 6));
    }

    // "Chief executive of the Kelby Rowing Network" holds the post in the body named; a source that never names that
    // body and calls another person "chief executive" tells of the same title in another body, not a rival.
    [Theory]
    [InlineData("Chief executive Mina Castell said the regatta would go ahead.", "Bram Oduya, chief executive of the Kelby Rowing Network, said such capsizes were rare.")]
    [InlineData("The club's secretary, Mina Castell, said the regatta would go ahead.", "Bram Oduya, secretary of the Aldern Boating Federation, said such capsizes were rare.")]
    public void The_same_title_at_another_named_body_is_no_rival(string first, string second) =>
        Assert.Empty(UniqueRoleFinder.Find(Sources($"{Setting} {first}", $"{Setting} {second}"), minVariantLength: 6));

    // A source that names the body as well as its own holder of the title does set up a rival.
    [Fact]
    public void The_same_title_at_a_body_both_sources_name_is_a_rival() =>
        Assert.Single(UniqueRoleFinder.Find(
            Sources(
                $"{Setting} The Kelby Rowing Network ran the regatta, and chief executive Mina Castell said it would go ahead.",
                $"{Setting} Bram Oduya, chief executive of the Kelby Rowing Network, said such capsizes were rare."),
            minVariantLength: 6));

    // A word before a bare role at a sentence's start may be the owner's name ("Boatyard manager"), not a qualifier: one
    // source writing the bare role alone ("Manager Ilse Brun") shows it is the role "its manager" names for the story's
    // own body, so the two people are rivals for it.
    [Fact]
    public void A_bare_role_written_alone_somewhere_meets_its_one_holder()
    {
        var found = UniqueRoleFinder.Find(
            Sources(
                $"{Setting} Boatyard manager Ilse Brun said the launches were out within minutes.",
                $"{Setting} Manager Ilse Brun said the launches went out at once.",
                $"{Setting} Aldern Boatyard runs the safety launches. Its manager, Jonas Pell, said both were sent."),
            minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal(("Ilse Brun", "1,2"), (c.Text, string.Join(',', c.Sources))),
            c => Assert.Equal(("Jonas Pell", "3"), (c.Text, string.Join(',', c.Sources))));
    }

    // Written only with the word before it, the role may be another one ("Boatyard manager" of a yard that is not the
    // story's body): no source shows it is the role the one holder has.
    [Fact]
    public void A_bare_role_always_written_with_a_qualifier_meets_no_one_holder()
    {
        Assert.Empty(UniqueRoleFinder.Find(
            Sources(
                $"{Setting} Boatyard manager Ilse Brun said the launches were out within minutes.",
                $"{Setting} Boatyard manager Ilse Brun said the launches went out at once.",
                $"{Setting} Aldern Rowing Club runs the safety launches. Its manager, Jonas Pell, said both were sent."),
            minVariantLength: 6));
    }

    // The first source names one holder, the second another: one disagreement, each side citing its own source.
    private static void AssertOneHolderEach(string first, string second, string one, string other)
    {
        var found = UniqueRoleFinder.Find(Sources($"{Setting} {first}", $"{Setting} {second}", Setting), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal((one, 1), (c.Text, Assert.Single(c.Sources))),
            c => Assert.Equal((other, 2), (c.Text, Assert.Single(c.Sources))));
    }

    [Theory]
    // "a steward" is one of several: who the one is, neither source says.
    [InlineData("A steward, Mina Castell, helped both rowers out of the water.", "Bram Oduya, a steward, pulled a rower from the river.")]
    // Different offices of one body: a finance director and a director of rowing.
    [InlineData("The club's finance director, Mina Castell, said the regatta would go ahead.", "Bram Oduya, the club's director of rowing, said the regatta would go ahead.")]
    // A role written only before the name may have several holders ("Mission director", "the institute's director").
    [InlineData("Race director Mina Castell said the regatta would go ahead.", "The club's director, Bram Oduya, said the regatta would go ahead.")]
    // A source naming both people tells of two holders, not of a conflict.
    [InlineData("The regatta's chief steward, Mina Castell, thanked her deputy Bram Oduya.", "Bram Oduya, chief steward for the regatta, said nobody was hurt.")]
    // A rank opening a sentence ("Captain") is the person's title, not a post: only offices are read there.
    [InlineData("Captain Mina Castell waved the boats off.", "The club's captain, Bram Oduya, waved the crews away.")]
    // Two bare roles: neither source says the role has one holder.
    [InlineData("Safety officer Mina Castell checked the boats.", "Safety officer Bram Oduya checked the hulls.")]
    // A sentence opening with a two-word name and no role: the given name is no role, even where a role follows.
    [InlineData("Mina Castell, the regatta's chief steward, waved the boats off.", "Bram Oduya said the chief steward waved the crews away.")]
    public void Roles_that_do_not_single_out_one_holder_are_no_conflict(string first, string second)
    {
        Assert.Empty(UniqueRoleFinder.Find(Sources($"{Setting} {first}", $"{Setting} {second}"), minVariantLength: 6));
    }
}
