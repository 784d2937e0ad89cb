using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Ingestion.Feeds;

/// <summary>Time zones as feeds write them: offsets, "GMT+1" / "UTC-01:01", names and RFC 822 military letters.</summary>
internal static partial class FeedTimeZones
{
    // Names seen in real feeds. Ambiguous ones take their most common meaning in news feeds (IST: India, BST: British Summer).
    private static readonly Dictionary<string, double> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["ET"] = -5, ["CST"] = -6, ["CDT"] = -5, ["CT"] = -6,
        ["MST"] = -7, ["MDT"] = -6, ["MT"] = -7, ["PST"] = -8, ["PDT"] = -7, ["PT"] = -8,
        ["AST"] = -4, ["ADT"] = -3, ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["NST"] = -3.5, ["NDT"] = -2.5,
        ["BST"] = 1, ["IST"] = 5.5, ["WEST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2, ["MEZ"] = 1, ["MESZ"] = 2,
        ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["MSD"] = 4, ["SAST"] = 2, ["PKT"] = 5, ["ICT"] = 7, ["WIB"] = 7,
        ["HKT"] = 8, ["SGT"] = 8, ["AWST"] = 8, ["PHT"] = 8, ["JST"] = 9, ["KST"] = 9, ["ACST"] = 9.5, ["ACDT"] = 10.5,
        ["AEST"] = 10, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13, ["BRT"] = -3, ["ART"] = -3,
    };

    public static bool TryParse(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var zone = text.Trim().Trim('(', ')');
        if (Names.TryGetValue(zone, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        if (zone.Length == 1 && char.IsAsciiLetter(zone[0]) && zone.ToUpperInvariant()[0] is var letter and not 'J')
        {
            // RFC 822 section 5.1 as written: A-I are -1 to -9, K-M -10 to -12, N-Y +1 to +12.
            offset = TimeSpan.FromHours(letter switch
            {
                <= 'I' => -(letter - 'A' + 1),
                <= 'M' => -(letter - 'A'),
                < 'Z' => letter - 'N' + 1,
                _ => 0,
            });
            return true;
        }

        var m = OffsetPattern().Match(zone);
        if (!m.Success)
        {
            return false;
        }

        var h = int.Parse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (h > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(h, minutes, 0) * (m.Groups[1].Value == "-" ? -1 : 1);
        return true;
    }

    // +0100, -05:00, +01, GMT+1, UTC-01:01, GMT+0100.
    [GeneratedRegex(@"^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
