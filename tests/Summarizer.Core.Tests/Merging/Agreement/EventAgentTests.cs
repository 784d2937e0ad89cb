using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>Who the sources credit with one act, found by the act's shared arguments whatever verb each outlet uses.</summary>
public sealed class EventAgentTests
{
    private const string Setting = "The heron escaped from the aviary at Brinmoor Park on Sunday and was loose for six hours.";

    [Theory]
    [InlineData("The bird was netted by warden Oskar Telling beside the boating pond.", "Volunteer Ruth Amberley caught the heron in a landing net beside the boating pond.")]
    [InlineData("Oskar Telling, a warden, cornered the bird beside the boating pond and netted it.", "The heron was finally captured beside the boating pond by Ruth Amberley, a volunteer.")]
    [InlineData("It was warden Oskar Telling who netted the heron beside the boating pond.", "Ruth Amberley trapped the heron with a net beside the boating pond.")]
    public void Different_people_credited_with_one_act_in_different_verbs_disagree(string first, string second)
    {
        var found = EventAgentFinder.Find(Sources($"{Setting} {first}", $"{Setting} {second}", Setting), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal(("Oskar Telling", 1), (c.Text[^13..], Assert.Single(c.Sources))),
            c => Assert.Equal(("Ruth Amberley", 2), (c.Text[^13..], Assert.Single(c.Sources))));
    }

    [Fact]
    public void Sources_telling_the_same_person_join_one_version_and_keep_a_title()
    {
        var found = EventAgentFinder.Find(Sources(
            "The pylon fire on Carrick ridge was put out by Station Officer Lena Marsh after a two-hour fight with foam.",
            "Crews led by Lena Marsh doused the pylon fire with foam after a two-hour fight.",
            "Commander Piotr Halas and his crews put out the pylon fire after a two-hour fight."), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal("Station Officer Lena Marsh [1,2]", $"{c.Text} [{string.Join(",", c.Sources)}]"),
            c => Assert.Equal("Commander Piotr Halas [3]", $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_source_telling_the_act_at_length_joins_its_doers_version()
    {
        // The third outlet tells the netting in a long sentence of the warden's career: the act's words are a small share
        // of it, but most of the act is there, so that outlet credits the warden too.
        var found = EventAgentFinder.Find(Sources(
            $"{Setting} The bird was netted by warden Oskar Telling beside the boating pond.",
            $"{Setting} Volunteer Ruth Amberley caught the heron in a landing net beside the boating pond.",
            $"{Setting} Oskar Telling, who has worked at Brinmoor for 31 years and trains every new volunteer each spring in handling injured swans, geese and ducks, netted it near the boating pond as dusk fell and the crowds of onlookers finally drifted home."),
            minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal(("Oskar Telling", "1,3"), (c.Text[^13..], string.Join(",", c.Sources))),
            c => Assert.Equal(("Ruth Amberley", "2"), (c.Text[^13..], string.Join(",", c.Sources))));
    }

    [Fact]
    public void People_quoted_about_one_event_are_speakers_not_rival_agents()
    {
        var found = EventAgentFinder.Find(Sources(
            "The pylon fire on the ridge burned for two hours, said resident Gwen Tally.",
            "According to farmer Idris Pole, the pylon fire on the ridge burned for two hours."), minVariantLength: 6);

        Assert.Empty(found);
    }

    [Fact]
    public void A_source_naming_both_people_is_no_conflict()
    {
        var found = EventAgentFinder.Find(Sources(
            "Warden Oskar Telling netted the heron beside the boating pond.",
            "Volunteer Ruth Amberley netted the heron beside the boating pond, helped by Oskar Telling."), minVariantLength: 6);

        Assert.Empty(found);
    }

    [Fact]
    public void Different_people_doing_different_things_do_not_disagree()
    {
        var found = EventAgentFinder.Find(Sources(
            "Warden Oskar Telling netted the heron beside the boating pond.",
            "Ruth Amberley, who runs the cafe, handed out blankets to the stranded walkers."), minVariantLength: 6);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("The evacuation of the Fernlea estate was ordered by fire chief Nora Lind, said a council spokesman, Ivo Brand.", "Deputy mayor Tom Ashby, who ordered the evacuation of the Fernlea estate, said residents should stay away.")]
    [InlineData("Fire chief Nora Lind, 52, ordered the evacuation of the Fernlea estate before dawn, council spokesman Ivo Brand said.", "It was deputy mayor Tom Ashby who ordered the Fernlea estate's evacuation, according to resident Gwen Tally.")]
    [InlineData("The council's head of emergency planning, Nora Lind, confirmed the evacuation of the Fernlea estate, Ivo Brand said.", "The Fernlea estate evacuation was confirmed by the deputy mayor, Tom Ashby, in a statement read by Ivo Brand.")]
    public void The_doer_of_one_act_is_read_from_its_clause_in_a_sentence_that_also_names_a_speaker(string first, string second)
    {
        var found = EventAgentFinder.Find(Sources(first, second), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal(("Nora Lind", 1), (c.Text[^9..], Assert.Single(c.Sources))),
            c => Assert.Equal(("Tom Ashby", 2), (c.Text[^9..], Assert.Single(c.Sources))));
    }

    [Fact]
    public void A_sentence_opening_with_by_names_no_passive_agent()
    {
        var found = EventAgentFinder.Find(Sources(
            "By then fire chief Nora Lind, said Ivo Brand, had ordered the evacuation of the Fernlea estate.",
            "Deputy mayor Tom Ashby, who ordered the evacuation of the Fernlea estate, said residents should stay away."), minVariantLength: 6);

        Assert.NotNull(found);
    }

    [Theory]
    [InlineData("Fire chief Nora Lind said the evacuation of the Fernlea estate was ordered at dawn, Ivo Brand added.")]
    [InlineData("Residents thanked fire chief Nora Lind after the evacuation of the Fernlea estate, Ivo Brand said.")]
    [InlineData("Fire chief Nora Lind told residents the evacuation of the Fernlea estate had been ordered, Ivo Brand said.")]
    public void A_speaker_or_an_object_in_a_two_name_sentence_is_no_doer(string first)
    {
        var found = EventAgentFinder.Find(Sources(first, "Deputy mayor Tom Ashby, who ordered the evacuation of the Fernlea estate, said residents should stay away."), minVariantLength: 6);

        Assert.Empty(found);
    }

    [Fact]
    public void A_double_barrelled_surname_is_a_person()
    {
        var found = EventAgentFinder.Find(Sources(
            "Matron Elspeth Carew-Dunne evacuated the east ward of Tolbury Infirmary after the flood reached the basement.",
            "The east ward of Tolbury Infirmary was evacuated by duty manager Rhodri Ap-Gwilym once the flood reached the basement."), minVariantLength: 6);

        AssertRivals(found, "Elspeth Carew-Dunne", "Rhodri Ap-Gwilym");
    }

    [Fact]
    public void One_act_told_with_synonymous_verbs_names_rival_doers()
    {
        // Only the flood and the verbs' kind of act ("discovered" / "spotted") are shared: without the sense the
        // clauses share one word and tell no act in common.
        var found = EventAgentFinder.Find(Sources(
            "Night porter Alan Greeve discovered the flooding during his rounds.",
            "Cleaner Maud Tilley spotted the flooding from a stairwell.",
            "The Pellam Library will stay shut for a week while its carpets dry out."), minVariantLength: 6);

        AssertRivals(found, "Alan Greeve", "Maud Tilley");
    }

    [Fact]
    public void Different_acts_of_one_kind_are_no_rivals()
    {
        // Both lead something, but nothing else of the two clauses is shared.
        var found = EventAgentFinder.Find(Sources(
            "Inspector Dana Holm led the search of the riverbank.",
            "Councillor Piet Varga chaired the budget committee."), minVariantLength: 6);

        Assert.Empty(found);
    }

    [Fact]
    public void A_terse_act_held_by_a_long_sentence_names_rival_doers()
    {
        var first = "Security guard Alan Greeve discovered the leak on his first round, moved the tapestries off the north wall, "
            + "rolled up the rugs in the east gallery and waited with a mop and buckets for the roofers and the insurers to arrive.";
        var second = "Cleaner Maud Tilley raised the alarm after spotting the leak on the north wall.";

        var held = EventAgentFinder.FindHeld(Sources(first, second), minVariantLength: 6);

        Assert.Empty(EventAgentFinder.Find(Sources(first, second), minVariantLength: 6));
        AssertRivals(held, "Alan Greeve", "Maud Tilley");
    }

    [Fact]
    public void A_terse_act_is_tried_only_for_people_no_clause_matched()
    {
        // Greeve's act is matched by Tilley's by the two-sided share, so Morrow's terse clause, which the long one would
        // hold, is not put against his.
        var found = EventAgentFinder.FindHeld(Sources(
            "Security guard Alan Greeve discovered the leak on the north wall of the east gallery.",
            "Cleaner Maud Tilley spotted the leak on the north wall of the east gallery.",
            "Porter Ivy Morrow raised the alarm about the leak on the north wall."), minVariantLength: 6);

        Assert.Empty(found);
    }

    private const string Dam = "Engineers are repairing a crack in the dam wall at the Orrin Vale reservoir.";

    [Fact]
    public void One_verb_in_the_doers_own_clauses_names_rival_doers()
    {
        // The sentences share only the kind of act ("spotted" / "noticed"); in the doers' own clauses it is most of
        // what each says.
        var first = $"{Dam} It was spotted on Tuesday by Nadia Orwin, a volunteer with the Orrin Vale Trust.";
        var second = $"{Dam} It was the trust's warden, Piet Calloway, who first noticed the crack in the dam wall, at the end of a long shift.";

        Assert.Empty(EventAgentFinder.Find(Sources(first, second), minVariantLength: 6));
        AssertRivals(EventAgentFinder.FindHeld(Sources(first, second), minVariantLength: 6), "Nadia Orwin", "Piet Calloway");
    }

    [Fact]
    public void A_doers_own_clause_ends_where_a_clause_of_its_own_opens()
    {
        // Lund's clause is "discovered the flooding"; what he did when he unlocked the library is another happening.
        var found = EventAgentFinder.FindHeld(Sources(
            "The flooding was discovered by caretaker Ann Roe, who had come in early to open up for a wedding rehearsal.",
            "Porter Ivo Lund discovered the flooding when he unlocked the library on Sunday and saw water pouring through the ceiling of the reading room above the stacks."),
            minVariantLength: 6);

        AssertRivals(found, "Ann Roe", "Ivo Lund");
    }

    [Fact]
    public void Leading_different_things_is_no_one_act()
    {
        // Both clauses are headed by leading, a position several people hold at once over different things.
        const string Searches = "A search of the riverbank and an inquiry into the flood began on Monday.";
        var first = $"{Searches} Inspector Dana Holm led the search.";
        var second = $"{Searches} Councillor Piet Varga led the inquiry.";

        Assert.Empty(EventAgentFinder.FindHeld(Sources(first, second), minVariantLength: 6));
        Assert.Empty(EventAgentFinder.Find(Sources(first, second), minVariantLength: 6));
    }

    private const string Lido = "The pumps at the Wenby lido failed on Monday and the water turned green.";

    [Theory]
    [InlineData("The lido's manager, Tessa Grayling, said the pool would stay closed until March.", "The closure was announced by council leader Bram Osterley.")]
    [InlineData("Ranger Tessa Grayling told parents that children should not swim in the lido this week.", "Council leader Bram Osterley issued a warning against swimming at the lido on Monday.")]
    public void A_speaker_reported_saying_the_act_rivals_the_person_named_announcing_it(string first, string second)
    {
        // One outlet tells the announcement only as what someone said; the other names who announced it, in the
        // act's noun ("closure", "swimming") where the speaker used its verb ("closed", "swim").
        AssertRivals(EventAgentFinder.FindHeld(Sources($"{Lido} {first}", $"{Lido} {second}"), minVariantLength: 6), "Tessa Grayling", "Bram Osterley");
    }

    [Theory]
    [InlineData("The lido's manager, Tessa Grayling, said the closure was a blow to families.", "The closure was announced by council leader Bram Osterley.")]
    [InlineData("The lido's manager, Tessa Grayling, said the pool would stay closed until March.", "Council leader Bram Osterley said the pool would stay closed until spring.")]
    public void A_speaker_is_no_announcer_of_what_they_only_comment_on_nor_against_another_speaker(string first, string second)
    {
        // A comment names the act as its subject, not as what was said to happen; two speakers each only report the
        // act, and people who speak for one body say the same thing.
        Assert.Empty(EventAgentFinder.FindHeld(Sources($"{Lido} {first}", $"{Lido} {second}"), minVariantLength: 6));
        Assert.Empty(EventAgentFinder.Find(Sources($"{Lido} {first}", $"{Lido} {second}"), minVariantLength: 6));
    }

    private const string Baths = "A boiler failed at the Orwell Street baths on Sunday and the water went cold.";

    [Fact]
    public void A_sentence_opening_with_he_or_she_tells_the_act_of_the_one_person_named_before_it()
    {
        // The first outlet names its announcer in one sentence and tells the announcement in the next, by "She".
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Baths} Ana Vell, the trust's chair, said the boiler was old. She announced on Monday that the baths would stay shut until spring.",
            $"{Baths} Ed Hale, the trust's manager, announced on Monday that the baths would stay shut."), minVariantLength: 6);

        AssertRivals([.. found.Told, .. found.Held], "Ana Vell", "Ed Hale");
    }

    [Theory]
    [InlineData("Ana Vell said the baths would stay shut until spring.", "Ed Hale announced on Monday that the baths would stay shut.")]
    [InlineData("Ana Vell said at a briefing for parents on Monday that the baths would close.", "The closure of the baths was announced by Ed Hale.")]
    public void A_speaker_rivals_a_person_announcing_the_act_in_a_report_of_their_own(string first, string second)
    {
        // "announced that ..." makes known what its report says, as "announced the closure" does; an adjunct may stand
        // between a verb of saying and its report.
        var found = EventAgentFinder.FindBoth(Sources($"{Baths} {first}", $"{Baths} {second}"), minVariantLength: 6);

        AssertRivals([.. found.Told, .. found.Held], "Ana Vell", "Ed Hale");
    }

    private const string Ferry = "The Skerry ferry was suspended on Monday.";

    [Fact]
    public void A_light_verb_takes_the_kind_of_act_its_noun_names()
    {
        // "The decision was taken" is an act of deciding, as "approved" is; the two share nothing else.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Ferry} The decision was taken by harbour master Ola Brennick.",
            $"{Ferry} Councillor Dev Marsh approved the suspension after a storm warning."), minVariantLength: 6);

        AssertRivals([.. found.Told, .. found.Held], "Ola Brennick", "Dev Marsh");
    }

    [Fact]
    public void A_source_naming_the_person_doing_the_same_kind_of_act_in_other_words_joins_their_version()
    {
        // The second outlet's "signed off on the plan" shares no word with "approved the suspension", but its verb and
        // particle name the same kind of act, done by the same person.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Ferry} Councillor Dev Marsh approved the suspension after a storm warning.",
            $"{Ferry} Councillor Dev Marsh signed off on the plan at dawn.",
            $"{Ferry} The decision was taken by harbour master Ola Brennick."), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single([.. found.Told, .. found.Held]);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal("Dev Marsh [1,2]", $"{c.Text[^9..]} [{string.Join(",", c.Sources)}]"),
            c => Assert.Equal("Ola Brennick [3]", $"{c.Text[^12..]} [{string.Join(",", c.Sources)}]"));
    }

    [Theory]
    [InlineData("Brookvale Athletic abandoned the cup tie after the floodlights failed for a second time.")]
    [InlineData("Merrowby City abandoned the cup tie after the floodlights failed for a second time.")]
    [InlineData("Ashby Brothers abandoned the cup tie after the floodlights failed for a second time.")]
    public void A_club_or_firm_credited_with_its_persons_act_is_no_rival_person(string second)
    {
        // A club's or a family firm's name ends in a word no person's name does: the body acts through its people, so
        // crediting the act to it names no other doer.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Ferry} Referee Gareth Lund abandoned the cup tie after the floodlights failed for a second time.",
            $"{Ferry} {second}"), minVariantLength: 6);

        Assert.Empty(found.Told);
        Assert.Empty(found.Held);
    }

    [Fact]
    public void A_source_naming_the_person_the_first_to_do_the_act_joins_their_version()
    {
        // "was the first to discover the problem" credits the discovery to her as "found the crack" does: the third
        // outlet's act is the infinitive's, of the same kind as the first outlet's verb.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Ferry} Deckhand Dev Marsh found the crack in the hull when she arrived at the pier on Monday morning.",
            $"{Ferry} The crack was discovered on Sunday by a harbour inspector, Ola Brennick, who noticed water in the bilge.",
            $"{Ferry} Dev Marsh was the first to discover the problem, when she called in to check the moorings."), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single([.. found.Told, .. found.Held]);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.Equal("Dev Marsh [1,3]", $"{c.Text[^9..]} [{string.Join(",", c.Sources)}]"),
            c => Assert.Equal("Ola Brennick [2]", $"{c.Text[^12..]} [{string.Join(",", c.Sources)}]"));
    }

    [Theory]
    [InlineData("The ferry company's operations director, Dr Dev Marsh, approved the new timetable after a weekend in which passengers queued at the pier for hours.")]
    [InlineData("Registrar Dr Dev Marsh approved the new timetable after a weekend in which passengers queued at the pier for hours.")]
    public void A_title_opens_a_name_after_a_comma_and_after_a_role_word(string second)
    {
        // "Dr" is the name's, not a word of the role before it: the name is the apposition whose verb follows, and the
        // capitalised role word before a title is no fourth name word.
        var found = EventAgentFinder.FindHeld(Sources(
            $"{Ferry} The restrictions were signed off by the port's harbour master, Ola Brennick.",
            $"{Ferry} {second}"), minVariantLength: 6);

        AssertRivals(found, "Ola Brennick", "Dev Marsh");
    }

    private const string Depot = "The Harwick bus depot will close in March with the loss of 140 jobs.";

    [Theory]
    [InlineData("Staff learned the news on Monday from an email sent by the company's chairman, Ola Brennick.")]
    [InlineData("The letter, signed by the company's chairman, Ola Brennick, reached staff on Monday morning.")]
    [InlineData("Staff received a letter on Monday from chairman Ola Brennick.")]
    public void Senders_of_the_message_that_told_one_group_of_readers_are_rivals(string second)
    {
        // One outlet names who told staff in its own frame ("told staff in a video call"), the other names who sent
        // the message staff had; the two share no verb, only the readers.
        var found = EventAgentFinder.FindHeld(Sources(
            $"{Depot} Chief executive Dev Marsh told staff in a video call that the site was no longer viable.",
            $"{Depot} {second}"), minVariantLength: 6);

        AssertRivals(found, "Dev Marsh", "Ola Brennick");
    }

    [Fact]
    public void Senders_of_messages_to_different_readers_are_no_rivals()
    {
        // The union told its members, the company its customers: two messages, not two accounts of one.
        var first = $"{Depot} Union organiser Dev Marsh told members in an email that a strike ballot would follow.";
        var second = $"{Depot} Passengers received a letter on Monday from chairman Ola Brennick.";

        Assert.Empty(EventAgentFinder.FindHeld(Sources(first, second), minVariantLength: 6));
        Assert.Empty(EventAgentFinder.Find(Sources(first, second), minVariantLength: 6));
    }

    private const string Mill = "Brindle & Shaw, the Lowcastle weaving mill, has won an order for hospital blankets.";

    [Fact]
    public void A_firm_named_after_a_person_does_not_name_them()
    {
        // The second outlet writes "Brindle" only in the firm's name, so it does not know the director it shares a
        // name with, and credits the announcement to someone else.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Mill} The order was announced on Monday by the mill's director, Petra Brindle.",
            $"Staff at Brindle & Shaw heard the news on Monday. The order was announced on Monday by the town's MP, Idris Fenwick."),
            minVariantLength: 6);

        AssertRivals([.. found.Told, .. found.Held], "Petra Brindle", "Idris Fenwick");
    }

    [Fact]
    public void Firms_named_with_an_ampersand_are_not_people()
    {
        // Two firms' names, each two capitalised words about an ampersand: no person did either act.
        var found = EventAgentFinder.FindBoth(Sources(
            "The chapel's pipe organ was built by Harlow & Quince in 1890 and has been silent since the spring.",
            "The chapel's pipe organ will be rebuilt by Dorne & Sons next year and has been silent since the spring."),
            minVariantLength: 6);

        Assert.Empty(found.Told);
        Assert.Empty(found.Held);
    }

    private const string Dugout = "Brackley Rovers sacked their manager on Monday after a run of eight straight defeats.";

    [Theory]
    [InlineData("Assistant Omar Keane has been put in temporary charge of the squad while the club looks for a replacement.")]
    [InlineData("Assistant Omar Keane has been placed in charge of the squad until a replacement is found.")]
    public void A_person_placed_in_charge_rivals_one_told_taking_charge(string second)
    {
        // One outlet tells the act as the person taking charge, the other as a passive placing them in it: the noun of the
        // charge is the act, whatever verb and auxiliaries carry it.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Dugout} Youth coach Petra Lund will take caretaker charge, starting with Saturday's derby.",
            $"{Dugout} {second}",
            Dugout), minVariantLength: 6);

        AssertRivals([.. found.Told, .. found.Held], "Petra Lund", "Omar Keane");
    }

    // The one "who did it" entry found, its two versions naming these people in this order.
    private static void AssertRivals(IReadOnlyList<(int Source, int Start, Disagreement Item)> found, string first, string second)
    {
        var (_, _, disagreement) = Assert.Single(found);
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith(first, c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith(second, c.Text, StringComparison.Ordinal));
    }
}
