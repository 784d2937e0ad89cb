using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A past participle that opens a sentence with a date ("Hired in May 2025, he ...") is a clause of its own: the date
/// is the participle's, not the main clause's event (invented sentences).
/// </summary>
public sealed class DatesOfOpeningParticiplesTests
{
    [Fact]
    public void A_participle_that_opens_the_sentence_keeps_its_date()
    {
        var date = Value("Hired in May 2025, he lifted the team to third place.");

        Assert.Null(date.Frame);
        Assert.Equal("hired", date.Verb);
    }

    [Fact]
    public void A_fronted_date_without_a_verb_still_dates_the_main_clause()
    {
        Assert.Equal("end", Value("In May 2025, the council lifted the ban.").Frame);
    }
}
