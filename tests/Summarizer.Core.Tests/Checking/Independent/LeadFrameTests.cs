using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A report's opening sentence frames every detail after it: a summary may tell a later sentence's figures in the
/// opening's words ("voted the levy through by 27 to 14 last night"), however far down the figures come. Speech and
/// quotes still need their speaker and words together, and a figure the report never gives is still caught. Every
/// sentence is invented.
/// </summary>
public class LeadFrameTests
{
    private const string Source =
        "Families in Ostley face a steeper harbour levy after town hall bosses voted the increase through last night.\n\n"
        + "Council leader Mara Quill, who backed the plan, said there was no other way to pay for the sea wall.\n\n"
        + "Her deputy said the fishing fleet had been consulted twice.\n\n"
        + "But the plan squeaked through 27-14 amid boos from the public benches.\n\n"
        + "The Ostley Boatmen's Guild collected 412 signatures against it.";

    [Fact]
    public void A_later_figure_told_in_the_opening_sentence_s_words_is_what_the_report_says() =>
        Assert.Empty(Unsupported("Ostley councillors voted a harbour levy increase through by 27 to 14 last night.", Source));

    [Fact]
    public void A_figure_the_report_does_not_give_is_still_caught() =>
        Assert.NotEmpty(Unsupported("Ostley councillors voted a harbour levy increase through by 29 to 12 last night.", Source));

    [Fact]
    public void A_speaker_from_the_opening_is_not_lent_to_a_later_sentence_s_words() =>
        Assert.NotEmpty(Unsupported("Town hall bosses said the fishing fleet had been consulted twice about the harbour levy increase.", Source));

    [Fact]
    public void Words_the_report_never_joins_to_the_figure_are_still_caught() =>
        Assert.NotEmpty(Unsupported("Ostley's fishing fleet rejected the harbour levy increase by 27 to 14 last night.", Source));

    [Fact]
    public void A_detail_about_someone_the_claim_does_not_name_is_not_lent_to_the_opening_s_subject() =>
        Assert.NotEmpty(Unsupported("Town hall bosses collected 412 signatures for the harbour levy increase last night.", Source));

    // The figure in the sentence right after the opening, which opens anew (no pronoun, no "But"): the two are no pair
    // window, and the opening frames it as it frames any later sentence.
    private const string SecondSentenceSource =
        "A choir festival opened in Brisk Harbour on Monday, filling the market hall with singers.\n\n"
        + "Some 120 choirs from the coast were welcomed by the mayor.\n\n"
        + "The finals are on Saturday.";

    [Fact]
    public void A_figure_in_the_second_sentence_told_in_the_opening_s_words_is_what_the_report_says() =>
        Assert.Empty(Unsupported("A choir festival opened in Brisk Harbour on Monday, welcoming some 120 choirs and filling the market hall with singers.", SecondSentenceSource));

    [Fact]
    public void A_second_sentence_figure_the_report_does_not_give_is_still_caught() =>
        Assert.NotEmpty(Unsupported("A choir festival opened in Brisk Harbour on Monday, welcoming some 210 choirs and filling the market hall with singers.", SecondSentenceSource));

    [Fact]
    public void Words_neither_the_opening_nor_the_figure_s_sentence_gives_are_still_caught() =>
        Assert.NotEmpty(Unsupported("A choir festival opened in Brisk Harbour on Monday, welcoming some 120 choirs and closing the ferry terminal.", SecondSentenceSource));

    // The figure's sentence names the town, which the claim names in its other clause only.
    private const string NamedSecondSentenceSource =
        "A choir festival opened on Monday, filling the market hall with singers.\n\n"
        + "Some 120 choirs from Brisk Harbour and the coast were welcomed by the mayor.\n\n"
        + "The finals are on Saturday.";

    [Fact]
    public void A_clause_is_about_what_the_whole_claim_names() =>
        Assert.Empty(Unsupported("A choir festival opened in Brisk Harbour on Monday, welcoming some 120 choirs and filling the market hall with singers.", NamedSecondSentenceSource));
}
