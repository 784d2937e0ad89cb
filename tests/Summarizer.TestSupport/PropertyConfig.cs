using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Summarizer.TestSupport;

/// <summary>
/// The one FsCheck configuration every property test runs with. By default the seed and the number
/// of cases are fixed, so a run on CI checks exactly what the last run checked and cannot fail at
/// random. A failure message carries the seed as FsCheck prints it, "(seed,gamma)"; to look for new
/// counterexamples or replay one, set:
/// <list type="bullet">
/// <item><c>SUMMARIZER_PROPERTY_SEED=seed,gamma</c>: replay that seed (with the failing run's case count, as
/// the size of each case follows it), or <c>seed,gamma,size</c>, FsCheck's "replay directly at failing step".</item>
/// <item><c>SUMMARIZER_PROPERTY_RANDOM=1</c>: a fresh random seed per property.</item>
/// <item><c>SUMMARIZER_PROPERTY_RUNS=N</c>: N cases per property instead of <see cref="DefaultRuns"/>.</item>
/// </list>
/// </summary>
public static class PropertyConfig
{
    public const string SeedVariable = "SUMMARIZER_PROPERTY_SEED";
    public const string RandomVariable = "SUMMARIZER_PROPERTY_RANDOM";
    public const string RunsVariable = "SUMMARIZER_PROPERTY_RUNS";

    /// <summary>The seed of normal runs; any value would do, what matters is that it does not change.</summary>
    public const ulong FixedSeed = 20261129;

    /// <summary>Cases per property in normal runs.</summary>
    public const int DefaultRuns = 200;

    /// <summary>The configuration for this process, from its environment variables.</summary>
    public static Config Default => From(Environment.GetEnvironmentVariable);

    /// <summary>The configuration the given variables ask for (a lookup, so tests need not touch the environment).</summary>
    public static Config From(Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var config = Config.QuickThrowOnFailure.WithMaxTest(Runs(variables(RunsVariable)));
        var seed = variables(SeedVariable);
        if (!string.IsNullOrWhiteSpace(seed))
        {
            return config.WithReplay(FSharpOption<Replay>.Some(ParseReplay(seed)));
        }

        return variables(RandomVariable) is "1" or "true"
            ? config
            : config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(FixedSeed), FSharpOption<int>.None)));
    }

    private static int Runs(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultRuns;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0
            ? runs
            : throw new ArgumentException($"{RunsVariable} must be a positive whole number, not '{value}'.");
    }

    // Accepts what FsCheck prints, with or without the parentheses: "(seed,gamma)" or "(seed,gamma,size)".
    private static Replay ParseReplay(string value)
    {
        var parts = value.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is 2 or 3
            && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma))
        {
            if (parts.Length == 2)
            {
                return new Replay(new Rnd(seed, gamma), FSharpOption<int>.None);
            }

            if (int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return new Replay(new Rnd(seed, gamma), FSharpOption<int>.Some(size));
            }
        }

        throw new ArgumentException($"{SeedVariable} must be 'seed,gamma' or 'seed,gamma,size' as FsCheck prints it, not '{value}'.");
    }
}
