using System.ComponentModel.DataAnnotations;

namespace Summarizer.Pipeline;

/// <summary>Runs the data annotations of an options record, failing with a message that names each bad field.</summary>
internal static class OptionsValidation
{
    public static T Validate<T>(T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var problems = results.Select(r => $"{typeof(T).Name}.{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
            throw new ArgumentException("Invalid options: " + string.Join("; ", problems));
        }

        return options;
    }
}
