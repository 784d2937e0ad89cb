using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Summarizer.Cli.Commands;

/// <summary>Validators that add parse errors (never throw), so bad flags are usage errors with exit 2.</summary>
internal static class OptionRules
{
    public static Option<int?> InRange(this Option<int?> option, int min, int max)
    {
        option.Validators.Add(result => CheckRange(result, option.Name, min, max));
        return option;
    }

    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result => CheckRange(result, option.Name, min, max));
        return option;
    }

    /// <summary>The value, when given, must be one of <paramref name="choices"/> (defaults are not checked).</summary>
    public static Option<T> OneOf<T>(this Option<T> option, IReadOnlyCollection<string> choices)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !choices.Contains(value))
            {
                result.AddError($"{option.Name} must be one of {string.Join(", ", choices)} (got '{value}').");
            }
        });
        return option;
    }

    // Reads the token itself: a value that is not a number already has the parser's own error, and asking
    // the result for its value would throw instead of reporting it. Defaults (no token) are in range.
    private static void CheckRange(OptionResult result, string name, int min, int max)
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
        {
            result.AddError($"{name} must be between {min} and {max} (got {value}).");
        }
    }
}
