using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A passage that is the claim's sentence word for word but for its subject or its verb group, told otherwise, says
/// another thing in the same frame and does not hold the claim; a lone verb for a lone verb (once or twice), a subject in
/// another word, and a sentence that differs in more than one place are an outlet's own wording and still do. Every
/// sentence is invented.
/// </summary>
public class ChangedSpanTests
{
    [Theory]
    [InlineData("A storm hit the terrace on Friday. The district council will cover the cost of a new boiler for the flats.",
        "The landlord will cover the cost of a new boiler for the flats.")]
    // The checker before ChangedSpan rejects this one as well (its other three rows fail there): kept as a case of the
    // reading, not as proof of it.
    [InlineData("The market reopened in spring. The old clock in the market hall is to be replaced with a digital one.",
        "The old clock in the market hall is to be repaired by a local firm.")]
    [InlineData("The leisure centre will shut for repairs. Swimmers will have to book a slot for the outdoor pool.",
        "Swimmers will still be able to use the outdoor pool.")]
    [InlineData("The bench was carried off in March. Mr Okafor had moved the bench a week before the fair.",
        "Mr Okafor had varnished the bench a week before the flood.")]
    public void The_claims_sentence_with_another_subject_or_verb_group_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));

    // Guards: the checker before the reading finds these too; they keep an outlet's own wording found.
    [Theory]
    [InlineData("The valley flooded on Sunday. The ferry was pulled back to port after its engine failed.",
        "The ferry was towed back to port after its engine failed.")]
    [InlineData("The valley flooded on Sunday. Two climbers were lifted to safety after they were stranded by the snow.",
        "Two climbers were flown to safety after they were trapped by the snow.")]
    [InlineData("The valley flooded on Sunday. The landlord will cover the cost of a new boiler for the flats.",
        "The owner will cover the cost of a new boiler for the flats.")]
    [InlineData("The valley flooded on Sunday. Fresh water will be brought to the farms in tankers and should see the herds supplied until the pipe is mended.",
        "Fresh water will be brought to the farms in tankers and will keep the cattle watered until the pipe is mended.")]
    [InlineData("The district council will cover the cost of a new boiler for the flats. The landlord will cover the cost of a new boiler for the flats, the tenants said.",
        "The landlord will cover the cost of a new boiler for the flats.")]
    [InlineData("The valley flooded on Sunday. The Brenmoor Heritage Trust will cover the cost of a new boiler for the flats.",
        "The charity will cover the cost of a new boiler for the flats.")]
    public void The_same_fact_in_an_outlets_own_words_is_found(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));
}
