using System.CommandLine;

namespace Summarizer.Cli.Commands;

/// <summary>Validators that add parse errors (never throw), so bad flags are usage errors with exit 2.</summary>
internal static class OptionRules
{
    public static Option<int?> InRange(this Option<int?> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int value && (value < min || value > max))
            {
                result.AddError($"{option.Name} must be between {min} and {max} (got {value}).");
            }
        });
        return option;
    }

    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < min || value > max)
            {
                result.AddError($"{option.Name} must be between {min} and {max} (got {value}).");
            }
        });
        return option;
    }
}
