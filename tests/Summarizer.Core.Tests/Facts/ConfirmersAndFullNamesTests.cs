using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Who confirmed or verified a thing ("verified the figure", a titled person who "confirmed that", "has been confirmed
/// ... by"), who it fell "to announce", surnames with particles ("de Waal"), and a surname-only mention shown by the full
/// name its source gave earlier.
/// </summary>
public sealed class ConfirmersAndFullNamesTests
{
    private static Fact Person(string sentence, string role) =>
        Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == role);

    [Fact]
    public void A_verifier_of_a_figure_is_who_confirmed_it()
    {
        var fact = Person("Professor Lena Voss, who checks the survey data, verified the count on Tuesday.", "announce");

        Assert.Equal(NameKey.Of("Lena Voss"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("count"), fact.RoleObject);
    }

    [Fact]
    public void A_verified_figure_names_no_verifier()
    {
        Assert.DoesNotContain(Read("Ranger Tomas Kell said the verified count was 212 nests."), f => f.Role == "announce");
    }

    [Fact]
    public void A_titled_person_who_confirmed_that_a_thing_is_so_confirmed_that_thing()
    {
        var fact = Person("Dr Ilse Moreau of the county museum inspected the coin and confirmed that the hoard was Roman.", "announce");

        Assert.Equal(NameKey.Of("Ilse Moreau"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("hoard"), fact.RoleObject);
    }

    [Fact]
    public void A_body_that_confirmed_that_reports_speech()
    {
        Assert.DoesNotContain(Read("Harland Water Company has confirmed that the pipe burst overnight."), f => f.Role == "announce");
    }

    [Fact]
    public void A_passive_joined_to_an_earlier_predicate_is_about_its_subject()
    {
        var fact = Person("The sample was collected at noon and has been confirmed as genuine by forensic scientist Petra Lund.", "announce");

        Assert.Equal(NameKey.Of("Petra Lund"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("sample"), fact.RoleObject);
    }

    [Fact]
    public void Who_it_fell_to_to_announce_a_thing_announced_it()
    {
        var fact = Person("It fell to the firm's finance director, Anneke van Dijk, to announce the sale to staff.", "announce");

        Assert.Equal(NameKey.Of("Anneke van Dijk"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("sale"), fact.RoleObject);
    }

    [Fact]
    public void A_surname_alone_is_shown_by_the_full_name_its_source_gave()
    {
        var groups = Align(
            "The survey count has been confirmed by ecologist Marta Quill of the Heath Trust, who walked the site.",
            "The ecologist Dr Osric Penhale of the Heath Trust walked the site at dawn. Dr Penhale, who advises the trust, verified the count on Tuesday at the site.");

        var conflict = Assert.Single(FactDisagreements.From(groups), d => d.Item.Claims.Any(c => c.Text.Contains("Quill", StringComparison.Ordinal))).Item;
        Assert.Contains(conflict.Claims, c => c.Text.Contains("Osric Penhale", StringComparison.Ordinal));
    }
}
