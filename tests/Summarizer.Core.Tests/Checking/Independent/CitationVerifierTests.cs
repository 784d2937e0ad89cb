using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>The independent checker's rules, each on hand-written sources.</summary>
public class CitationVerifierTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    [Theory]
    [InlineData("The repairs will cost $240m, the council said.", "The repairs will cost $240 million, the council said.")]
    [InlineData("The group posted a loss of $4.2bn for the year.", "The group posted a loss of $4.2 billion for the year.")]
    [InlineData("The province released 25 million euros for households.", "The province released €25m for households.")]
    [InlineData("Twelve people were taken to hospital after the crash.", "12 people were taken to hospital after the crash.")]
    [InlineData("Kaya-Brandt won 52.4% of the vote in the city.", "Kaya-Brandt won 52.4 percent of the vote in the city.")]
    [InlineData("Kaya-Brandt won 52.4% of the vote in the city.", "Kaya-Brandt won 52.4 per cent of the vote in the city.")]
    [InlineData("The outage began at 14:30 across the network.", "The outage began at 2.30pm across the network.")]
    [InlineData("The trial opens on 3 July in the capital.", "The trial opens on July 3 in the capital.")]
    [InlineData("Coach Henrik Strøm praised the young squad.", "Coach Henrik Stroem praised the young squad.")]
    [InlineData("Minister Lise Vestergård opened the new bridge.", "Minister Lise Vestergaard opened the new bridge.")]
    [InlineData("Minister Lise Vestergård opened the new bridge.", "Vestergaard opened the new bridge.")]
    [InlineData("Lise Vestergård, the transport minister, opened the new bridge.", "Minister Vestergård opened the new bridge.")]
    public void Format_and_spelling_variants_of_what_the_source_says_are_accepted(string source, string claim)
    {
        Assert.Empty(Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]));
    }

    [Fact]
    public void A_one_word_quote_the_source_does_not_have_is_rejected()
    {
        var source = Article(1, "Mayor Jane Holm called the flooding \"heartbreaking\" as she toured the town on Sunday.");

        Assert.Empty(Checker.CheckClaim(new Claim("Mayor Jane Holm called the flooding \"heartbreaking\" as she toured the town.", [1]), [source]));
        Assert.Equal(
            ["\"devastating\""],
            Checker.CheckClaim(new Claim("Mayor Jane Holm called the flooding \"devastating\" as she toured the town.", [1]), [source]).Select(u => u.Token));
    }

    [Theory]
    [InlineData("Regulators have already agreed to fast-track their review.")]
    [InlineData("The union said it would call a strike.")]
    public void A_fabrication_with_no_figure_is_rejected(string claim)
    {
        var sources = new[]
        {
            Article(1, "The merger of the two ports operators was announced on Monday. Regulators are expected to review the deal over the coming months."),
            Article(2, "The union said it would seek urgent talks with management about the merger. Workers gathered at the gates on Monday."),
        };

        var found = Checker.CheckClaim(new Claim(claim, [1, 2]), sources);

        Assert.Equal(["[1]", "[2]"], found.Select(u => u.Token));
    }

    [Fact]
    public void A_correct_figure_cited_to_a_source_that_gives_another_is_rejected_for_that_source_only()
    {
        var sources = new[]
        {
            Article(1, "The bridge repairs will cost $240 million, the council said on Tuesday."),
            Article(2, "The council said on Tuesday that the bridge repairs would cost $310m."),
        };

        var found = Checker.CheckClaim(new Claim("The bridge repairs will cost $240m, the council said.", [1, 2]), sources);

        Assert.Equal(["$240m@2"], found.Select(u => $"{u.Token}@{string.Join(",", u.Sources)}"));
    }

    [Fact]
    public void A_figure_the_source_gives_elsewhere_does_not_support_the_claim()
    {
        var source = Article(1, "The storm destroyed 14 homes in the valley. Rescuers evacuated 300 residents from the coast.");

        Assert.Equal(["[1]"], Checker.CheckClaim(new Claim("Rescuers evacuated 14 residents from the coast.", [1]), [source]).Select(u => u.Token));
    }

    [Fact]
    public void Reported_speech_needs_the_speaker_and_the_words_in_one_sentence_or_its_continuation()
    {
        var source = Article(1, "Mayor Jane Holm visited the shelters on Sunday. Officials said the levee would be rebuilt before winter. "
            + "Union leader Tom Berg spoke to workers at the gates. He said the union would seek urgent talks with management.");

        Assert.Empty(Checker.CheckClaim(new Claim("Tom Berg said the union would seek urgent talks with management.", [1]), [source]));
        Assert.Equal(["[1]"], Checker.CheckClaim(new Claim("Holm said the levee would be rebuilt before winter.", [1]), [source]).Select(u => u.Token));
    }

    [Fact]
    public void Names_the_source_does_not_give_are_rejected()
    {
        var source = Article(1, "Coach Henrik Strøm praised the young squad after the win.");

        Assert.Equal(["Coach Erik Strøm"], Checker.CheckClaim(new Claim("Coach Erik Strøm praised the young squad after the win.", [1]), [source]).Select(u => u.Token));
    }
}
