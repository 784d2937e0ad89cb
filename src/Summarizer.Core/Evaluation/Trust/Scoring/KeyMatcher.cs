using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>
/// How a brief item meets a key entry: values (any variant form), `match` terms, and the two levels of
/// sources (README "Scoring": strict = exactly the `says` files; lenient = every `says` file, a near-copy
/// excused when its original is cited and the brief flags it, and nothing outside `says` and `hedged`).
/// </summary>
internal sealed class KeyMatcher(TrustKey key, BriefUnderTest brief)
{
    // What a key value is read as, worked out once per value: every brief item is tested against every value.
    private readonly Dictionary<(string, string?), IReadOnlyList<IReadOnlyList<TrustToken>>> _needles = [];
    private readonly Dictionary<string, (string Bare, string Period)?> _rates = [];
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<TrustToken>>> _states = [];

    public TrustKey Key => key;

    public static bool Strict(IReadOnlySet<string> cited, Evidence says) => cited.SetEquals(says.Files);

    public bool Lenient(IReadOnlySet<string> cited, KeyValue value) => Lenient(cited, value.Says, value.Hedged);

    public bool Lenient(IReadOnlySet<string> cited, Evidence says, Evidence hedged) =>
        cited.Count > 0
        && says.Files.All(f => cited.Contains(f) || Excused(f, cited))
        && cited.All(f => says.Files.Contains(f) || hedged.Files.Contains(f));

    /// <summary>A near-copy (by the key) need not be cited when its original is and the brief flags the copy.</summary>
    public bool Excused(string file, IReadOnlySet<string> cited) =>
        key.OriginalOf(file) is { } original && cited.Contains(original) && brief.CopyPairs.Contains(new NearCopy(file, original));

    /// <summary>
    /// The item states <paramref name="value"/> (README rule 1: normalised, any variant form). A rate's figure given
    /// without any period states it; given with another period it does not (README "Normalisation").
    /// </summary>
    public bool States(BriefItem item, string value, string? kind) =>
        Needles(value, kind).Any(item.Text.ContainsAll)
        || (Cached(_rates, value, RatePeriods.Split) is { } rate
            && (RatePeriods.Of(item.Text.Original) ?? rate.Period) == rate.Period
            && Needles(rate.Bare, kind).Any(n => n.Any(t => t.IsFigure) && item.Text.ContainsAll(n)));

    /// <summary>
    /// The item states an update's later value, or, for a status, the state that value names without its details
    /// (README rule 3: "has since been charged" states "two charged with theft, one bailed").
    /// </summary>
    public bool StatesLater(BriefItem item, KeyUpdate update) =>
        States(item, update.Later.Value, update.Kind)
        || (update.Kind == "status" && Cached(_states, update.Later.Value, TrustText.StateNeedles).Any(item.Text.ContainsAll));

    /// <summary>The item contains every `match` term.</summary>
    public static bool Matches(BriefItem item, IReadOnlyList<string> terms) => terms.Count > 0 && terms.All(item.Text.ContainsSequence);

    private IReadOnlyList<IReadOnlyList<TrustToken>> Needles(string value, string? kind) =>
        Cached(_needles, (value, kind), k => ValueForms.Needles(key, k.Item1, k.Item2));

    private static TValue Cached<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> read)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = read(key);
            cache[key] = value;
        }

        return value;
    }
}
