using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "at" and a bare name after a noun of people tells whom they work for ("economists at Tarvell Capital"), not where
/// anything happened; a site named as one, or a name after a verb, is still read. Every sentence is invented.
/// </summary>
public sealed class PlaceAffiliationsTests
{
    [Theory]
    [InlineData("Economists at Tarvell Capital expect the rate to fall again in the spring.")]
    [InlineData("Bus drivers at Kestrel Coaches walked out for the second time in a month on Friday.")]
    [InlineData("The figures were checked by a spokeswoman at Holloway Freight before they were published.")]
    [InlineData("One chemist at Brannock Labs had warned of the risk two years earlier.")]
    public void A_name_after_a_noun_of_people_is_no_place(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Theory]
    [InlineData("The fire broke out at Velcourt Mills shortly after midnight.", "at Velcourt Mills")]
    [InlineData("Visitors at Marlcombe General Hospital were asked to leave the wards.", "at Marlcombe General Hospital")]
    [InlineData("The order was signed at Kestrel Coaches on Friday.", "at Kestrel Coaches")]
    public void A_name_after_a_verb_or_a_named_site_is_still_a_place(string sentence, string place) =>
        Assert.Contains(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Text == place);
}
