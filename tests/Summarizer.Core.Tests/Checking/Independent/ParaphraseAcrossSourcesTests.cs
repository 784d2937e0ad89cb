using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Faithful paraphrase the checker must accept without letting planted errors through: a passage that gives a claim's
/// figures is read in the words another outlet of the story uses in a sentence giving the same figures; a person is
/// what the source calls them in an apposition ("Marland, a former primary school teacher,") or a title before the name;
/// general news synonyms (funding / cash, equity / shares, important / mattered, moved out / evacuated); a clause
/// "up from" an earlier figure is a piece of its own. What a passage negates says nothing ("without raising new equity"),
/// and a date the passage does not give counts against the claim. Every sentence is invented.
/// </summary>
public class ParaphraseAcrossSourcesTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Risk = "The vaccine cut the risk of chest infections by 74 percent among people aged 65 and over, researchers said.";
    private const string Prevented = "The vaccine prevented 74% of cases of lung disease in older adults, the trial found.";

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Fact]
    public void A_passage_with_the_claims_figures_is_read_in_the_words_another_outlet_uses_for_them()
    {
        const string claim = "The vaccine prevented 74% of lung disease cases in older adults.";

        Assert.Empty(Found(claim, Article(1, Risk), Article(2, Prevented)));
        Assert.Equal(["[1]"], Found(claim, Article(1, Risk)));
    }

    [Theory]
    [InlineData("Turnout in the vote was 74 percent.", "The vaccine prevented 74% of lung disease cases in older adults.", "[1]")]
    [InlineData(Risk, "The vaccine prevented 64% of lung disease cases in older adults.", "64%")]
    public void Another_outlets_words_do_not_carry_a_claim_the_passage_does_not_make(string cited, string claim, string token) =>
        Assert.Equal([token], Found(claim, Article(1, cited), Article(2, Prevented)));

    [Fact]
    public void A_clause_without_the_figures_does_not_borrow_another_outlets_words()
    {
        const string claim = "The span usually takes some 9,000 lorries a week, making it one of the busiest freight links in the Orrin valley.";
        var cited = Article(1, "The crossing is used by roughly 9,000 lorries weekly. The Orrin valley council will pay for the repairs.");

        Assert.Equal(["[1]"], Found(claim, cited, Article(2, claim)));
    }

    [Theory]
    [InlineData("Marland, a former primary school teacher, said she would take a year off. Marland receives £50,000 with the prize.", "The former primary school teacher receives £50,000.")]
    [InlineData("Finance minister Dana Pike resigned on Monday. Pike cited her health.", "The finance minister cited her health.")]
    [InlineData("Orvane Bio makes vaccines. Amsel said the company had enough funding to reach launch without raising new equity.", "Amsel said Orvane had enough cash to get to launch without selling new shares.")]
    [InlineData("Professor Eva Lind said it was important to see how the drug performed in the oldest patients, such as those living in nursing homes.", "Lind said it mattered how the drug worked in the oldest people, such as nursing-home residents.")]
    [InlineData("Around 300 residents have been moved out of Vellacorte by the army.", "The army quickly evacuated around 300 people from Vellacorte.")]
    [InlineData("Orvane makes the vaccine. \"We expect to compete on protection, not on price,\" Amsel said.", "Amsel said Orvane would compete on protection rather than price.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Marland, a former primary school teacher, said she would take a year off. Marland receives £50,000 with the prize.", "The retired bus driver receives £50,000.")]
    [InlineData("Amsel said the company had enough funding to reach launch without raising new equity.", "Amsel said the company would need to raise new equity before launch.")]
    [InlineData("The storm reached Kerrow on 26 January. Minister Ana Vanca visited the shelters in Kerrow.", "Vanca toured the shelters in Kerrow with aides on 26 January.")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim) =>
        Assert.Equal(["[1]"], Found(claim, Article(1, source)));

    [Fact]
    public void A_figure_up_from_an_earlier_one_is_a_piece_each_cited_source_may_give()
    {
        CleanedArticle[] sources =
        [
            Article(1, "Provisional figures on Sunday night gave Kaya 51.8% of the vote."),
            Article(2, "Kaya took 52.4% of the vote in the final count on Monday."),
        ];
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        var claim = Assert.Single(filter.FilterProse("Kaya took 52.4% of the vote in Monday's final count, up from 51.8% in Sunday night's provisional figures [1][2].", recite: false));

        Assert.Equal([1, 2], claim.Sources);
        Assert.Empty(filter.Findings);
    }
}
