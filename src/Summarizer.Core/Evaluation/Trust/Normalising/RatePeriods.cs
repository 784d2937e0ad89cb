using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// The period of a rate ("£35 a week", "three trains an hour", "£186,000 a year", "a weekly £35"). A key value that
/// ends in one is stated by a text that gives its figure with the same period or with none: the period belongs to
/// what is measured, and an outlet may put it elsewhere in its sentence ("the £240,000 it pays each year"), so a
/// brief shows the amount alone. A text that gives another period states another rate.
/// </summary>
internal static partial class RatePeriods
{
    /// <summary>The value without its closing period, and that period ("year", "week", ...); null when it has none.</summary>
    public static (string Bare, string Period)? Split(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var m = Closing().Match(value.Trim());
        return m.Success ? (m.Groups["bare"].Value, Noun(m.Groups["period"].Value)) : null;
    }

    /// <summary>The period <paramref name="text"/> gives a rate, or null when it gives none.</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Anywhere().Match(text);
        return m.Success ? Noun(m.Groups["period"].Success ? m.Groups["period"].Value : m.Groups["adjective"].Value) : null;
    }

    private static string Noun(string word) => word.ToLowerInvariant() switch
    {
        "hourly" => "hour",
        "daily" => "day",
        "nightly" => "night",
        "weekly" => "week",
        "fortnightly" => "fortnight",
        "monthly" => "month",
        "quarterly" => "quarter",
        "annum" or "yearly" or "annual" or "annually" => "year",
        var noun => noun,
    };

    private const string Periods = "hour|day|night|week|fortnight|month|quarter|year|annum";

    [GeneratedRegex(@"^(?<bare>.+?)\s+(?:a|an|per|each|every)\s+(?<period>" + Periods + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\b(?:(?:a|an|per|each|every)\s+(?<period>" + Periods + @")|(?<adjective>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual|annually))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anywhere();
}
