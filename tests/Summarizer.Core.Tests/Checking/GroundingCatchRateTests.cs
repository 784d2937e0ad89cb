using System.Globalization;
using Summarizer.Checking;
using Summarizer.Core.Tests.Merging.Agreement;
using Summarizer.Documents;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Checking;

public class GroundingCatchRateTests(ITestOutputHelper output)
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static IReadOnlyList<UngroundedToken> Run(GroundingCase c, IReadOnlyList<CleanedArticle> sources) =>
        c.AsClaim ? Checker.CheckClaim(new Claim(c.Text, c.Cited), sources) : Checker.Check(c.Text, c.Cited, sources);

    [Fact]
    public void Catches_every_corrupted_reply_and_flags_no_faithful_one()
    {
        var sources = TrustFixtures.Ferry();
        var missed = GroundingCases.Corrupted.Where(c => Run(c, sources).Count == 0).Select(c => c.Name).ToList();
        var falseAlarms = GroundingCases.Faithful
            .Select(c => (c.Name, Found: Run(c, sources)))
            .Where(r => r.Found.Count > 0)
            .Select(r => $"{r.Name}: {string.Join(" | ", r.Found.Select(u => u.Token))}")
            .ToList();

        var caught = GroundingCases.Corrupted.Length - missed.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catch rate {caught}/{GroundingCases.Corrupted.Length}, false alarms {falseAlarms.Count}/{GroundingCases.Faithful.Length}"));
        foreach (var c in GroundingCases.Corrupted)
        {
            output.WriteLine($"{c.Name}: {string.Join(" | ", Run(c, sources).Select(u => u.Token))}");
        }

        Assert.True(GroundingCases.Corrupted.Length >= 20 && GroundingCases.Faithful.Length >= 10);
        Assert.Empty(missed);
        Assert.Empty(falseAlarms);
    }
}
