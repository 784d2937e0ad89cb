using Summarizer.Checking;
using Summarizer.Checking.Independent;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A merged claim over several outlets that none of them words as strictly judged ("Nobody aboard the small fishing
/// boat was hurt" where one writes "nobody was hurt among its crew" and another "nobody was hurt when the trawler hit
/// rocks"): two or more cited sources that each say its act and participants, by the reading a source corroborated by
/// another gets, corroborate each other. A source cited alone, or beside sources that do not say the claim, is judged as
/// ever. Every sentence is invented.
/// </summary>
public class MutualCorroborationTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Hurt = "Nobody aboard the small fishing boat was hurt.";
    private const string HurtAmongCrew = "The boat ran aground but nobody was hurt among its crew of nine.";
    private const string HurtOnRocks = "Nobody was hurt when the trawler hit rocks off Mellick.";

    private const string Stored = "The stolen church bells were stored in a disused barn near the old quarry.";
    private const string StoredOnFarmland = "Police said the stolen church bells had been stored on farmland.";
    private const string StoredInShed = "The church bells were stored in a shed until the thieves were caught.";

    private static List<UngroundedToken> Findings(string claim, int[] cited, params string[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, cited), [.. sources.Select((s, i) => Article(i + 1, s))])];

    [Theory]
    [InlineData(Hurt, HurtAmongCrew, HurtOnRocks)]
    [InlineData(Stored, StoredOnFarmland, StoredInShed)]
    public void Two_outlets_that_each_say_the_act_in_their_own_words_corroborate_each_other(string claim, string first, string second) =>
        Assert.Empty(Findings(claim, [1, 2], first, second));

    [Theory]
    [InlineData(Hurt, HurtAmongCrew, HurtOnRocks)]
    [InlineData(Stored, StoredOnFarmland, StoredInShed)]
    public void Each_outlet_cited_alone_is_still_short_of_the_claim(string claim, string first, string second)
    {
        Assert.NotEmpty(Findings(claim, [1], first, second));
        Assert.NotEmpty(Findings(claim, [2], first, second));
    }

    [Fact]
    public void A_cited_source_that_does_not_say_the_act_corroborates_nothing() =>
        Assert.Equal([1, 2], Findings(Hurt, [1, 2], HurtAmongCrew, "The trawler hit rocks off Mellick on Monday.").SelectMany(u => u.Sources).Distinct().Order());

    [Fact]
    public void A_figure_both_outlets_give_otherwise_is_still_caught() =>
        Assert.NotEmpty(Findings(
            "Three stolen church bells were stored in a disused barn near the old quarry.", [1, 2],
            "Police said two stolen church bells had been stored on farmland.",
            "The two church bells were stored in a shed until the thieves were caught."));

    // Reported speech needs a passage that gives the words to the speaker; outlets that carry the words but not who said
    // them do not make up for one that does.
    [Fact]
    public void A_speaker_no_cited_source_names_is_still_wanted() =>
        Assert.NotEmpty(Findings(
            "Police said nobody was on the walkway at the time and no injuries were reported.", [1, 2],
            "The walkway collapsed into the river late on Sunday. No one was hurt in the collapse, which happened shortly before midnight when the walkway on the downstream side was empty.",
            "The walkway fell into the river on Sunday night. No injuries were reported in the collapse, which happened shortly before midnight while the walkway was empty."));
    // "Police said ...": a bare noun opening the sentence is as much a speaker as "the mayor", and outlets that each
    // carry the words, and name the police elsewhere, do not give the words to them.
    private const string PoliceSaid = "Police said the stolen church bells were stored in a disused barn near the old quarry.";
    private const string PoliceElsewhere = "Police recovered the bells on Friday. The stolen church bells had been stored on farmland.";
    private const string PoliceAtTheEnd = "The church bells were stored in a shed until the thieves were caught. Police thanked the farmer.";

    [Fact]
    public void Words_a_bare_noun_speaker_said_need_a_source_that_gives_them_to_that_speaker()
    {
        Assert.Empty(Findings(Stored, [1, 2], PoliceElsewhere, PoliceAtTheEnd));
        Assert.NotEmpty(Findings(PoliceSaid, [1, 2], PoliceElsewhere, PoliceAtTheEnd));
    }

    [Theory]
    [InlineData("Police said nobody was hurt.", true)]
    [InlineData("Nobody was hurt, officials confirmed.", true)]
    [InlineData("Nobody was hurt, according to witnesses.", true)]
    [InlineData("Nobody was hurt, according to the coastguard.", true)]
    [InlineData("She said nobody was hurt.", true)]
    [InlineData("The bridge was shut and engineers warned it could take weeks to repair.", true)]
    [InlineData("No injuries were reported.", false)]
    [InlineData("Reports say nobody was hurt.", false)]
    [InlineData("Nobody was hurt, according to two reports.", false)]
    [InlineData("Nobody aboard the small fishing boat was hurt.", false)]
    public void Any_speaker_is_read_as_reporting_speech(string claim, bool speech) =>
        Assert.Equal(speech, ClaimReading.Read(claim, new HashSet<string>(StringComparer.Ordinal)).ReportsSpeech);

    // A syndicated copy carries its original's words: the two are one voice, and each saying the claim only loosely does
    // not make it corroborated. A third outlet in its own words does.
    private const string Aground = "The boat ran aground but nobody was hurt among its crew of nine. The coastguard towed the vessel to the harbour at Mellick on Tuesday afternoon, and its owner said that repairs to the damaged hull would take several weeks to complete.";
    private const string AgroundCopy = "The boat ran aground but nobody was hurt among its crew of nine. The coastguard towed the vessel to the harbour at Mellick on Tuesday afternoon, and its owner said that repairs to the damaged hull would take several weeks.";

    [Fact]
    public void A_near_copy_does_not_corroborate_its_original()
    {
        Assert.Equal([1, 2], Findings(Hurt, [1, 2], Aground, AgroundCopy).SelectMany(u => u.Sources).Distinct().Order());
        Assert.Empty(Findings(Hurt, [1, 2, 3], Aground, AgroundCopy, HurtOnRocks));
    }
}
