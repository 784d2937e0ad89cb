using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class DatelineTests
{
    [Theory]
    [InlineData("HARBURG, Tuesday 3 March 2026 (XNA) - Crews closed the quay.", "Crews closed the quay.")]
    [InlineData("HARBURG, Ostmark, Mar 3 (XNA) - Crews closed the quay.", "Crews closed the quay.")]
    [InlineData("NEW TALLIN (Harbour Wire) — Crews closed the quay.", "Crews closed the quay.")]
    [InlineData("HARBURG, Ostmark( XNA) Crews closed the quay.", "Crews closed the quay.")]
    [InlineData("NEW TALLIN, Lower Marsh (Harbour Wire) Crews closed the quay.", "Crews closed the quay.")]
    public void A_wire_dateline_is_measured_to_the_start_of_the_sentence_it_opens(string sentence, string rest) =>
        Assert.Equal(sentence.Length - rest.Length, Dateline.Length(sentence));

    [Theory]
    [InlineData("Harburg, a port town, closed its quay - and kept it shut.")]
    [InlineData("NATO said on Monday - without giving a date - that it would meet.")]
    [InlineData("The council met on Monday - Crews closed the quay.")]
    [InlineData("UN (United Nations) Secretary-General Ana Ruiz visited the quay.")]
    [InlineData("HARBURG, Ostmark (XNA) crews closed the quay.")]
    public void A_sentence_without_a_dateline_measures_none(string sentence) =>
        Assert.Equal(0, Dateline.Length(sentence));

    [Theory]
    [InlineData("KESTRIN, Vallmark, Apr 9 (OPA) - Ferries stopped on Friday.", "KESTRIN, Vallmark, Apr 9 (OPA) - Ferries")]
    [InlineData("KESTRIN, Apr 9 Ferries stopped on Friday.", "KESTRIN, Apr 9 Ferries")]
    [InlineData("KESTRIN, near the border, Apr 9 (OPA) - Ferries stopped.", "KESTRIN, near the border, Apr 9 (OPA) - ")]
    [InlineData("ferries stopped on Apr 9.", "")]
    public void The_opening_is_the_dateline_or_the_longer_capitalised_run(string text, string opening) =>
        Assert.Equal(opening, Dateline.OrCapitalisedOpening(text));
}
