using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A tool or teeth that had gone into a casing ("had drilled into the main") is an outlet's explanation of the damage; and a
/// cause one outlet tells only as an open question ("examining whether ...") grounds no wording of its version, so the
/// version is shown in the words of the outlet that states it.
/// </summary>
public sealed class CauseOpenQuestionTests
{
    [Theory]
    [InlineData("Neighbours said a builder had drilled into the cable behind the wall.", "a builder")]
    [InlineData("Engineers think squirrels had chewed into the wiring of the signal box.", "squirrels")]
    [InlineData("A mechanical digger had dug into the gas main under the pavement, the council said.", "A mechanical digger")]
    public void Reads_what_had_gone_into_a_casing_as_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End]);
    }

    [Fact]
    public void Drilling_told_plainly_is_what_happened_not_a_cause()
    {
        Assert.Empty(CauseReader.Read(new Words("The rescuers drilled into the rock to reach the trapped miners.")));
    }

    [Theory]
    [InlineData("Engineers are examining whether contractors laying cables damaged a water main.", "Residents said contractors laying cables had drilled into the water main that morning.",
        "contractors laying cables had drilled into the water main that morning [1,2]")]
    [InlineData("Police are looking at whether a reversing lorry struck the barrier.", "A reversing lorry had smashed into the barrier at the gate, witnesses said.",
        "A reversing lorry had smashed into the barrier at the gate [1,2]")]
    [InlineData("Investigators are looking at whether a loose boulder holed the hull.", "Divers said a loose boulder had holed the hull below the waterline near the engine room.",
        "a loose boulder had holed the hull below the waterline near the engine room [1,2]")]
    public void A_version_is_worded_by_the_outlet_that_states_it_not_by_one_that_asks_whether(string asking, string stating, string shown)
    {
        var found = CauseFinder.Find(Sources(asking, stating, "The water company blamed a worn valve in the pump house."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(shown, $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }
}
