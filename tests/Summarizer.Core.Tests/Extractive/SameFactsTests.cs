using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>One fact, one sentence: three outlets give one death toll in three wordings; the brief states it once.</summary>
public class SameFactsTests
{
    private const string LostTheirLives = "Nine people lost their lives when the river burst over Dornel's flood wall on Sunday night.";
    private const string WereKilled = "At least 9 people were killed when a spring flood drove the river over Dornel's flood wall.";
    private const string Died = "Nine people died after the river broke through the flood wall protecting Dornel late on Sunday.";

    private static IReadOnlyList<CleanedArticle> Story() =>
    [
        Stories.Article(1, string.Join("\n\n", LostTheirLives, "Mayor Petra Quill ordered the evacuation of the lower town before dawn on Monday.", "Engineers had warned the council in March that the wall needed urgent repairs.", "Insurers expect claims from the flooding to run into millions of crowns.")),
        Stories.Article(2, string.Join("\n\n", WereKilled, "Mayor Petra Quill ordered the lower town evacuated as the water rose on Monday.", "The regional government promised emergency funds for families who lost their homes.", "Schools in Dornel will stay closed until Friday while the water drains away.")),
        Stories.Article(3, string.Join("\n\n", Died, "Rescue crews used boats to reach families trapped on the upper floors of their houses.", "Engineers had warned the council in March that the wall needed urgent repairs.", "Train services to Dornel were suspended until the tracks can be inspected.")),
    ];

    [Fact]
    public async Task The_summary_and_key_points_state_one_death_toll_once()
    {
        var merged = await ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 150, MergedKeyPoints = 5 })
            .MergeAsync(Story(), [], CancellationToken.None);

        var texts = merged.SummaryClaims.Concat(merged.KeyPoints).Select(c => c.Text).ToList();
        Assert.Single(texts, t => t is LostTheirLives or WereKilled or Died);
        Assert.Contains(texts, t => t.StartsWith("Mayor Petra Quill", StringComparison.Ordinal));
    }

    [Fact]
    public void Restatements_meet_where_the_cosine_misses_them_and_other_figures_keep_facts_apart()
    {
        var articles = Story().Append(Stories.Article(4, "Forty people were injured when the river burst over Dornel's flood wall on Sunday night.")).ToList();
        var table = new SentenceTable(articles, 60);
        int Starting(string start) => table.Sentences.Select((s, i) => (s, i)).First(x => x.s.Text.StartsWith(start, StringComparison.Ordinal)).i;
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);
        var (lost, killed, injured) = (Starting("Nine people lost"), Starting("At least 9"), Starting("Forty people"));

        Assert.True(SentenceTable.Cosine(table.Sentences[lost], table.Sentences[killed]) < ExtractiveTuning.Default.RedundancyCosine);
        Assert.True(same.Same(lost, killed));
        Assert.False(same.Same(lost, injured));
    }

    [Fact]
    public void A_hyphenated_number_word_is_one_figure()
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, "Thirty-two sheep died when flood water swept through a barn at Kell Farm on Monday."),
                Stories.Article(2, "Flood water at Kell Farm killed 32 sheep in a barn on Monday."),
                Stories.Article(3, "Flood water at Kell Farm killed 30 sheep and 2 ponies in a barn on Monday."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.Contains("32", same.Describe(0), StringComparison.Ordinal);
        Assert.True(same.Same(0, 1));
        Assert.False(same.Same(0, 2));
    }

    [Fact]
    public void A_name_that_opens_one_sentence_and_a_currency_sign_meet_their_restatement()
    {
        const string Owner = "The owner, Corvel Shipping, said the Marisol had sailed for 31 years and offered €20,000 to each crew member.";
        const string Pays = "Corvel Shipping, which owns the tanker, said it would pay 20,000 euros to each crew member.";
        var table = new SentenceTable(
            [
                Stories.Article(1, Owner + "\n\nThe Marisol ran aground near Kestel Point on Monday."),
                Stories.Article(2, Pays + "\n\nThe tanker ran aground near Kestel Point early on Monday."),
                Stories.Article(3, "Coast guard crews lifted 14 sailors from the Marisol near Kestel Point."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.Contains("corvel", same.Describe(IndexOf(table, Pays)).Split(" | ")[1], StringComparison.Ordinal);
        Assert.Contains("euro:", same.Describe(IndexOf(table, Owner)), StringComparison.Ordinal);
        Assert.True(same.Same(IndexOf(table, Owner), IndexOf(table, Pays)));
    }

    [Fact]
    public void Two_verbs_news_uses_for_one_happening_meet()
    {
        // "shut down" and "knocked out" put the same systems out of use: the sentences share little else but the name.
        const string ShutDown = "Nurses at Tellan General worked from paper charts on Tuesday after ransomware shut down the systems they use to order scans.";
        const string KnockedOut = "The attack knocked out systems at four of Tellan's clinics.";
        var table = new SentenceTable(
            [
                Stories.Article(1, ShutDown + "\n\nThe hospital said patient records were safe."),
                Stories.Article(2, KnockedOut + "\n\nEngineers expect the systems back by Friday."),
                Stories.Article(3, "The police are investigating the attack on Tellan General."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.True(SentenceTable.Cosine(table.Sentences[IndexOf(table, ShutDown)], table.Sentences[IndexOf(table, KnockedOut)]) < ExtractiveTuning.Default.RedundancyCosine);
        Assert.True(same.Same(IndexOf(table, ShutDown), IndexOf(table, KnockedOut)));
    }

    [Fact]
    public void A_bare_title_reads_as_the_one_name_the_story_gives_it_and_a_shared_title_stays_a_title()
    {
        var names = Titles.NamesFor(
        [
            "Harbour Minister Ilse Varga opened the new quay in Tormund on Friday.",
            "Harbour Minister opened the quay for cruise ships at Tormund.",
            "Deputy Mayor Aron Pell and Deputy Mayor Sina Holt both attended.",
            "Deputy Mayor spoke first.",
        ]);

        Assert.Equal(["Ilse", "Varga"], names[1]);
        Assert.Empty(names[3]);
    }

    [Fact]
    public void An_outlet_that_drops_a_name_still_restates_the_fact_of_the_one_that_gives_it()
    {
        const string Named = "Harbour Minister Ilse Varga cut the ribbon on the Tormund quay.";
        const string Bare = "Harbour Minister is inaugurating the Tormund berth as the port bids for cruise lines and ferry traffic.";
        var table = new SentenceTable(
            [
                Stories.Article(1, Named + "\n\nIlse Varga said the quay cost 40 million crowns."),
                Stories.Article(2, Bare + "\n\nThe quay took three years to build."),
                Stories.Article(3, "Cruise lines have asked for a deep-water berth at Tormund since 2019."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.True(same.Same(IndexOf(table, Named), IndexOf(table, Bare)), same.Describe(IndexOf(table, Named)) + "\n" + same.Describe(IndexOf(table, Bare)));
    }

    [Fact]
    public void An_acronym_and_its_plural_are_one_name()
    {
        // "GPs" is the plural of "GP": the two sentences share that name, so they can be one fact.
        const string Plural = "The Brinmoor surgery, which trains GPs, remains open.";
        const string Singular = "The surgery will stay open with a GP on duty, and its nurses keep their posts.";
        var table = new SentenceTable(
            [
                Stories.Article(1, "The health board closed the Ashcombe surgery on Friday.\n\n" + Plural),
                Stories.Article(2, Singular + "\n\nThe board said the Ashcombe building needed a new roof."),
                Stories.Article(3, "Patients of the Ashcombe surgery will be seen at Brinmoor from Monday."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.True(same.Same(IndexOf(table, Plural), IndexOf(table, Singular)), same.Describe(IndexOf(table, Plural)) + "\n" + same.Describe(IndexOf(table, Singular)));
    }

    [Fact]
    public void A_sentence_that_adds_a_second_fact_to_one_already_given_repeats_that_one()
    {
        const string Consent = "Marlow Energy won planning consent on Tuesday for its Kestry Point solar park, a 300 megawatt scheme on former grazing fields that it values at $450 million and expects to power 90,000 homes.";
        const string ConsentAndAppeal =
            "Marlow Energy's Kestry Point scheme won planning consent on Tuesday, and within hours the Kestry Birdwatchers' Society had lodged an appeal against the decision at the Land Tribunal, saying the panels would drive nesting terns from the headland.";
        const string Appeal = "The Kestry Birdwatchers' Society said it would ask the Land Tribunal to overturn the consent.";
        var table = new SentenceTable(
            [
                Stories.Article(1, Consent + "\n\nThe park will cover 400 hectares of former farmland."),
                Stories.Article(2, ConsentAndAppeal + "\n\nConstruction could begin next spring."),
                Stories.Article(3, Appeal + "\n\nMarlow Energy said it expected the consent to stand."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap, tuning.RepeatedClauseShare);
        var (consent, both, appeal) = (IndexOf(table, Consent), IndexOf(table, ConsentAndAppeal), IndexOf(table, Appeal));

        Assert.True(same.Overlap(consent, both) < tuning.SameFactOverlap); // most of the joined sentence is new
        Assert.True(same.Same(consent, both));
        Assert.True(same.Same(both, consent));
        Assert.False(same.Same(consent, appeal));
    }

    [Fact]
    public void A_sentence_whose_subject_restates_a_fact_as_given_repeats_it()
    {
        // "The three women detained on Friday" restates the detentions as a given before it adds their ages and bail.
        const string Detained = "Three women have been detained over the overnight burglary of the Halden Gallery in Brisk, in which thieves cut through a skylight and disabled two cameras, police said on Friday.";
        const string Given = "The three women detained on Friday, aged 22, 29 and 51, have been released on bail until a court hearing in March.";
        const string Other = "The paintings stolen from the Halden Gallery, worth $3 million, have not been recovered.";
        var table = new SentenceTable(
            [
                Stories.Article(1, Detained + "\n\nThe gallery said its alarm failed at 2am."),
                Stories.Article(2, Given + "\n\nDetectives are still searching Brisk for the paintings."),
                Stories.Article(3, Other + "\n\nThe Halden Gallery will reopen on Monday."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap, tuning.RepeatedClauseShare);
        var (detained, given, other) = (IndexOf(table, Detained), IndexOf(table, Given), IndexOf(table, Other));

        Assert.True(same.Overlap(detained, given) < tuning.SameFactOverlap, same.Describe(detained) + "\n" + same.Describe(given)); // the ages and the bail are new
        Assert.True(same.Same(detained, given));
        Assert.False(same.Same(detained, other)); // a given that no other sentence states is no repeat
    }

    [Theory]
    [InlineData(
        "A hiker collapsed on Carrow Fell on Saturday after leaving a mountain hut in thick fog, rescuers said.",
        "The hiker who collapsed on Carrow Fell on Saturday has been named as Owen Pryde, a retired teacher from Lenham.")]
    [InlineData(
        "A bakery in Brindle Street flooded overnight after a water main burst beneath the road, sending brown water through its cellar and kitchen, the owner said.",
        "The bakery that flooded in Brindle Street overnight will reopen next month with help from a council grant, its insurers and neighbouring traders.")]
    [InlineData(
        "Two lorry drivers were stranded at the Kessock Pass for twelve hours after heavy snow closed the road.",
        "The lorry drivers who were stranded at the Kessock Pass, both from Dornoch, were given hot meals and dry beds by villagers in nearby Altnaharra.")]
    public void A_subject_whose_relative_clause_restates_a_fact_as_given_repeats_it(string happened, string given)
    {
        // The relative clause ("who collapsed on ...", "that flooded in ...", "who were stranded at ...") tells the
        // happening again as known before the main clause adds what is new (a name, a reopening, the drivers' care).
        const string Other = "Volunteers at the village hall in Ardmore served soup to stranded travellers and walkers.";
        var table = new SentenceTable(
            [
                Stories.Article(1, happened + "\n\nThe weather office issued a warning for the whole region."),
                Stories.Article(2, given + "\n\nThe council thanked the emergency crews for their quick work."),
                Stories.Article(3, Other + "\n\nThe main road through the valley reopened on Sunday evening."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap, tuning.RepeatedClauseShare);
        var (first, restated, other) = (IndexOf(table, happened), IndexOf(table, given), IndexOf(table, Other));

        Assert.True(same.Overlap(first, restated) < tuning.SameFactOverlap, same.Describe(first) + "\n" + same.Describe(restated)); // the main clause is new
        Assert.True(same.Same(first, restated));
        Assert.False(same.Same(restated, other));
    }

    [Theory]
    [InlineData(
        "Governor Alma Restrepo signed the water bill on Friday at the state capitol in Veyport.",
        "On Friday, when the water bill was signed, farmers across the drought-hit south were already selling cattle they could no longer feed.")]
    [InlineData(
        "The Brisk Lane dam gave way shortly after dawn, flooding forty homes in the village.",
        "When the Brisk Lane dam gave way, most families downstream were still asleep and had to be carried from upstairs windows by neighbours in rowing boats.")]
    [InlineData(
        "Voters in Harrowgate rejected the new stadium plan in Thursday's referendum by a wide margin.",
        "After the Harrowgate stadium referendum was counted, the club's owners said they would look for a site elsewhere.")]
    public void An_opening_time_clause_that_restates_a_fact_as_its_setting_repeats_it(string happened, string setting)
    {
        // The time clause ("On Friday, when ... was signed", "When ... gave way", "After ... was counted") tells the
        // happening again as the setting before the main clause adds what is new.
        const string Other = "Volunteers at the village hall in Ardmore served soup to stranded travellers and walkers.";
        var table = new SentenceTable(
            [
                Stories.Article(1, happened + "\n\nThe weather office issued a warning for the whole region."),
                Stories.Article(2, setting + "\n\nThe council thanked the emergency crews for their quick work."),
                Stories.Article(3, Other + "\n\nThe main road through the valley reopened on Sunday evening."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap, tuning.RepeatedClauseShare);
        var (first, restated, other) = (IndexOf(table, happened), IndexOf(table, setting), IndexOf(table, Other));

        Assert.True(same.Overlap(first, restated) < tuning.SameFactOverlap, same.Describe(first) + "\n" + same.Describe(restated)); // the main clause is new
        Assert.True(same.Same(first, restated));
        Assert.False(same.Same(restated, other));
    }

    [Fact]
    public void One_time_of_day_in_two_formats_is_one_fact_and_another_time_is_another()
    {
        const string TwentyFour = "Councillors will answer questions at a public meeting in Brenlow town hall at 18:30 on Thursday.";
        const string TwelveHour = "Residents can question councillors at a public meeting at the town hall at 6.30pm tomorrow.";
        const string Later = "Residents can question councillors at a second meeting at the town hall at 8pm tomorrow.";
        const string Midnight = "Bus drivers at Corlan Transit walked out from one minute past midnight on Monday, stranding 30,000 commuters.";
        const string Clock = "The strike by Corlan Transit drivers began at 00:01 on Monday.";
        var table = new SentenceTable(
            [
                Stories.Article(1, TwentyFour + "\n\nThe leak at Brenlow's water works was found on Tuesday.\n\n" + Midnight),
                Stories.Article(2, TwelveHour + "\n\nEngineers found the leak at the water works on Tuesday.\n\n" + Clock),
                Stories.Article(3, Later + "\n\nThe water company apologised for the leak."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.True(same.Same(IndexOf(table, TwentyFour), IndexOf(table, TwelveHour)), same.Describe(IndexOf(table, TwentyFour)) + "\n" + same.Describe(IndexOf(table, TwelveHour)));
        Assert.False(same.Same(IndexOf(table, TwelveHour), IndexOf(table, Later)));
        Assert.True(same.Same(IndexOf(table, Midnight), IndexOf(table, Clock)), same.Describe(IndexOf(table, Midnight)) + "\n" + same.Describe(IndexOf(table, Clock)));
    }

    [Theory]
    [InlineData(
        "The parish council has set aside £150k to repair the flood-damaged footbridge at Orlen Mill.",
        "Orlen Mill's footbridge, damaged in the floods, will be repaired with £150,000 the parish council has set aside.",
        "The parish council has set aside £15,000 to repair the flood-damaged footbridge at Orlen Mill.")]
    [InlineData(
        "Halvard Foods agreed to buy the Ternby bakery chain for $2.4m on Friday, its chief executive said.",
        "The Ternby bakery chain was sold to Halvard Foods for 2.4 million dollars on Friday.",
        "Halvard Foods agreed to buy the Ternby bakery chain for $2.4bn on Friday, its chief executive said.")]
    [InlineData(
        "Visitors to the Kesmark glacier park passed three million last year for the first time.",
        "The Kesmark glacier park welcomed 3m visitors last year, the first time it passed that mark.",
        "Visitors to the Kesmark glacier park passed three thousand last year for the first time.")]
    public void A_figure_written_with_its_scale_is_the_figure_it_scales_to(string written, string restated, string other)
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, written + "\n\nThe work is due to begin in the spring."),
                Stories.Article(2, restated + "\n\nA spokesman declined to say more."),
                Stories.Article(3, other + "\n\nLocal people welcomed the news."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);
        var (first, second, third) = (IndexOf(table, written), IndexOf(table, restated), IndexOf(table, other));

        Assert.True(same.Same(first, second), same.Describe(first) + "\n" + same.Describe(second));
        Assert.False(same.Same(first, third), same.Describe(first) + "\n" + same.Describe(third));
    }

    private const string Quoted = "Nadia Fenwick, the managing director, told reporters at the depot: \"We failed our passengers at the very moment they needed us.\"";
    private const string Apologised = "Managing director Nadia Fenwick, who was paid more than £400,000 last year, apologised to passengers.";
    private const string SaidSorry = "Nadia Fenwick, who has run the bus operator since 2015, said sorry to passengers.";
    private const string OtherSpeaker = "Union organiser Colm Baird apologised to passengers.";
    private const string OtherMatter = "Nadia Fenwick said the operator would sell its two bus garages in the spring.";

    // One speaker's one speech act: quoted by one outlet, reported by others; a story with each sentence in its own article.
    private static (SentenceTable Table, SameFacts Same) Speeches()
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, Quoted + "\n\nThe timetable collapsed after a software fault, Nadia Fenwick said."),
                Stories.Article(2, Apologised + "\n\nHundreds of passengers were left waiting, and the managing director, Nadia Fenwick, faced calls to resign."),
                Stories.Article(3, SaidSorry + "\n\nThe operator, led by managing director Nadia Fenwick, runs 140 buses."),
                Stories.Article(4, OtherSpeaker + "\n\nDrivers blamed the managing director, Nadia Fenwick, for the fault."),
                Stories.Article(5, OtherMatter + "\n\nThe managing director said the software fault had been fixed."),
            ],
            60);
        return (table, new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap));
    }

    [Theory]
    [InlineData(Apologised)]
    [InlineData(SaidSorry)]
    public void A_speakers_quoted_words_and_a_report_of_the_same_apology_state_one_fact(string reported)
    {
        var (table, same) = Speeches();
        var (quote, report) = (IndexOf(table, Quoted), IndexOf(table, reported));

        Assert.True(same.Same(quote, report), same.Describe(quote) + "\n" + same.Describe(report));
        Assert.True(same.Same(report, quote));
        Assert.True(same.Repeats(quote, report, ExtractiveTuning.Default.KeyPointSameFactOverlap));
    }

    [Fact]
    public void Another_speaker_or_another_matter_is_another_fact()
    {
        var (table, same) = Speeches();
        var quote = IndexOf(table, Quoted);

        Assert.False(same.Same(quote, IndexOf(table, OtherSpeaker)));
        Assert.False(same.Same(quote, IndexOf(table, OtherMatter)));
        Assert.False(same.SameSpeech(IndexOf(table, Apologised), IndexOf(table, SaidSorry), ExtractiveTuning.Default.SameFactOverlap)); // neither quotes
    }

    private const string Described = "Ms Tarrant described the past month as \"heartbreaking\".";
    private const string Called = "Ms Tarrant called the timing \"heartbreaking\" but said the orchard's insurance would cover the lost crop.";
    private const string OtherWords = "Ms Tarrant called the frost \"a once-in-a-generation event\".";
    private const string OtherQuoter = "Neighbouring grower Owen Pryce called the loss \"heartbreaking\".";
    private const string FunctionQuote = "Ms Tarrant said \"we\" would replant in the spring, not the council.";
    private const string AlsoFunction = "Ms Tarrant said the orchard, not \"we\", had lost the crop.";
    private const string Titled = "Ms Tarrant wrote \"The Frost Orchard\" after the 2019 harvest failed.";
    private const string AlsoTitled = "Ms Tarrant's book \"The Frost Orchard\" has sold 40,000 copies.";

    // One speaker's remark, quoted in a few words by two outlets that frame it differently; a story with each sentence in
    // its own article.
    private static (SentenceTable Table, SameFacts Same) Remarks()
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, "A late frost destroyed most of the apple crop at Tarrant's orchard near Wexcombe.\n\n" + Described),
                Stories.Article(2, "Frost killed the blossom across the Tarrant orchard in April.\n\n" + Called),
                Stories.Article(3, "Growers around Wexcombe lost blossom to the April frost.\n\n" + OtherWords),
                Stories.Article(4, "Other orchards near Wexcombe were hit too.\n\n" + OtherQuoter),
                Stories.Article(5, "The orchard will be replanted.\n\n" + FunctionQuote + "\n\n" + AlsoFunction),
                Stories.Article(6, "Ms Tarrant is also a novelist.\n\n" + Titled + "\n\n" + AlsoTitled),
            ],
            60);
        return (table, new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap));
    }

    [Fact]
    public void Two_sentences_quoting_the_same_words_of_one_speaker_state_one_fact()
    {
        var (table, same) = Remarks();
        var (described, called) = (IndexOf(table, Described), IndexOf(table, Called));

        Assert.True(same.Overlap(described, called) < ExtractiveTuning.Default.SameFactOverlap); // the words' overlap misses the pair
        Assert.True(same.SameQuote(described, called));
        Assert.True(same.Same(described, called), same.Describe(described) + "\n" + same.Describe(called));
        Assert.True(same.Same(called, described));
        Assert.True(same.Repeats(described, called, ExtractiveTuning.Default.KeyPointSameFactOverlap));
        Assert.True(same.Weight(called) > same.Weight(described)); // the more complete one weighs more
    }

    [Fact]
    public void Other_quoted_words_another_speaker_a_quote_of_function_words_only_or_a_quoted_title_is_another_fact()
    {
        var (table, same) = Remarks();
        var described = IndexOf(table, Described);

        Assert.False(same.SameQuote(described, IndexOf(table, OtherWords)));
        Assert.False(same.SameQuote(described, IndexOf(table, OtherQuoter)));
        Assert.False(same.SameQuote(IndexOf(table, FunctionQuote), IndexOf(table, AlsoFunction)));
        Assert.False(same.SameQuote(IndexOf(table, Titled), IndexOf(table, AlsoTitled))); // a book's title: a name, not a remark
        Assert.False(same.Same(described, IndexOf(table, OtherQuoter)));
    }

    [Fact]
    public void A_weekday_beside_a_day_of_the_month_adds_nothing_and_a_weekday_alone_is_read()
    {
        // "Tuesday 3 March" is the day "March 3" names; "on Tuesday" alone is the only day its sentence gives ("tusdai" is its name key).
        const string WeekdayFirst = "Harbour pilots at Skerrow walked out on Tuesday 3 March.";
        const string MonthFirst = "The Skerrow pilots' strike began on March 3 over a pay offer.";
        const string Alone = "Union officials at Skerrow met port managers on Tuesday.";
        var table = new SentenceTable(
            [
                Stories.Article(1, WeekdayFirst + "\n\nThe port said ships would wait offshore."),
                Stories.Article(2, MonthFirst + "\n\nShips waited off the harbour."),
                Stories.Article(3, Alone + "\n\nThe strike closed the port to larger ships."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);

        Assert.DoesNotContain("tusdai", same.Describe(IndexOf(table, WeekdayFirst)), StringComparison.Ordinal);
        Assert.Contains("march", same.Describe(IndexOf(table, WeekdayFirst)), StringComparison.Ordinal);
        Assert.Contains("tusdai", same.Describe(IndexOf(table, Alone)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_named_in_one_sentence_meets_the_words_that_describe_it_in_another()
    {
        // "Kelby Magistrates' Court" is the court "magistrates" sat in: the name's words are the story's common words.
        const string Described = "The Dunmore quarry owner was fined by magistrates.";
        const string Named = "Tobin Harle, who owns Dunmore Quarry, was fined at Kelby Magistrates' Court for letting silt from the workings run into the river.";
        var table = new SentenceTable(
            [
                Stories.Article(1, Described + "\n\nAnglers found dead trout below the quarry in June."),
                Stories.Article(2, Named + "\n\nThe Environment Agency brought the case."),
                Stories.Article(3, "Trout numbers in the river have fallen for three years.\n\nThe quarry has since built a settling pond."),
            ],
            60);
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);
        var (described, named) = (IndexOf(table, Described), IndexOf(table, Named));

        Assert.Contains("magistr:", same.Describe(named), StringComparison.Ordinal);
        Assert.True(same.Repeats(described, named, ExtractiveTuning.Default.KeyPointSameFactOverlap), same.Describe(described) + "\n" + same.Describe(named));
    }

    // The index of the sentence whose text is exactly text.
    private static int IndexOf(SentenceTable table, string text) =>
        table.Sentences.Select((s, i) => (s, i)).First(x => x.s.Text == text).i;
}
