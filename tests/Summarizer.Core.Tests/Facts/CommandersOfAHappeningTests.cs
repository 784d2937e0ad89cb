using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Who was in charge of a happening, read from an agent noun beside a name ("the incident commander"), and who led and
/// who commanded it as one role across outlets.
/// </summary>
public sealed class CommandersOfAHappeningTests
{
    [Theory]
    [InlineData("Jana Holt, the incident commander, said the blaze was contained by noon.", "Jana Holt", "incident")]
    [InlineData("The rescue commander, Piet Lorne, ordered the pier cleared before dusk.", "Piet Lorne", "rescue")]
    [InlineData("On Friday evening, flood commander Ola Brandt told reporters the river had peaked.", "Ola Brandt", "flood")]
    public void An_agent_noun_beside_a_name_names_who_commanded_what_it_modifies(string sentence, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "command");

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize(obj), fact.RoleObject);
    }

    [Theory]
    [InlineData("Kai Moss, a police commander, said the road would reopen.")]
    [InlineData("The brigade's district commander, Una Pell, visited the site.")]
    [InlineData("Station Commander Eli Varn said the crews had done well.")]
    public void An_indefinite_owned_or_capitalised_commander_names_no_command(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "command");
    }

    [Theory]
    [InlineData(
        "A gas main burst under Kell Street on Monday. Jana Holt, who led the response, said crews dug through the night.",
        "A gas main burst under Kell Street on Monday. Lee Marr, who commanded the incident, said crews dug through the night.")]
    [InlineData(
        "Floodwater reached the Orrin estate on Sunday. The operation was led by Tess Cole, who said pumps ran all day.",
        "Floodwater reached the Orrin estate on Sunday. The flood commander, Abel Stroud, said pumps ran all day.")]
    [InlineData(
        "A chemical tank leaked at the Dunford works on Tuesday. Rob Hale led the evacuation of the works.",
        "A chemical tank leaked at the Dunford works on Tuesday. Nia Quist, the site commander, said the works were evacuated.")]
    public void Who_led_and_who_commanded_one_happening_disagree_across_sources(string first, string second)
    {
        var groups = Align(first, second);

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "command"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Contains(group.Facts, f => f.Role == "lead");
    }

    [Fact]
    public void An_office_conflict_citing_more_sources_replaces_the_role_entry_it_overlaps()
    {
        var found = Disagreements(
            "The barge Orla Grey grounded off Tarn Point on Monday. Incident controller Ben Tull, who is leading the effort to refloat the barge, said tugs were ready.",
            "The barge Orla Grey grounded off Tarn Point on Monday. Incident controller Ben Tull, who is leading the effort to refloat the barge, said tugs were ready.",
            "The barge Orla Grey was refloated on Tuesday. Incident controller Ana Ruiz, who directed the refloating of the barge, said it went well.",
            "The barge Orla Grey was refloated on Tuesday. Incident controller Ana Ruiz said the tide helped.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Ruiz", StringComparison.Ordinal)));
        Assert.Equal([3, 4], conflict.Claims.Single(c => c.Text.Contains("Ruiz", StringComparison.Ordinal)).Sources.Order());
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
