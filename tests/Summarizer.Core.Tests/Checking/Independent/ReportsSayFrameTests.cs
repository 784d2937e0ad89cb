using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "Other reports say ...", "Some accounts say ...": a summary's frame naming the outlets it cites is no speaker a
/// source must name; what follows is checked against the cited source as its own statement. Someone else given as the
/// speaker is still looked for. Every sentence is invented.
/// </summary>
public class ReportsSayFrameTests
{
    private const string Source = "Councillors threw out the plan for a multi-storey car park on Tuesday night. "
        + "The Wexley ferry left Dunmore harbour two hours late because of fog. "
        + "Organisers said the Larch Street fair would go ahead in the rain.";

    [Theory]
    [InlineData("Other reports say councillors rejected the plan for a multi-storey car park.")]
    [InlineData("Some accounts say the Wexley ferry left Dunmore harbour late because of fog.")]
    [InlineData("Other outlets say the Larch Street fair went ahead in the rain.")]
    public void The_frame_naming_the_reports_is_no_speaker(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("Councillor Ann Roe says councillors rejected the plan for a multi-storey car park.")]
    [InlineData("Harbour master Ian Dale says the Wexley ferry left Dunmore harbour late because of fog.")]
    public void A_speaker_the_source_does_not_name_is_still_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
