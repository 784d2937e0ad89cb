namespace Summarizer.Core.Tests.Checking;

/// <summary>A reply to check: text, the sources it cites, and whether it is checked as a merged key point.</summary>
public sealed record GroundingCase(string Name, string Text, int[] Cited, bool AsClaim = false);

/// <summary>Replies over fixtures/trust (the ferry story): faithful ones and corrupted ones of each kind.</summary>
internal static class GroundingCases
{
    public static readonly GroundingCase[] Faithful =
    [
        new("summary of 1", "The ferry Lady Arden capsized on Lake Morrow on March 14, killing three people; 42 passengers were rescued.", [1]),
        new("summary of 2", "Governor Tomas Reinholt ordered the Lake Safety Board to investigate. A 2024 audit found 17% of the region's passenger ferries failed inspection.", [2]),
        new("summary of 3", "At least 38 passengers were rescued, and coast guard captain Olexandr Kovalenko directed the nine-hour search.", [3]),
        new("summary of 5 with money variant", "The Lady Arden sank on March 13 near Calder Point; Bluewater Lines will pay $50,000 to each family.", [5]),
        new("key point with many sources", "Three people died when the Lady Arden capsized on Lake Morrow.", [1, 2, 3, 5], AsClaim: true),
        new("prose with markers and a quote", "The Lady Arden capsized on Lake Morrow on March 14 [1][2], and 42 passengers were rescued [1, 5]. Governor Tomas Reinholt said: \"We will find out exactly what went wrong on that lake.\" [1]", []),
        new("number word for digits", "The Lady Arden had been in service for twenty-seven years, operator Bluewater Lines said.", [1]),
        new("weekday", "Families gathered at the harbour in Ostrava Bay on Saturday.", [3]),
        new("spelling variant of a name", "Captain Olexandr Kovalenko led the rescue, which lasted nine hours.", [1], AsClaim: true),
        new("figure with qualifier", "About 45 people were aboard the ferry when it overturned in strong winds.", [1]),
        new("quote with its speaker", "Kovalenko said: \"The water was colder than anyone expected.\"", [1]),
        new("headline against all sources", "Lake Morrow ferry disaster: three dead, inquiry ordered", []),
        new("quote attributed by role in the source", "Reinholt said: \"We will find out exactly what went wrong on that lake.\"", [2]),
        new("percent written out", "A 2024 audit by the Lake Safety Board found that 17 per cent of passenger ferries failed inspection.", [2], AsClaim: true),
    ];

    public static readonly GroundingCase[] Corrupted =
    [
        new("invented count", "The ferry Lady Arden capsized on March 14, killing three people; 47 passengers were rescued.", [1]),
        new("invented total aboard", "The ferry was carrying 52 people when it overturned.", [1]),
        new("changed percentage", "A 2024 audit found 21 percent of the region's passenger ferries failed inspection.", [2]),
        new("percent for a count", "42 percent of passengers were rescued after the ferry capsized.", [1]),
        new("wrong day of month", "The Lady Arden capsized on Lake Morrow on March 16.", [1]),
        new("wrong month in prose", "The Lady Arden capsized on Lake Morrow on April 14 [1][2].", []),
        new("wrong year", "A 2023 audit by the Lake Safety Board found that 17 percent of ferries failed inspection.", [2]),
        new("wrong weekday", "Families gathered at the harbour in Ostrava Bay on Sunday.", [3]),
        new("changed money", "Bluewater Lines offered $75,000 to each bereaved family.", [1]),
        new("changed duration", "The Lady Arden had been in service for 32 years.", [1]),
        new("changed number word", "Rescuers pulled forty passengers from the water.", [2]),
        new("invented person", "Deputy Governor Hanna Lindqvist ordered an inquiry by the Lake Safety Board.", [1]),
        new("invented surname", "Captain Oleksandr Petrenko led the rescue, which lasted nine hours.", [1]),
        new("invented place", "The ferry overturned near Halden Point in strong winds.", [1]),
        new("invented organisation", "The Morrow Maritime Authority ordered an inquiry into the capsizing.", [1]),
        new("quote moved to another speaker", "Reinholt said: \"The water was colder than anyone expected.\"", [1]),
        new("quote moved to the rescuer", "\"We will find out exactly what went wrong on that lake,\" Kovalenko said.", [1]),
        new("invented quote", "Reinholt said: \"Those responsible will be punished.\"", [1]),
        new("statistic cited to the wrong source", "A 2024 audit by the Lake Safety Board found that 17 percent of the region's passenger ferries failed their annual inspection [1].", []),
        new("scene cited to the wrong source", "Families of the victims gathered at the harbour in Ostrava Bay to lay flowers on the water [5].", []),
        new("rescuer cited to the wrong source", "Coast guard captain Olexandr Kovalenko directed the nine-hour search [5].", []),
        new("key point with one wrong source", "Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board.", [1, 3], AsClaim: true),
        new("key point with a conflicting source", "The Lady Arden capsized on Lake Morrow on March 14.", [1, 5], AsClaim: true),
        new("wording cited to a source that lacks it", "Three people died and the ferry had been in service for decades, the operator said [3].", []),
    ];
}
