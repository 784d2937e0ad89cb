using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// News goes on with one matter sentence by sentence, the next opening anew ("Wardens asked ...") rather than carrying on
/// with a pronoun or "But", and a summary folds a figure and what the next sentence says of it into one claim. The
/// sentence giving the figure and the one right after it are read together, held to the lead window's share; a figure
/// the report does not give, a next sentence about someone else or with a figure of its own, and words from further
/// down are still caught. Every sentence is invented.
/// </summary>
public class FollowingSentenceTests
{
    private const string Source =
        "Crowds packed the harbour at Wexmouth on Saturday for the return of the tall ship Aurelia.\n\n"
        + "Wardens handed out 43 parking fines along the coast road.\n\n"
        + "Wardens asked drivers to leave the lanes clear for buses and ambulances.\n\n"
        + "Harbour staff said the quay would reopen to cars on Monday.\n\n"
        + "The Aurelia sails for Lisbon next week.";

    [Fact]
    public void A_figure_and_what_the_next_sentence_says_of_it_are_what_the_report_says() =>
        Assert.Empty(Unsupported("Wardens handed out 43 parking fines and asked drivers to leave the lanes clear for buses and ambulances.", Source));

    [Fact]
    public void A_figure_the_report_does_not_give_is_still_caught() =>
        Assert.NotEmpty(Unsupported("Wardens handed out 34 parking fines and asked drivers to leave the lanes clear for buses and ambulances.", Source));

    [Fact]
    public void A_next_sentence_that_names_someone_else_does_not_join_the_figure() =>
        Assert.NotEmpty(Unsupported(
            "Wardens handed out 43 parking fines along the coast road and asked drivers to leave the lanes clear.",
            "Wardens handed out 43 parking fines along the coast road.\n\nPolice in Carnby asked drivers to leave the lanes clear."));

    [Fact]
    public void A_figure_put_on_what_the_next_sentence_counts_otherwise_is_still_caught() =>
        Assert.NotEmpty(Unsupported(
            "Wardens towed 43 cars from the lanes along the coast road.",
            "Wardens handed out 43 parking fines along the coast road.\n\nWardens towed 12 cars from the lanes."));

    [Fact]
    public void Words_from_two_sentences_on_are_still_caught() =>
        Assert.NotEmpty(Unsupported("Wardens handed out 43 parking fines and said the quay would reopen to cars on Monday.", Source));
}
