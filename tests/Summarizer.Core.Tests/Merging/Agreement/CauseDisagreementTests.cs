using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>What outlets say caused an event, read in the ways news words a cause, and compared across outlets.</summary>
public sealed class CauseDisagreementTests
{
    [Theory]
    [InlineData("Early findings point to a culvert choked with debris, the council said.", "a culvert choked with debris")]
    [InlineData("The operator has blamed a software error at its control centre for the blackout.", "a software error at its control centre")]
    [InlineData("The board blamed the derailment on a cracked rail near the junction.", "a cracked rail near the junction")]
    [InlineData("Passengers told the Courier the clutch gave out as the bus climbed the hill.", "the clutch gave out")]
    [InlineData("Witnesses said the tractor veered across to the verge to avoid a deer on the lane.", "veered across to the verge to avoid a deer on the lane")]
    [InlineData("Surveyors said rain soaking into the bank had probably washed away its foundations.", "rain soaking into the bank had probably washed away its foundations")]
    [InlineData("Police said the blaze was probably started by an overturned paraffin heater, the chief officer said.", "an overturned paraffin heater")]
    [InlineData("The outage has been blamed on a contractor digging through a cable.", "a contractor digging through a cable")]
    [InlineData("The slip was triggered when a burst water main undermined the embankment before dawn.", "a burst water main undermined the embankment")]
    [InlineData("Engineers said fatigue in the rear axle was the most likely cause.", "fatigue in the rear axle")]
    [InlineData("Ecologists believed migrating swans, which roost on the reservoir each winter, were the probable source of the outbreak.", "migrating swans, which roost on the reservoir each winter")]
    [InlineData("Gas escaped from the plant at dawn, when a seal on a compressor failed.", "a seal on a compressor failed")]
    [InlineData("Inspectors believe a stack of pallets came loose in the hold as the barge rolled.", "a stack of pallets came loose in the hold")]
    [InlineData("Embers from a garden bonfire set light to the hedge behind the depot.", "Embers from a garden bonfire")]
    [InlineData("The pump was switched off by the crew after a loss of coolant pressure, officials said.", "a loss of coolant pressure")]
    [InlineData("An insider said the helmsman had misread a buoy, putting the yacht onto the sandbar.", "the helmsman had misread a buoy")]
    [InlineData("The council said the closure was owing to falling visitor numbers.", "falling visitor numbers")]
    [InlineData("Managers said the shutdown was due to rising fuel prices at the plant.", "rising fuel prices at the plant")]
    [InlineData("The firm is cutting 80 posts at the mill, blaming weak export orders.", "weak export orders")]
    [InlineData("A faulty extractor fan was to blame, the inspector said.", "A faulty extractor fan")]
    [InlineData("An unattended candle is being blamed for the blaze at the cottage.", "An unattended candle")]
    [InlineData("A lit match, tossed from a car window and caught by the wind, was blamed for the heath fire.", "A lit match, tossed from a car window and caught by the wind")]
    [InlineData("Surveyors believe heavy silt in the channel caused it to overflow.", "heavy silt in the channel")]
    [InlineData("The brawl broke out after a referee's decision was overturned in the final minute.", "a referee's decision was overturned in the final minute")]
    [InlineData("The immediate trigger, two guards told the paper, was a search of the cells for phones.", "a search of the cells for phones")]
    [InlineData("It followed a power cut at the sorting office.", "a power cut at the sorting office")]
    [InlineData("The flooding began when pumps at the station were switched off for repairs.", "pumps at the station were switched off for repairs")]
    [InlineData("Engineers found the outage had been caused by a worn cable in a junction box under the platform, which had set light to its casing.", "a worn cable in a junction box under the platform")]
    [InlineData("Safety inspectors are looking at a cracked weld in the boom of the crane, the regulator said.", "a cracked weld in the boom of the crane")]
    [InlineData("Investigators are focusing on a pressure valve that jammed during the night shift.", "a pressure valve that jammed during the night shift")]
    [InlineData("Detectives are examining whether a heater in the storeroom was left switched on.", "a heater in the storeroom was left switched on")]
    [InlineData("Surveyors traced the subsidence to a leaking drain under the car park, the council said.", "a leaking drain under the car park")]
    [InlineData("The operator blamed a sudden drop in pressure that shut the pumps.", "a sudden drop in pressure that shut the pumps")]
    [InlineData("Some residents blamed a lorry reversing on the narrow lane.", "a lorry reversing on the narrow lane")]
    [InlineData("Their working theory is that a cooling fan seized while the unit was running.", "a cooling fan seized")]
    [InlineData("Contaminated ice remains the most likely source, health officials said.", "Contaminated ice")]
    [InlineData("Inspectors are focusing on a fuel line at the depot that cracked while the tank was being filled by the crew.", "a fuel line at the depot that cracked while the tank was being filled by the crew")]
    [InlineData("Tainted shellfish are the focus of an investigation into the outbreak.", "Tainted shellfish")]
    [InlineData("Inspectors believe a spark from a grinder started the fire in the workshop.", "a spark from a grinder")]
    [InlineData("Staff blamed a sensor fitted the week before.", "a sensor fitted the week before")]
    [InlineData("A falling crane brought the station roof crashing down on the platform.", "A falling crane")]
    [InlineData("Nine people were hurt when a sudden squall ripped across the field and brought the marquee crashing down.", "a sudden squall ripped across the field")]
    [InlineData("Porters at the hospital walked out for two days in a dispute over weekend rotas.", "a dispute over weekend rotas")]
    [InlineData("The late sailing was largely the result of a jammed loading ramp.", "a jammed loading ramp")]
    [InlineData("The dispute centres on overtime rates for lab technicians.", "overtime rates for lab technicians")]
    public void Reads_the_cause_an_outlet_gives(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Investigators said the fire was not caused by an electrical fault.")]
    [InlineData("The crash happened after a long night of rain on the mountain road.")]
    [InlineData("The derailment took place near the station on Monday morning.")]
    [InlineData("The floods washed away two footbridges and a stretch of the coast road.")]
    [InlineData("The union agreed to talks to avoid a strike over the holiday period.")]
    [InlineData("The museum is due to reopen to visitors in the spring.")]
    [InlineData("The minister was due to visit the site on Friday.")]
    [InlineData("Two men were arrested after the match was abandoned.")]
    [InlineData("The cause of the crash is not yet known.")]
    [InlineData("Nobody was to blame for the delay, the operator said.")]
    [InlineData("Insurers still pay out even when a storm is to blame.")]
    [InlineData("The number of homes due to have meters fitted has risen to 40.")]
    [InlineData("\"I will not let a member of my staff be blamed for this,\" she said.")]
    [InlineData("Police are examining footage from cameras on the roads out of the town.")]
    [InlineData("Fire investigators are focusing on the loading bay, where the lorries were parked.")]
    [InlineData("Investigators examining the collapse of the stand said it would take weeks.")]
    [InlineData("\"We are looking at whether the timetable can be restored,\" the manager said.")]
    [InlineData("The council's statement was attributed to its deputy leader rather than to the mayor.")]
    [InlineData("About 900 pupils had been due to sit the exam at the college.")]
    [InlineData("Traders counted their losses as doubts grew over what caused the blackout.")]
    [InlineData("Nobody at the yard would say what had started the fire in the paint store.")]
    [InlineData("The parish board agreed to accept the result of the spring referendum on the bypass.")]
    public void Reads_no_cause_where_none_is_given(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void Two_outlets_naming_different_causes_disagree_each_with_its_own_source()
    {
        var found = CauseFinder.Find(Sources(
            "The warehouse fire was started by a discarded cigarette, the brigade said.",
            "Officials believe the warehouse fire was caused by a faulty freezer compressor.",
            "The warehouse fire destroyed stock worth millions."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal("a discarded cigarette [1]", $"{c.Text} [{string.Join(",", c.Sources)}]"),
            c => Assert.Equal("a faulty freezer compressor [2]", $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_cause_stated_as_blame_and_one_stated_with_due_to_disagree()
    {
        var found = CauseFinder.Find(Sources(
            "The bakery is shutting its ovens for good, blaming the cost of flour.",
            "The owners said the shutdown was due to a dispute with the landlord.",
            "A faulty oven was to blame, one former worker said."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(3, disagreement.Claims.Count);
    }

    [Fact]
    public void A_version_worded_differently_by_its_sources_is_shown_in_the_words_they_share()
    {
        var found = CauseFinder.Find(Sources(
            "The stampede was triggered by a fire alarm that sounded during the interval.",
            "It followed a fire alarm in the main hall shortly after nine.",
            "Stewards said the stampede was caused by a rumour of a gas leak."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("a fire alarm [1,2]", $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }

    [Fact]
    public void A_version_one_source_words_twice_is_shown_in_the_fullest_wording_all_its_sources_write()
    {
        var found = CauseFinder.Find(Sources(
            "Smoke filled the hall after the fire was caused by a short circuit in a junction box behind the stage. The short circuit set fire to ceiling tiles.",
            "Firefighters said the fire had been caused by a short circuit in a junction box behind the stage.",
            "Staff said the fire was caused by a dropped cigarette in the loading bay."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("a short circuit in a junction box behind the stage [1,2]", $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }

    [Fact]
    public void A_mishap_the_event_came_after_does_not_join_rival_causes()
    {
        var found = CauseFinder.Find(Sources(
            "Shoppers were kept indoors after a leak of ammonia at a cold store, when a seal on a pump failed.",
            "A cracked pipe on the roof is the focus of the inquiry. The firm was fined in 2021 after a smaller leak at the site."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(
            ["a seal on a pump failed [1]", "A cracked pipe on the roof [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_question_over_what_caused_it_is_no_version()
    {
        var found = CauseFinder.Find(Sources(
            "Traders counted their losses as doubts grew over what caused the blackout.",
            "The operator said a fire at a substation caused the blackout."));

        Assert.Empty(found);
    }

    [Fact]
    public void What_two_outlets_say_a_dispute_is_about_is_compared_as_its_cause()
    {
        var found = CauseFinder.Find(Sources(
            "Bus drivers walked out on Monday in a dispute over split shifts.",
            "The dispute centres on a pay offer the union called an insult."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a dispute over split shifts [1]", "a pay offer the union called an insult [2]"], disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void Causes_that_share_what_they_name_agree()
    {
        var found = CauseFinder.Find(Sources(
            "The collapse was caused by corrosion in the steel cables, engineers said.",
            "The collapse has been blamed on corrosion of the cables.",
            "The collapse was the result of cable corrosion."));

        Assert.Empty(found);
    }

    [Fact]
    public void Two_causes_at_one_place_still_disagree()
    {
        var found = CauseFinder.Find(Sources(
            "Investigators believe a row of trailers broke loose on the car deck as the ship turned.",
            "Early evidence points to seawater pouring onto the car deck through a stern ramp left open."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(2, disagreement.Claims.Count);
    }

    [Fact]
    public void A_cause_worded_with_a_possessive_and_a_noun_in_ing_is_still_compared()
    {
        var found = CauseFinder.Find(Sources(
            "The Gazette has learned that the barge's steering gear failed minutes before the collision, leaving it adrift.",
            "A person close to the inquiry said the pilot had misjudged the current, putting the barge against the pier."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["the barge's steering gear failed", "the pilot had misjudged the current"], disagreement.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_blamed_fault_and_a_hedged_cause_of_damage_disagree_on_what_the_cause_is()
    {
        var found = CauseFinder.Find(Sources(
            "The rail operator has blamed a signalling fault at the depot for the crash.",
            "Investigators said floodwater running under the track had probably undermined the ballast before the crash."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(
            ["a signalling fault at the depot [1]", "floodwater running under the track had probably undermined the ballast [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_manoeuvre_to_avoid_something_is_compared_by_what_was_avoided()
    {
        var found = CauseFinder.Find(Sources(
            "Witnesses said the lorry swerved to avoid a cyclist near the roundabout.",
            "Police said the lorry braked hard to avoid a cyclist at the junction.",
            "The lorry's driver told officers he had swerved to avoid a loose dog."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1, 2], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void Causes_of_damage_naming_the_same_thing_agree()
    {
        var found = CauseFinder.Find(Sources(
            "Engineers said floodwater had most likely washed out the embankment.",
            "The collapse was caused by floodwater scouring the embankment, the council said."));

        Assert.Empty(found);
    }

    [Fact]
    public void Faults_in_different_things_disagree()
    {
        var found = CauseFinder.Find(Sources(
            "The blaze is thought to have been started by a fault in a tumble dryer in the laundry.",
            "Investigators are looking at an electrical fault in a freezer in the shop."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_fault_in_a_thing_and_the_same_thing_failing_agree()
    {
        var found = CauseFinder.Find(Sources(
            "Engineers traced the stoppage to a fault in the main gearbox, the operator said.",
            "The stoppage was caused by a gearbox failure.",
            "The stoppage was caused by an electrical fault."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_cause_in_quoted_words_is_not_an_outlets_version()
    {
        var found = CauseFinder.Find(Sources(
            "The outbreak was caused by a stall selling undercooked burgers, inspectors said.",
            "\"Nobody should be ill because of a day out,\" one parent said."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_version_is_shown_in_a_stated_cause_before_one_an_inquiry_is_looking_at()
    {
        var found = CauseFinder.Find(Sources(
            "The blaze was caused by a candle left burning, the brigade said.",
            "Investigators are looking at whether two wires were crossed in the meter cupboard.",
            "The blaze was sparked by two wires crossed in a meter cupboard, a neighbour said. Police also blamed a storm that cut the power."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(
            ["a candle left burning [1]", "two wires crossed in a meter cupboard [2,3]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }
}
