namespace Summarizer.Cli.Configuration;

/// <summary>
/// Options records validate themselves with <see cref="ArgumentException"/>; when their values come from the
/// user's settings, that is a usage error, so here (and only here) it becomes a <see cref="SettingsException"/>.
/// </summary>
internal static class ValidSettings
{
    public static T Of<T>(Func<T> validated)
    {
        try
        {
            return validated();
        }
        catch (ArgumentException ex)
        {
            throw new SettingsException(ex.Message, ex);
        }
    }

    public static void Check(Action validate) => Of(() =>
    {
        validate();
        return true;
    });
}
