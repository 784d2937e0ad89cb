using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// What a figure counts, reduced to a general class so that different words for one thing meet: people,
/// residents, passengers, workers -> persons; jobs, positions, posts -> jobs; homes, houses -> dwellings.
/// General English news vocabulary; a noun outside it stands for itself (its stem).
/// </summary>
internal static class MeasureClasses
{
    /// <summary>
    /// The class of counts of people. It gathers different groups (firefighters, patients, staff), so it says the
    /// counted people are people, not which people: only an event frame says two such counts are of one group.
    /// </summary>
    public const string Persons = "persons";

    /// <summary>The class of homes, houses, flats: what people leave when they are displaced.</summary>
    public const string Dwellings = "dwellings";

    /// <summary>The class of jobs, positions, posts: what a cut or a hiring counts.</summary>
    public const string Jobs = "jobs";

    /// <summary>
    /// Nouns news uses for one group of people in one role, by any outlet: pupils are students, passengers travellers,
    /// runners the starters or entrants of a race, protesters marchers, spectators the fans and the crowd, crew the
    /// seafarers on board. Each counts people; two of one group name one group (<see cref="MeasureSignature"/>).
    /// </summary>
    public static readonly string[][] OneRole =
    [
        ["pupil", "student", "schoolchild", "schoolchildren"],
        ["passenger", "traveller", "traveler"],
        ["runner", "starter", "entrant", "competitor", "participant", "athlete"],
        ["protester", "protestor", "marcher", "demonstrator", "campaigner"],
        ["spectator", "fan", "supporter", "onlooker", "crowd"],
        ["crew", "seafarer", "sailor", "crewman", "crewmen", "seaman"],
        ["worker", "employee", "staff", "workforce"],
        ["birdwatcher", "birder", "visitor"],
        ["singer", "chorister", "voice"],
        // Those at the wheel of a car: a camera, a fine or a closure counts them by either word.
        ["driver", "motorist"],
    ];

    private static readonly string[] FishKinds =
        ["salmon", "trout", "smolt", "cod", "herring", "mackerel", "eel", "carp", "pike", "bream", "roach", "tench", "sturgeon",
         "haddock", "sardine", "tuna", "shark"];

    private static readonly string[] BirdKinds =
        ["penguin", "swan", "goose", "geese", "duck", "gull", "seabird", "owl", "eagle", "hawk", "falcon", "parrot", "pigeon",
         "puffin", "flamingo", "heron", "stork", "tern", "gannet", "songbird", "raptor"];

    /// <summary>
    /// The kinds of fish and birds the classes above gather: each is one count with its class noun ("fish", "birds"), but
    /// two kinds ("trout" and "carp") are two things, never two versions of one count.
    /// </summary>
    public static readonly string[] Kinds = [.. FishKinds, .. BirdKinds];

    private static readonly FrozenDictionary<string, string> Classes = Build(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Persons] =
        [
            "people", "person", "individual", "resident", "inhabitant", "passenger", "worker", "employee", "staff",
            "member", "victim", "patient", "child", "children", "adult", "student", "pupil", "soldier", "troop",
            "officer", "firefighter", "rescuer", "volunteer", "voter", "participant", "villager", "citizen", "civilian",
            "migrant", "refugee", "fan", "spectator", "visitor", "tourist", "customer", "user", "miner", "crew",
            "man", "men", "woman", "women", "survivor", "evacuee", "casualty", "casualties", "body", "bodies",
            "dockworker", "employee", "investor", "subscriber", "shopper", "commuter", "traveller", "traveler",
            "athlete", "player", "protester", "demonstrator", "prisoner", "inmate", "suspect", "farmer", "driver",
            "doctor", "nurse", "teacher", "delegate", "baby", "babies", "infant", "pensioner", "senior", "youth",
            "workforce", "guest", "attendee", "fatality", "fatalities", "life", "lives", "soul", "souls", "hostage",
            "holidaymaker", "holiday-maker", "holidaygoer", "skier", "snowboarder", "climber", "hiker", "walker", "runner",
            "cyclist", "motorist", "pedestrian", "rider", "starter", "finisher", "entrant", "competitor", "neighbour",
            "neighbor", "tenant", "homeowner", "householder", "client", "parent", "grandparent", "toddler", "seafarer",
            "sailor", "seaman", "fisherman", "fishermen", "cruisegoer", "concertgoer", "festivalgoer", "diner", "pilgrim",
            "mourner", "marcher", "steward", "applicant", "claimant", "borrower", "saver",
            "occupant", "camper", "swimmer", "bather", "pilot", "candidate", "teenager", "teen", "onlooker", "bystander",
            "trainee", "apprentice", "operative", "labourer", "laborer",
            // Who a performance, a sport or a crime counts: "46 singers" are "a 64-voice choir", "three robbers" are
            // "four masked men".
            "musician", "performer", "dancer", "reveller", "reveler", "angler", "robber", "thief", "thieves", "raider",
            "burglar", "gunman", "gunmen", "attacker", "assailant", "intruder", "looter", "rioter", "sixth-former",
            // The nouns of each group of one role count people too (supporters are fans, a crowd the spectators).
            .. OneRole.SelectMany(g => g),
        ],
        [Households] = ["household"],
        [Families] = ["family", "families"],
        [Dwellings] = ["home", "house", "dwelling", "property", "properties", "flat", "apartment", "housing"],
        ["buildings"] = ["building", "structure"],
        [Jobs] = ["job", "position", "post", "role", "redundancy", "redundancies", "vacancy", "vacancies"],
        ["vehicles"] = ["car", "vehicle", "truck", "lorry", "lorries", "bus", "buses", "van", "carriage", "coach", "coaches", "wagon", "minibus",
            "single-decker", "double-decker", "engine", "appliance", "tender", "ambulance"],
        ["vessels"] = ["ship", "boat", "vessel", "ferry", "ferries", "tanker", "container", "narrowboat", "yacht", "trawler", "barge",
            "dinghy", "dinghies", "lifeboat", "craft", "cruiser", "canoe", "kayak"],
        ["flights"] = ["flight", "plane", "aircraft", "jet"],
        ["animals"] = ["cattle", "sheep", "animal", "livestock", "cow", "horse", "pig", "head", "ewe", "lamb", "ram", "bull",
            "bullock", "heifer", "calf", "calves", "goat", "pony", "ponies", "deer", "hen", "chicken"],
        // Fish and birds by their class noun or their kind: news names the kind once and re-mentions it by its class
        // ("62,000 fish" / "48,000 salmon", "38 birds" / "45 penguins"). Farm poultry stays with the livestock above.
        // Two different kinds are still two things (<see cref="Kinds"/>).
        ["fish"] = ["fish", "fishes", .. FishKinds],
        ["birds"] = ["bird", .. BirdKinds],
        // What a traveller checks in: "4,000 bags were left behind" and "7,000 suitcases stranded" count one thing.
        ["luggage"] = ["bag", "suitcase", "luggage", "baggage", "holdall"],
        // Works of art a gallery counts: "14 watercolours were damaged", "nine paintings".
        ["artworks"] = ["painting", "watercolour", "watercolor", "artwork", "canvas", "canvases", "drawing", "sculpture"],
        // Lights a council counts: "18,000 street lights", "11,500 lamps".
        ["lights"] = ["light", "lamp", "streetlight", "streetlamp", "lantern"],
        // Bodies that hold money or members for others: "1,900 charities", "2,400 organisations".
        ["organisations"] = ["charity", "charities", "organisation", "organization", "society", "societies", "club"],
        ["businesses"] = ["company", "companies", "firm", "business", "shop", "store", "retailer", "outlet"],
        ["sites"] = ["site", "plant", "factory", "factories", "branch", "branches", "office", "facility", "facilities"],
        ["votes"] = ["vote", "ballot"],
        ["seats"] = ["seat"],
        ["countries"] = ["country", "countries", "nation"],
        ["cases"] = ["case", "infection"],
        ["transactions"] = ["transaction", "payment"],
        ["items"] = ["item", "piece", "object", "artefact", "artifact"],
        ["copies"] = ["copy", "copies"],
        ["goals"] = ["goal"],
        // What a sports table counts: "11 league games", "eleven matches", "nine fixtures".
        ["games"] = ["game", "match", "fixture"],
        ["performances"] = ["performance", "show", "concert", "gig", "matinee", "screening"],
        ["schools"] = ["school"],
        ["hospitals"] = ["hospital"],
        ["libraries"] = ["library", "libraries"],
        ["stations"] = ["station"],
        ["farms"] = ["farm", "holding"],
        ["signatures"] = ["signature", "signatory", "signatories"],
    });

    /// <summary>The class of households: homes counted as the units that are supplied, billed or surveyed.</summary>
    public const string Households = "households";

    /// <summary>
    /// The class of families: people counted by the kin they live with ("two families were moved out", "23 families are in
    /// temporary accommodation"). A family is no dwelling and no household of a meter or a survey: a house holds one or
    /// several, and news counts families when it tells what befell people. So "six houses" and "two families" are counts
    /// of different things, never two versions of one count.
    /// </summary>
    public const string Families = "families";

    /// <summary>
    /// The class a count's measure falls in when outlets may count one thing by either word: homes and the households
    /// in them ("12,000 homes without power", "20,000 households lost power"), people and the jobs they hold or lose.
    /// A measure outside the lexicon's classes (a stem) has none.
    /// </summary>
    public static string? Broad(string measure) => measure switch
    {
        Households or Dwellings => Dwellings,
        Jobs or Persons => Persons,
        _ when Names.Contains(measure) => measure,
        _ => null,
    };

    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(Classes.Values, StringComparer.Ordinal);

    /// <summary>The class of a noun; its stem when the lexicon does not know it.</summary>
    public static string Of(string word)
    {
        var lower = Folding.Fold(word);
        if (Classes.TryGetValue(lower, out var known))
        {
            return known;
        }

        var stem = Stemmer.Inflections.Stem(lower);
        return Classes.TryGetValue(stem, out var byStem) ? byStem : stem;
    }

    /// <summary>True when the lexicon knows the word.</summary>
    public static bool Knows(string word)
    {
        var lower = Folding.Fold(word);
        return Classes.ContainsKey(lower) || Classes.ContainsKey(Stemmer.Inflections.Stem(lower));
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in classes)
        {
            foreach (var w in words)
            {
                map.TryAdd(w, name);
                map.TryAdd(Stemmer.Inflections.Stem(w), name);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
