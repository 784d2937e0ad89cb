using Summarizer.Merging.Agreement;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class ReportedSpeechTests
{
    [Theory]
    [InlineData("Finance chief Kwame Asante said the council would listen.", "asante")]
    [InlineData("\"We are deeply sorry,\" said chief executive Marcus Feld.", "feld")]
    [InlineData("Dr. Oskar Lindahl, the scientist who studied the fossil, said the pliosaur was fierce.", "lindahl")]
    [InlineData("The Financial Conduct Office, which began investigating after a tip, said rules must tighten.", "office")]
    [InlineData("Quist's lawyers said they were considering an appeal.", "lawyer")]
    [InlineData("The union would seek urgent talks with management.", "union")]
    [InlineData("The decision was unanimous, according to the research team.", "team")]
    [InlineData("Chief forecaster Ingrid Sæther admitted the heat was unprecedented.", "sæther")]
    [InlineData("Police named the cyclist as Ada Voss, 31, of Marlow, and said she was helping officers.", "police")]
    [InlineData("Fire chief Nora Lind ordered the evacuation and said the smoke was toxic.", "lind")]
    public void Reads_the_speaker_as_surname_or_head_noun(string claim, string key)
    {
        Assert.Equal(key, ReportedSpeech.Read(claim)?.Key);
    }

    [Theory]
    [InlineData("He said the bridge would reopen in May.")]
    [InlineData("\"It will reopen,\" she told reporters.")]
    public void A_pronoun_speaker_has_no_name_to_look_for(string claim)
    {
        var speech = ReportedSpeech.Read(claim);

        Assert.NotNull(speech);
        Assert.Null(speech.Key);
    }

    [Theory]
    [InlineData("The bridge carries 40,000 vehicles a day.")]
    [InlineData("A red warning for extreme heat is in force.")]
    [InlineData("The claim was rejected by the court.")]
    public void A_claim_without_a_verb_of_saying_reports_no_speech(string claim)
    {
        Assert.Null(ReportedSpeech.Read(claim));
    }

    [Theory]
    [InlineData("Asante said the council would listen.", true)]
    [InlineData("The council would listen, Asante's deputy told the chamber.", false)]
    [InlineData("Management said it would seek talks with Asante.", false)]
    public void A_sentence_speaks_for_the_speaker_only_when_the_speaker_is_the_one_saying(string sentence, bool speaks)
    {
        var speech = ReportedSpeech.Read("Kwame Asante said the council would listen.")!;

        Assert.Equal(speaks, speech.SpeaksIn(sentence, minVariantLength: 6));
    }

    [Theory]
    [InlineData("The association said it was considering a legal challenge to the decision.", "considering")]
    [InlineData("Councillors said they would push for local people to be given priority.", "push")]
    [InlineData("The minister said the project had been carefully examined.", "examined")]
    [InlineData("The union would seek urgent talks with management.", "seek")]
    [InlineData("\"We will appeal,\" said chief executive Marcus Feld.", null)]
    [InlineData("Asante said the council was a partner.", null)]
    public void Reads_the_verb_of_what_was_said(string claim, string? verb)
    {
        Assert.Equal(verb is null ? null : ContentWords.Of(verb).Single(), ReportedSpeech.Read(claim)?.ReportedVerb);
    }
}
