using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A text article names its outlet only in its dateline ("Harbour Lights Gazette, Friday 14 May 2027"): a summary
/// saying "the Gazette reports ..." gives the outlet's own statement, which any sentence of its report holds. A place
/// in capitals opening a dateline is no outlet, and another speaker is still looked for. A wire dateline gives its outlet
/// in brackets after the date ("PORT EVAN, Friday 14 May 2027 (Tidewater Courier) - ..."): that name speaks in its report
/// too, but an agency's code in capitals ("(TNW)") is no name. Every sentence is invented.
/// </summary>
public class DatelineOutletTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Body = "Fishermen at Port Evan have voted to strike over new quota rules.\n\n"
        + "The harbour office was shut on Thursday.\n\n"
        + "The Ashgrove library will close its doors in June after the county withdrew its grant.";

    private static List<string> Found(string dateline, string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, dateline + "\n\n" + Body)]).Select(u => u.Token)];

    [Theory]
    [InlineData("Harbour Lights Gazette, Friday 14 May 2027", "Harbour Lights Gazette says the Ashgrove library will close in June after the county withdrew its grant.")]
    [InlineData("*The Weekly Rook, Friday 14 May 2027*", "The Weekly Rook argues that the Ashgrove library will close its doors in June because the county withdrew its grant.")]
    [InlineData("Carrick Evening Star, 14 May 2027", "The Ashgrove library will close in June after the county withdrew its grant, the Carrick Evening Star reports.")]
    public void The_outlet_a_dateline_names_speaks_in_its_own_report(string dateline, string claim) =>
        Assert.Empty(Found(dateline, claim));

    [Theory]
    [InlineData("PORT EVAN, Friday 14 May 2027", "Port Evan says the Ashgrove library will close in June after the county withdrew its grant.")]
    [InlineData("Harbour Lights Gazette, Friday 14 May 2027", "Councillor Ann Lowe says the Ashgrove library will close in June after the county withdrew its grant.")]
    public void A_place_or_another_speaker_is_still_looked_for(string dateline, string claim) =>
        Assert.NotEmpty(Found(dateline, claim));

    // The wire dateline opens the report's first line, as wire copy sets it.
    private static List<string> FoundOnWire(string dateline, string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, dateline + " - " + Body)]).Select(u => u.Token)];

    [Theory]
    [InlineData("PORT EVAN, Friday 14 May 2027 (Tidewater Courier)", "The Tidewater Courier reports that the Ashgrove library will close in June after the county withdrew its grant.")]
    [InlineData("PORT EVAN, 14 May 2027 (The Glenmoor Argus)", "The Ashgrove library will close its doors in June because the county withdrew its grant, the Glenmoor Argus says.")]
    public void The_outlet_a_wire_dateline_gives_in_brackets_speaks_in_its_own_report(string dateline, string claim) =>
        Assert.Empty(FoundOnWire(dateline, claim));

    [Theory]
    [InlineData("PORT EVAN, Friday 14 May 2027 (TNW)", "TNW reports that the Ashgrove library will close in June after the county withdrew its grant.")]
    [InlineData("PORT EVAN, Friday 14 May 2027 (Tidewater Courier)", "The Glenmoor Argus reports that the Ashgrove library will close in June after the county withdrew its grant.")]
    [InlineData("PORT EVAN, Friday 14 May 2027 (Tidewater Courier)", "The Tidewater Courier reports that the Ashgrove library will close in September after the county withdrew its grant.")]
    public void An_agency_code_another_outlet_or_a_clause_the_report_lacks_is_still_caught(string dateline, string claim) =>
        Assert.NotEmpty(FoundOnWire(dateline, claim));
}
