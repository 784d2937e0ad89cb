using Summarizer.Checking;
using Summarizer.Checking.Independent;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// The checker's own lexicon of how news reports one event in other words (a storm "came ashore" or "hit", a firm was
/// "ordered to pay" or "fined", a line was "shut" or "suspended", a rise "tied" or "linked" to inflation) and the
/// irregular past forms of common verbs ("drew"/"has drawn"). Each reading has a planted error of its shape that is still
/// caught. Every sentence is invented.
/// </summary>
public class NewsParaphraseLexiconTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    // Short claims, whose one other word is not enough on its own: the reworded word must be read as the same event.
    [Theory]
    [InlineData("Storm Kiri came ashore with gusts of over 100 km/h.", "The storm hit.")]
    [InlineData("Trams on the Eastbank line were shut all day after the crash.", "Trams were suspended.")]
    [InlineData("The chemicals firm was ordered to pay £2.4 million for the spill.", "The firm was fined.")]
    [InlineData("Tessel has withdrawn its oat bars after metal was found in a batch.", "The bars were recalled.")]
    [InlineData("Councillors backed the budget by 30 votes to 12 on Wednesday night.", "The budget was approved.")]
    [InlineData("Nurses get a second-year rise tied to inflation under the deal.", "The rise is linked.")]
    [InlineData("The fire broke out in a storeroom shortly after midnight.", "The fire started.")]
    [InlineData("The Tollbridge regatta was called off because of high winds.", "The regatta was cancelled.")]
    [InlineData("The balloon touched down in a field near Ormby.", "The balloon landed.")]
    [InlineData("Water to the streets was cut off at noon and restored by the evening.", "Water to the streets was restored by the evening.")]
    [InlineData("Drivers were diverted through Kelby while the bridge was repaired.", "Traffic was sent via Kelby.")]
    [InlineData("Hauliers were directed to the lorry park at Dunmow instead.", "Traffic was sent via Dunmow.")]
    [InlineData("Officers asked anyone who saw the crash to contact them.", "Police asked anyone who saw the crash to come forward.")]
    [InlineData("A delivery driver was taken to hospital with cuts to his arm.", "The courier was treated in hospital.")]
    [InlineData("Pictures of the letter were shared online before the hearing.", "Images of the letter spread online.")]
    [InlineData("The tram struck a van on Mill Road.", "A tram crashed.")]
    [InlineData("The girl was flown to hospital by air ambulance.", "The girl was airlifted.")]
    [InlineData("Inmates started fires on the landing.", "They set fires.")]
    [InlineData("The ticket machines at Orbury station failed during the morning rush.", "The machines broke down.")]
    [InlineData("The lift at the Hale Street car park seized up on Sunday.", "The lift failed.")]
    [InlineData("The promoter pulled the plug on the Marlow beer festival.", "The festival was cancelled.")]
    [InlineData("Organisers have axed the Denby half marathon.", "The marathon was called off.")]
    public void News_wording_for_the_same_event_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Theory]
    [InlineData("served", "supplying")]
    [InlineData("providing", "serves")]
    [InlineData("touched down", "landed")]
    [InlineData("made landfall", "struck")]
    [InlineData("called off", "scrapped")]
    [InlineData("pegged", "tied")]
    public void Words_of_one_class_say_the_same(string passage, string claim) =>
        Assert.True(Paraphrases.SensesOf(WordScanner.Scan(claim)).Overlaps(Paraphrases.SensesOf(WordScanner.Scan(passage))));

    [Theory]
    [InlineData("drawn", "drew", "draw")]
    [InlineData("rung", "rang", "ring")]
    [InlineData("withdrawn", "withdrew", "withdraw")]
    [InlineData("arisen", "arose", "arise")]
    [InlineData("understood", "understood", "understand")]
    public void Irregular_past_forms_meet_their_verb(string participle, string past, string verb)
    {
        Assert.True(Stemmer.SameStem(Stemmer.Stem(verb), Stemmer.Stem(participle)));
        Assert.True(Stemmer.SameStem(Stemmer.Stem(verb), Stemmer.Stem(past)));
    }

    [Theory]
    [InlineData("Storm Kiri came ashore near Dallow on Monday, tearing roofs from houses.", "Storm Kiri hit Dallow on Tuesday.", "Tuesday")]
    [InlineData("The chemicals firm was ordered to pay £2.4 million on Tuesday for the spill.", "The chemicals firm was fined £3.4 million on Tuesday.", "£3.4 million")]
    [InlineData("Councillors backed the budget by 30 votes to 12 on Wednesday night.", "Councillors approved the budget by 31 votes to 12.", "31")]
    [InlineData("The Tollbridge regatta was called off because of high winds.", "The regatta was cancelled over a shortage of lifeboat crews.", "[1]")]
    [InlineData("Reservoirs serving the town are at 40 percent of capacity.", "Reservoirs supplying the town are at 45 percent of capacity.", "45 percent")]
    [InlineData("The balloon touched down hard in a field near Ormby.", "The balloon landed hard in a field near Ashby.", "Ashby")]
    [InlineData("The water supply to the surrounding streets was cut off as a precaution.", "Water supplies to the surrounding streets were restored overnight.", "[1]")]
    [InlineData("Trams on the Eastbank line were suspended after the crash.", "Trams on the Eastbank line resumed after the crash.", "[1]")]
    [InlineData("Drivers were diverted through Kelby while the bridge was repaired.", "Traffic was sent via Ashby.", "Ashby")]
    [InlineData("Officers asked anyone who saw the crash on Friday to contact them.", "Police asked anyone who saw the crash on Thursday to come forward.", "Thursday")]
    [InlineData("A delivery driver was taken to hospital with cuts to his arm.", "The courier was treated in hospital for a broken leg.", "[1]")]
    [InlineData("Pictures of the letter were shared online on Monday.", "Images of the letter spread online on Sunday.", "Sunday")]
    [InlineData("The tram struck a van on Mill Road on Friday.", "A tram crashed on Mill Road on Thursday.", "Thursday")]
    [InlineData("The girl was flown to hospital by air ambulance.", "The girl was airlifted to Dunmore.", "Dunmore")]
    public void A_planted_error_in_the_same_wording_is_still_caught(string source, string claim, string token) =>
        Assert.Equal([token], Found(claim, source));
}
