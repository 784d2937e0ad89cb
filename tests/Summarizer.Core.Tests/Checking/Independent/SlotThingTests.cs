using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A passage that tells the claim's act in the same frame with another thing in one of its phrases (the verb's object,
/// or what follows the same preposition) does not say the claim; one that tells it in other words, or with a word
/// dropped or added, still does. Every sentence is invented.
/// </summary>
public class SlotThingTests
{
    [Theory]
    [InlineData("The bridge closed in May. The rail company has put up notice boards along the old track beside the canal.",
        "The rail company has put up barriers along the old track beside the canal.")]
    [InlineData("A man was arrested on Friday. Detectives found more of the stolen phones in a loft above the garage.",
        "Detectives found more of the stolen phones in a car parked behind the garage.")]
    [InlineData("The bakery opened on Monday. The first fifty visitors were given a free wooden box.",
        "The first fifty visitors were given a free box of chocolates.")]
    [InlineData("The blaze spread quickly. Volunteers borrowed a neighbour's ladder to climb onto the shed roof.",
        "Volunteers borrowed a neighbour's hose pipe to reach the shed roof.")]
    [InlineData("The rail company said walkers had used the old track beside the canal for years. The rail company has put up notice boards along the old track beside the canal.",
        "The rail company has put up barriers along the old track beside the canal.")]
    [InlineData("The landlord was fined in March. The council said tenants who paid the landlord by bank transfer should contact its housing team.",
        "The council said tenants who paid the landlord in cash should contact its housing team.")]
    [InlineData("The landlord was fined in March. The landlord was told to repay $900 towards the city's legal bills.",
        "The landlord was told to repay $900 in damages to his tenants.")]
    public void Another_thing_in_the_same_slot_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));

    // Guards: the checker before the slot reading finds these too; they keep paraphrases found.
    [Theory]
    [InlineData("The bridge closed in May. The rail company has now put up new barriers along the old track by the canal.",
        "The rail company has put up barriers along the old track beside the canal.")]
    [InlineData("A man was arrested on Friday. Detectives found more of the phones in a car behind the garage.",
        "Detectives found more of the stolen phones in a car parked behind the garage.")]
    [InlineData("The bakery opened on Monday. The first fifty visitors were each given a free box of chocolates.",
        "The first fifty visitors were given a free box of chocolates.")]
    [InlineData("The clean-up began at dawn. Volunteers cleared rubbish from the far end of the harbour.",
        "Volunteers cleared rubbish from the far end of the quay.")]
    [InlineData("The fete was held on Sunday. Attendance was 4,100, the largest at a village fete for twenty years, organisers said.",
        "Attendance of 4,100 was the largest at a village fete for two decades.")]
    public void The_same_thing_in_other_words_is_found(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));
}
