using System.Collections.Frozen;
using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>Dates: "March 14", "14 March 2026", "February 2022", weekdays, and years that are not counts.</summary>
internal static partial class Facts
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    private static List<DateFact> ExtractDates(string text, List<Token> tokens, List<string> folded, bool[] used)
    {
        var dates = new List<DateFact>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            if (Weekdays.Contains(folded[i]) && char.IsUpper(tokens[i].Text[0]))
            {
                used[i] = true;
                dates.Add(new DateFact(null, null, null, folded[i], tokens[i].Text, tokens[i].Start, tokens[i].End));
                continue;
            }

            if (Months.TryGetValue(folded[i], out var month) && char.IsUpper(tokens[i].Text[0]))
            {
                int first = i, last = i;
                int? day = null, year = null;
                if (i > 0 && !used[i - 1] && TryDay(folded[i - 1], out var d1))
                {
                    day = d1;
                    first = i - 1;
                }
                else if (i + 1 < tokens.Count && TryDay(folded[i + 1], out var d2))
                {
                    day = d2;
                    last = i + 1;
                }

                if (last + 1 < tokens.Count && TryYear(folded[last + 1], out var y))
                {
                    year = y;
                    last++;
                }

                if (folded[i] == "may" && day is null && year is null)
                {
                    continue; // the modal verb
                }

                for (var k = first; k <= last; k++)
                {
                    used[k] = true;
                }

                dates.Add(new DateFact(year, month, day, null, text[tokens[first].Start..tokens[last].End], tokens[first].Start, tokens[last].End));
                continue;
            }

            if (TryYear(folded[i], out var lone) && !LooksLikeCount(text, tokens, folded, i))
            {
                used[i] = true;
                dates.Add(new DateFact(lone, null, null, null, tokens[i].Text, tokens[i].Start, tokens[i].End));
            }
        }

        return dates;
    }

    // "2000 troops", "$2024", "2022%" are figures, not years.
    private static bool LooksLikeCount(string text, List<Token> tokens, List<string> folded, int i)
    {
        var start = tokens[i].Start;
        if (start > 0 && Currencies.ContainsKey(text[start - 1].ToString()))
        {
            return true;
        }

        var end = tokens[i].End;
        if (end < text.Length && text[end] == '%')
        {
            return true;
        }

        if (i + 1 >= tokens.Count)
        {
            return false;
        }

        var next = folded[i + 1];
        return TryScale(next, out _) || next is "percent" or "per" || (char.IsLower(tokens[i + 1].Text[0])
            && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) && !Stopwords.IsStopword(next)
            && next != "was" && next != "has");
    }

    private static bool TryDay(string word, out int day) =>
        int.TryParse(StripOrdinal(word), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2100 && word.Length == 4;

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < 12; m++)
        {
            map[MonthNames[m]] = m + 1;
            map[MonthNames[m][..3]] = m + 1;
        }

        map["sept"] = 9;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
