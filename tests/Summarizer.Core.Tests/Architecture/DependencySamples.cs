// Types the dependency reader is tried on: each uses Target only where a signature does not show it.
namespace Summarizer.Core.Tests.Architecture.Samples;

internal sealed class Target : Exception
{
    public static readonly string Label = nameof(Target);
}

internal static class UsesInLambda
{
    public static Func<object> Make() => () => new Target();
}

internal static class UsesInAsyncMethod
{
    public static async Task<int> RunAsync()
    {
        await Task.Yield();
        return new Target().GetHashCode();
    }
}

internal static class UsesInIterator
{
    public static IEnumerable<int> Run()
    {
        yield return new Target().GetHashCode();
    }
}

internal static class UsesInCatch
{
    public static bool Run(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Target)
        {
            return false;
        }
    }
}

internal static class UsesAsGenericArgument
{
    public static int Run() => Enumerable.Empty<object>().OfType<Target>().Count();
}

internal static class UsesStaticField
{
    public static int Run() => Target.Label.Length;
}

internal static class UsesInTypeTest
{
    public static bool Run(object value) => value is Target;
}

internal static class UsesInTypeof
{
    public static string Run() => typeof(Target).Name;
}

internal static class UsesNothing
{
    public static int Run(object value) => value.GetHashCode();
}
