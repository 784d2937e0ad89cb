using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "The school was evacuated and nobody was hurt": a clause whose subject is "nobody", "no one" or "none of ..." is a
/// fact of its own, which news reports in a sentence of its own ("No one was injured."), so each clause is found on its
/// own; an outcome the source does not report (people were hurt) is still rejected. Every sentence is invented.
/// </summary>
public class NobodyClauseTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Source = "A gas leak forced the evacuation of Harlow Street primary school on Monday morning. "
        + "Pupils and staff waited in the playground for an hour while engineers made the pipe safe. No one was injured, the fire service said.";

    private static List<string> Found(string claim, string source = Source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("The school was evacuated on Monday and nobody was hurt.")]
    [InlineData("Harlow Street primary school was evacuated and no one was injured.")]
    public void A_nobody_clause_is_found_in_its_own_sentence(string claim) =>
        Assert.Empty(Found(claim));

    [Fact]
    public void An_outcome_the_source_does_not_report_is_still_rejected() =>
        Assert.Equal(["[1]"], Found("The school was evacuated on Monday and nobody was hurt.",
            "A gas leak forced the evacuation of Harlow Street primary school on Monday morning. Two pupils were treated for breathing problems and taken to hospital."));

    [Fact]
    public void A_nobody_clause_the_source_contradicts_is_rejected() =>
        Assert.Equal(["[1]"], Found("The school was evacuated on Monday and none of the pupils was taken to hospital.",
            "A gas leak forced the evacuation of Harlow Street primary school on Monday morning. Two pupils were taken to hospital with breathing problems."));
}
