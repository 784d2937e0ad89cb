using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Each source's causes are read once per story (<see cref="CauseFinder.Read"/>) and that one reading gives both the
/// cause conflict and the agreed causes of that story, as reading them for each would, on invented stories.
/// </summary>
public sealed class CauseReadOnceTests
{
    private static readonly string[] Rival =
    [
        "Smoke filled the Harwood cinema on Friday night. Fire officers blamed an overheating projector lamp for the smoke.",
        "Film-goers were led out of the Harwood cinema on Friday. The manager said the smoke was caused by a burning waste bin behind the kiosk.",
    ];

    private static readonly string[] Agreeing =
    [
        "Smoke filled the Harwood cinema on Friday night. Fire officers blamed an overheating projector lamp for the smoke.",
        "Film-goers were led out of the Harwood cinema on Friday. The manager said the smoke was caused by a projector that overheated.",
    ];

    [Fact]
    public void One_reading_gives_the_conflict_of_rival_causes_and_no_agreed_cause()
    {
        var sources = Sources(Rival);
        var read = CauseFinder.Read(sources);

        var (_, _, conflict) = Assert.Single(CauseFinder.Find(sources, read));
        Assert.Equal([[1], [2]], conflict.Claims.Select(c => c.Sources.ToArray()));
        Assert.Empty(CauseFinder.Agreed(read, id => id));
        Assert.Equal(CauseFinder.Find(sources).Select(f => f.Item.Claims.Select(c => c.Text)), CauseFinder.Find(sources, read).Select(f => f.Item.Claims.Select(c => c.Text)));
    }

    [Fact]
    public void One_reading_gives_the_agreed_cause_of_both_outlets_and_no_conflict()
    {
        var sources = Sources(Agreeing);
        var read = CauseFinder.Read(sources);

        Assert.Empty(CauseFinder.Find(sources, read));
        var agreed = CauseFinder.Agreed(read, id => id);
        Assert.Equal([1, 2], agreed.Select(s => s.SourceId).Distinct().Order());
    }

    [Fact]
    public void A_reading_is_of_its_own_story()
    {
        var rival = CauseFinder.Read(Sources(Rival));
        var agreeing = CauseFinder.Read(Sources(Agreeing));

        Assert.Empty(CauseFinder.Agreed(rival, id => id));
        Assert.NotEmpty(CauseFinder.Agreed(agreeing, id => id));
        // A near-copy's cause agrees with no other outlet: the copy and its original are one outlet.
        Assert.Empty(CauseFinder.Agreed(agreeing, id => 1));
    }
}
