using Summarizer.Checking;
using Summarizer.Checking.Independent;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A claim cited to one source alone (a single-source item) tells what that outlet alone reports, so its passage must
/// hold what the claim says of its subject, not only the subject: a passage that names the same things for another act
/// ("the cracked sluice gate at the weir") does not say "the weir's other gates were fitted at the same time as the one
/// that cracked". A claim of several clauses, or one another cited source also says, is judged as ever. Every sentence
/// is invented.
/// </summary>
public class PredicateOfLoneClaimTests
{
    private const string Weir = "Engineers began designing a replacement for the cracked sluice gate at the Harrowmere weir on Tuesday. "
        + "The weir, built in 1961, has four more gates of the same type, and the chief engineer said each would be checked by Friday. "
        + "The river authority said boats would be kept off the reach below the weir until the work was done.";

    private const string OtherOutlet = "The other gates at Harrowmere were fitted at the same time as the one that cracked, the river authority said.";

    [Theory]
    [InlineData("The weir's other gates were fitted at the same time as the one that cracked.")]
    [InlineData("The river authority has fined the boat owners.")]
    public void A_lone_claim_whose_passage_shares_only_its_subject_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Weir));

    [Theory]
    [InlineData("The weir has four more gates of the same type.")]
    [InlineData("Engineers began designing a replacement for the cracked sluice gate.")]
    [InlineData("Boats will be kept off the reach below the weir until the work is done.")]
    public void A_lone_claim_whose_passage_says_what_it_tells_of_its_subject_is_found(string claim) =>
        Assert.Empty(Unsupported(claim, Weir));

    [Fact]
    public void The_predicate_opens_after_the_subject_at_an_auxiliary_or_a_past_verb()
    {
        int Opens(string text)
        {
            var words = WordScanner.Scan(text);
            var content = words.Where(w => w.IsLetters && !Stopwords.Is(w.Folded)).ToList();
            var at = CitationJudge.PredicateStart(words, content);
            return at < 0 ? -1 : words[at].Start;
        }

        Assert.Equal("The weir's other gates ".Length, Opens("The weir's other gates were fitted at the same time."));
        Assert.Equal("Police ".Length, Opens("Police reopened a single lane at 6am."));
        Assert.Equal(-1, Opens("Damaged vehicles."));
        Assert.Equal("After the race, organisers ".Length, Opens("After the race, organisers will use a head count."));
    }

    [Fact]
    public void A_source_cited_beside_another_is_not_held_to_the_lone_reading()
    {
        var checker = GroundingChecker.Create();
        var findings = checker.CheckClaim(
            new Claim("The weir's other gates were fitted at the same time as the one that cracked.", [1, 2]),
            [Article(1, OtherOutlet), Article(2, Weir)]);
        Assert.DoesNotContain(findings, u => u.Sources.Contains(2));
    }
}
