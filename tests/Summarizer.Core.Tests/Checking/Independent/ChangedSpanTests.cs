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
    [InlineData("A storm hit the terrace on Friday. The district council has agreed to pay for the cracked chimney to be rebuilt.",
        "The landlord has agreed to pay for the cracked chimney to be rebuilt.")]
    [InlineData("The park reopened in spring. The old bandstand in the memorial gardens is to be sold for scrap.",
        "The old bandstand in the memorial gardens is to be restored by the town.")]
    [InlineData("The leisure centre will shut for repairs. Swimmers will have to book a slot for the outdoor pool.",
        "Swimmers will still be able to use the outdoor pool.")]
    [InlineData("The caravan was washed away in March. Mrs Adeyemi had sold the caravan two months before the wedding.",
        "Mrs Adeyemi had rented the caravan two months before the storm.")]
    public void The_claims_sentence_with_another_subject_or_verb_group_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));

    // Guards: the checker before the reading finds these too; they keep an outlet's own wording found.
    [Theory]
    [InlineData("The valley flooded on Sunday. The ferry was pulled back to port after its engine failed.",
        "The ferry was towed back to port after its engine failed.")]
    [InlineData("The valley flooded on Sunday. Two climbers were lifted to safety after they were stranded by the snow.",
        "Two climbers were flown to safety after they were trapped by the snow.")]
    [InlineData("The valley flooded on Sunday. The landlord has agreed to pay for the cracked chimney to be rebuilt.",
        "The owner has agreed to pay for the cracked chimney to be rebuilt.")]
    [InlineData("The valley flooded on Sunday. Fresh water will be brought to the farms in tankers and should see the herds supplied until the pipe is mended.",
        "Fresh water will be brought to the farms in tankers and will keep the cattle watered until the pipe is mended.")]
    [InlineData("The district council has agreed to pay for the cracked chimney to be rebuilt. The landlord has agreed to pay for the cracked chimney to be rebuilt, the tenants said.",
        "The landlord has agreed to pay for the cracked chimney to be rebuilt.")]
    [InlineData("The valley flooded on Sunday. The Brenmoor Heritage Trust has agreed to pay for the cracked chimney to be rebuilt.",
        "The charity has agreed to pay for the cracked chimney to be rebuilt.")]
    public void The_same_fact_in_an_outlets_own_words_is_found(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));
}
