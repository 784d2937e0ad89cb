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

    // Paraphrases written after the thresholds were set: they measure what the citation-overlap threshold trades.
    private static readonly string[] HeldOutParaphrases =
    [
        "Rescuers saved 42 people from the lake [5].",
        "Three people were killed when the ferry overturned near Calder Point [2].",
        "An inquiry has been ordered by the governor [1][2].",
        "The ferry's operator said it would compensate bereaved families [1][5].",
        "Coast guard crews searched through the night [3].",
        "The capsizing happened in strong winds, two kilometres from Ostrava Bay [1].",
        "A 2024 audit found almost a fifth of ferries failed inspection [2].",
        "Families laid flowers on the water in Ostrava Bay [3].",
    ];

    [Fact]
    public void Held_out_paraphrases_show_the_citation_threshold_tradeoff()
    {
        var sources = TrustFixtures.Ferry();
        var strict = GroundingChecker.Create();
        var lenient = GroundingChecker.Create(new GroundingCheckerOptions { MinCitationOverlap = 0.4 });

        var strictAlarms = HeldOutParaphrases.Count(p => strict.Check(p, [], sources).Count > 0);
        var lenientAlarms = HeldOutParaphrases.Count(p => lenient.Check(p, [], sources).Count > 0);
        var lenientCaught = GroundingCases.Corrupted.Count(c =>
            (c.AsClaim ? lenient.CheckClaim(new Claim(c.Text, c.Cited), sources) : lenient.Check(c.Text, c.Cited, sources)).Count > 0);

        output.WriteLine($"held-out false alarms: {strictAlarms}/{HeldOutParaphrases.Length} at 0.6 (default), {lenientAlarms}/{HeldOutParaphrases.Length} at 0.4 (catch rate {lenientCaught}/{GroundingCases.Corrupted.Length})");
        // The default (0.6) is stricter than 0.5 so that figure-free fabrications are caught (CitationVerifierTests);
        // it costs two of these eight paraphrases: "people" for "passengers", "operator" for the operator's name.
        Assert.True(strictAlarms <= 2, $"{strictAlarms} held-out paraphrases flagged at the default threshold");
        Assert.Equal(0, lenientAlarms);
        Assert.True(lenientCaught >= GroundingCases.Corrupted.Length - 1);
    }
}
