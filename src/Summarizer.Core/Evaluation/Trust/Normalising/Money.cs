using System.Globalization;

namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// Scale words and currency: "€25m", "25 million euros", "EUR 25 million" all become [eur, 25000000] (the
/// figure keeps "25" as written). "k" and "m" scale only beside a currency, where they cannot be kilometres
/// or metres.
/// </summary>
internal static class Money
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["mn"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m, ["tn"] = 1_000_000_000_000m,
    };

    private static readonly Dictionary<string, decimal> CurrencyOnlyScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m,
    };

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["usd"] = "usd", ["dollar"] = "usd", ["dollars"] = "usd",
        ["eur"] = "eur", ["euro"] = "eur", ["euros"] = "eur",
        ["gbp"] = "gbp", ["pound"] = "gbp", ["pounds"] = "gbp",
    };

    public static List<TrustToken> Resolve(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TrustTokenKind.Number)
            {
                // "US$" is the dollar sign.
                if (!(TrustNormaliser.IsWord(tokens, i, "us") && i + 1 < tokens.Count && tokens[i + 1].Kind == TrustTokenKind.Currency))
                {
                    result.Add(t);
                }

                continue;
            }

            var before = result.Count > 0 ? CurrencyOf(result[^1]) : null;
            if (before is not null)
            {
                result[^1] = new TrustToken(before, TrustTokenKind.Currency);
            }

            var next = i + 1;
            var figure = t;
            if (next < tokens.Count && tokens[next].Kind == TrustTokenKind.Word
                && (Scales.TryGetValue(tokens[next].Text, out var scale)
                    || (CurrencyOnlyScales.TryGetValue(tokens[next].Text, out scale) && (before is not null || (next + 1 < tokens.Count && CurrencyOf(tokens[next + 1]) is not null))))
                && decimal.TryParse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                figure = new TrustToken(TrustNormaliser.Canonical(value * scale), TrustTokenKind.Number, Alt: t.Text);
                next++;
            }

            if (before is null && next < tokens.Count && tokens[next].Kind != TrustTokenKind.Number && CurrencyOf(tokens[next]) is { } after)
            {
                result.Add(new TrustToken(after, TrustTokenKind.Currency));
                next++;
            }

            result.Add(figure);
            i = next - 1;
        }

        return result;
    }

    private static string? CurrencyOf(TrustToken t) =>
        t.Kind == TrustTokenKind.Currency ? t.Text
        : t.Kind == TrustTokenKind.Word && Codes.TryGetValue(t.Text, out var code) ? code
        : null;
}
