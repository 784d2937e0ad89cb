using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "X said A, and B": a summary may join someone's words and a fact the source states itself. The clause after the joint
/// is found where the source states it without anyone speaking; where the source gives it to another speaker, or not at
/// all, it is still rejected. Every sentence is invented.
/// </summary>
public class NarratedClauseTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Speech = "Dr Lena Hart told the board that a shortage of radiographers had forced the cancellation of scans through the winter.";

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Fact]
    public void A_fact_the_source_states_itself_may_follow_the_speech()
    {
        var source = Speech + " The harbour was busy on Monday. The clinic's waiting list has grown by a third since January, the paper understands.";

        Assert.Empty(Found("Dr Lena Hart said a shortage of radiographers had forced the cancellation of scans, and the waiting list has grown by a third since January.", source));
    }

    [Fact]
    public void A_fact_another_speaker_gives_is_not_the_first_speakers()
    {
        var source = Speech + " The harbour was busy on Monday. The clinic's waiting list has grown by a third since January, Dr Omar Reyes said.";

        Assert.Equal(["[1]"], Found("Dr Lena Hart said a shortage of radiographers had forced the cancellation of scans, and the waiting list has grown by a third since January.", source));
    }

    [Fact]
    public void A_fact_the_source_does_not_state_is_rejected()
    {
        var source = Speech + " The harbour was busy on Monday. The clinic's waiting list has grown by a third since January, the paper understands.";

        Assert.Equal(["[1]"], Found("Dr Lena Hart said a shortage of radiographers had forced the cancellation of scans, and the clinic plans to shut its night service.", source));
    }
}
