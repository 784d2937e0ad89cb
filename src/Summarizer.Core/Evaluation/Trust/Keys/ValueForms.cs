using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>
/// What counts as stating a key value (README "Normalisation" and rule 1): the value's own needles, then those of
/// every form of a `variants` entry the value belongs to. The scorer looks for these in the brief; the key checks
/// look for them in the value's own `says` text.
/// </summary>
internal static class ValueForms
{
    /// <summary>The value's needles, then those of every variant form of it.</summary>
    public static IReadOnlyList<IReadOnlyList<TrustToken>> Needles(TrustKey key, string value, string? kind)
    {
        ArgumentNullException.ThrowIfNull(key);
        var needles = TrustText.ValueNeedles(value, kind).ToList();
        var own = TrustText.Content(value);
        foreach (var variant in key.Variants)
        {
            var forms = variant.Forms.Strings.Values.SelectMany(s => s).Append(variant.Value).ToList();
            if (forms.Any(f => SameTokens(TrustText.Content(f), own)))
            {
                needles.AddRange(forms.SelectMany(f => FormNeedles(f, kind)));
            }
        }

        return needles;
    }

    /// <summary>
    /// A variant form is a phrase of its file ("killing 9 people", "48 hours of downpours"): when it has figures,
    /// the figures (with currency and percent) are the form; otherwise it is read as a value.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TrustToken>> FormNeedles(string form, string? kind) =>
        TrustText.ValueNeedles(form, kind).Select(n => n.Any(t => t.IsFigure)
            ? (IReadOnlyList<TrustToken>)[.. n.Where(t => t.Kind != TrustTokenKind.Word)]
            : n);

    private static bool SameTokens(IReadOnlyList<TrustToken> a, IReadOnlyList<TrustToken> b) =>
        a.Count > 0 && a.Select(t => t.Text).SequenceEqual(b.Select(t => t.Text), StringComparer.Ordinal);
}
