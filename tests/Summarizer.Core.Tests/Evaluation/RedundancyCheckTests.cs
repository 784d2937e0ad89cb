using Summarizer.Evaluation.Summaries;

namespace Summarizer.Core.Tests.Evaluation;

public class RedundancyCheckTests
{
    // The articles the sentences were taken from: the story's topic words recur, what each sentence adds does not.
    private static readonly string[] Sources =
    [
        "Nine people lost their lives when the river burst over Dornel's flood wall on Sunday. Dornel's mayor Petra Quill ordered the evacuation of the lower town on Sunday night. The river is expected to fall by Wednesday.",
        "At least 9 people were killed when a spring flood drove the river over Dornel's flood wall. Forty people were injured when the river burst over Dornel's flood wall. Engineers had warned Quill's council in March that the flood wall needed repairs.",
        "Insurers expect claims from the flood to run into millions of crowns. Ilsa Varden became the first writer in Estonian to win the Halloran Prize for Poetry on Friday. Last Friday, the poetry prize went to Estonian author Ilsa Varden.",
    ];

    [Fact]
    public void Two_wordings_of_one_toll_are_one_fact()
    {
        var pairs = RedundancyCheck.Find(
        [
            "Nine people lost their lives when the river burst over Dornel's flood wall on Sunday.",
            "At least 9 people were killed when a spring flood drove the river over Dornel's flood wall.",
        ], Sources);

        var pair = Assert.Single(pairs);
        Assert.StartsWith("Nine people", pair.First, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prize_told_two_ways_is_one_fact()
    {
        var pairs = RedundancyCheck.Find(
        [
            "Ilsa Varden became the first writer in Estonian to win the Halloran Prize for Poetry on Friday.",
            "Last Friday, the poetry prize went to Estonian author Ilsa Varden.",
        ], Sources);

        Assert.Single(pairs);
    }

    [Fact]
    public void Different_figures_about_one_event_are_two_facts()
    {
        var pairs = RedundancyCheck.Find(
        [
            "Nine people were killed when the river burst over Dornel's flood wall.",
            "Forty people were injured when the river burst over Dornel's flood wall.",
        ], Sources);

        Assert.Empty(pairs);
    }

    [Fact]
    public void A_count_only_the_lighter_sentence_gives_is_a_fact_of_its_own()
    {
        var pairs = RedundancyCheck.Find(
        [
            "The council in Dornel has closed every riverside footpath and bridle path in the lower town along the flooded river after the flood wall burst on Sunday.",
            "Six riverside footpaths in Dornel's lower town have since reopened.",
        ], Sources);

        Assert.Empty(pairs);
    }

    [Fact]
    public void A_sentence_without_the_count_is_held_by_one_that_gives_it()
    {
        var pairs = RedundancyCheck.Find(
        [
            "Nine people lost their lives when the river burst over Dornel's flood wall on Sunday.",
            "People lost their lives when the river burst over Dornel's flood wall.",
        ], Sources);

        Assert.Single(pairs);
    }

    [Fact]
    public void Sentences_about_one_story_but_different_facts_are_not_a_pair()
    {
        var pairs = RedundancyCheck.Find(
        [
            "Dornel's mayor Petra Quill ordered the evacuation of the lower town on Sunday night.",
            "Engineers had warned Quill's council in March that the flood wall needed repairs.",
            "Insurers expect claims from the flood to run into millions of crowns.",
        ], Sources);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Two_statements_about_one_named_person_are_two_facts()
    {
        // They share only who they are about (a name and a title): what each says of her is its own.
        string[] sources =
        [
            "\"The water simply rose over us,\" Mayor Petra Quill told reporters at the edge of the flood. The river burst over Dornel's flood wall on Sunday. Crews will rebuild the lower town's flood wall.",
            "The mayor, Petra Quill, vowed to rebuild the lower town. Nine people died when the river burst over the wall. Residents of the lower town were moved to the school.",
            "Flood Minister Ilsa Varden has said she will not close the inquiry. Ms Varden, the flood minister, agreed to speak to the Courier on Monday evening. The inquiry into the flood will close in June.",
        ];

        var pairs = RedundancyCheck.Find(
        [
            "\"The water simply rose over us,\" Mayor Petra Quill told reporters at the edge of the flood.",
            "The mayor, Petra Quill, vowed to rebuild the lower town.",
            "Flood Minister Ilsa Varden has said she will not close the inquiry.",
            "Ms Varden, the flood minister, agreed to speak to the Courier on Monday evening.",
        ], sources);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Two_acts_of_one_named_body_about_one_thing_are_two_facts()
    {
        // They share the council's name and what it acts on, not the act: a check of one street before it reopens and a
        // committee's vote for a survey of the whole town. What is said of the council must be held too.
        const string Check = "Brenford Town Council said it would inspect every lamp post on Mill Lane before the lane reopened.";
        const string Survey = "Brenford Town Council's transport committee voted on 3 March to pay for a survey of every large lamp in the town.";
        const string Restated = "Brenford Town Council will inspect each lamp post before the lane reopens.";
        string[] sources =
        [
            Check + " A lamp post fell onto a parked car on Mill Lane in Sunday's gale. The lamp had stood for forty years.",
            Survey + " Rusted lamps have been reported across the town. The lamp that fell had been painted in spring.",
            "A lamp post crushed a car in Brenford during the gale. Lamps in the old town are the oldest. The owner of the car was not hurt.",
        ];

        Assert.Empty(RedundancyCheck.Find([Check, Survey], sources));
        Assert.Single(RedundancyCheck.Find([Check, Restated], sources));
    }

    [Fact]
    public void A_meeting_told_twice_shares_two_people_and_a_place_and_is_one_fact()
    {
        // Every shared word is a name, but of two people and a town: one meeting, whatever the verbs.
        string[] sources =
        [
            "President Ana Ostrova is hosting Premier Kadir Belen in Vellmar for talks on the border. The talks follow a month of shelling.",
            "Kadir Belen arrives in Vellmar, where Ana Ostrova welcomes him. Officials expect a statement on the border on Friday.",
            "The border has been closed since March. Traders on both sides have lost money.",
        ];

        var pairs = RedundancyCheck.Find(
        [
            "President Ana Ostrova is hosting Premier Kadir Belen in Vellmar.",
            "Kadir Belen arrives in Vellmar, where Ana Ostrova welcomes him.",
        ], sources);

        Assert.Single(pairs);
    }

    [Fact]
    public void A_count_and_a_measure_with_the_same_digits_are_two_facts()
    {
        // "two harbours" and "2 km" share the digit only: what each measures differs, so no figure ties them.
        // The flood front and Ossby run through the story (they weigh little); "main" and the digit are rare.
        string[] sources =
        [
            "The flood front reached Ossby on Friday. The flood front is moving towards Ossby. Ossby's flood front is slowing.",
            "Ossby waits for the flood front. The flood front is 2 km from Ossby. Ossby is sandbagging against the flood front.",
            "The storm closed two harbours on the main road. The flood front has cut Ossby off. Ossby's flood front is rising.",
        ];

        var pairs = RedundancyCheck.Find(
        [
            "The storm hit early on Friday, closing two harbours along the main road.",
            "The main flood front is 2 km from Ossby.",
        ], sources);

        Assert.Empty(pairs);
    }

    [Fact]
    public void One_distance_written_two_ways_is_one_fact()
    {
        string[] sources =
        [
            "The storm closed two harbours on the main coast road early on Friday. The main flood front is 2 km from Ossby.",
            "Water stands two kilometres from Ossby's main square. Crews are pumping the coast road.",
        ];

        var pairs = RedundancyCheck.Find(
        [
            "The flood front is 2 km from Ossby.",
            "Water now stands two kilometres from Ossby, the flood front still rising.",
        ], sources);

        Assert.Single(pairs);
    }
}
