using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

public sealed class FramesAndMeasuresTests
{
    [Theory]
    [InlineData("The flood swept through the town, killing 9 people.", "deaths", "persons")]
    [InlineData("Nine people lost their lives.", "deaths", "persons")]
    [InlineData("The death toll has risen to 11, emergency services said.", "deaths", "persons")]
    [InlineData("Two more bodies were recovered, bringing the death toll to 14.", "deaths", "persons")]
    [InlineData("Three people were killed and 38 were injured.", "injuries", "persons")]
    [InlineData("About 2,500 residents were moved to emergency shelters.", "displaced", "persons")]
    [InlineData("Some 3,000 villagers left their homes.", "displaced", "persons")]
    [InlineData("The carmaker said it would cut 1,200 jobs.", "cuts", "jobs")]
    [InlineData("Some 1,450 positions will go.", "cuts", "jobs")]
    [InlineData("Police arrested 12 protesters.", "arrests", "persons")]
    [InlineData("At least 40 passengers were hospitalised.", "injuries", "persons")]
    [InlineData("The fire destroyed 200 homes.", null, "dwellings")]
    [InlineData("The blaze burned through 4,200 hectares.", null, "area")]
    public void Counts_get_the_frame_and_class_news_uses_for_them(string sentence, string? frame, string measure)
    {
        // The last figure of the sentence is the one under test ("Three ... killed and 38 were injured").
        var fact = Read(sentence).Last(x => x.Value.Kind is ValueKind.Count or ValueKind.Quantity);

        Assert.Equal(frame, fact.Frame);
        Assert.Equal(measure, fact.Measure);
    }

    [Theory]
    [InlineData("He was fined $2m.", "penalty")]
    [InlineData("He was jailed for 11 years.", "penalty")]
    [InlineData("The restructuring will cost €1.1bn.", "cost")]
    [InlineData("Flood damage was put at €120m.", "damage")]
    [InlineData("The club paid a fee of €85m.", "fee")]
    [InlineData("Turnout was 61.3%.", "turnout")]
    [InlineData("The vaccine showed an efficacy of 71 percent.", "efficacy")]
    [InlineData("The winner receives a prize of £50,000.", "prize")]
    public void Money_durations_and_percentages_take_their_frames(string sentence, string frame) =>
        Assert.Equal(frame, Value(sentence).Frame);

    [Fact]
    public void The_nearest_cue_wins_when_a_sentence_reports_two_events()
    {
        var facts = Read("Three people were killed and 38 were injured.").Where(f => f.Value.Kind == ValueKind.Count).ToList();

        Assert.Equal(["deaths", "injuries"], facts.Select(f => f.Frame));
    }

    [Fact]
    public void Negation_and_modality_are_marked()
    {
        Assert.Equal(FactMood.Negated, Value("The storm did not destroy 30 homes.").Mood);
        Assert.Equal(FactMood.Modal, Value("The bill could reach €3m.").Mood);
        Assert.Equal(FactMood.Asserted, Value("The bill reached €3m.").Mood);
    }

    [Fact]
    public void Update_wording_is_marked()
    {
        Assert.True(Value("The death toll has risen to 14.").UpdateWording);
        Assert.True(Value("The figure was revised to 14.").UpdateWording);
        Assert.False(Value("Fourteen people died.").UpdateWording);
    }
}
