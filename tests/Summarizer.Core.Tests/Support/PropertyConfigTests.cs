using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Support;

/// <summary>The shared property-test configuration: fixed by default, random or replayed only when asked.</summary>
public sealed class PropertyConfigTests
{
    private static readonly Dictionary<string, string> None = [];

    private static Config With(Dictionary<string, string> variables) =>
        PropertyConfig.From(name => variables.GetValueOrDefault(name));

    private static List<int> Generated(Config config)
    {
        var seen = new List<int>();
        Prop.ForAll<int>(x => seen.Add(x)).Check(config);
        return seen;
    }

    [Fact]
    public void Normal_runs_check_the_same_cases_every_time()
    {
        var first = Generated(With(None));

        Assert.Equal(PropertyConfig.DefaultRuns, first.Count);
        Assert.Equal(first, Generated(With(None)));
        Assert.Equal(PropertyConfig.FixedSeed, With(None).Replay.Value.Rnd.Seed);
    }

    [Fact]
    public void A_failure_names_the_seed_it_ran_with()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Prop.ForAll<int>(x => x < 5).Check(With(None)));

        Assert.Contains($"({PropertyConfig.FixedSeed},", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_a_failure_names_replays_the_same_cases()
    {
        var replayed = new Dictionary<string, string> { [PropertyConfig.SeedVariable] = "(123,11400714819323198485)" };

        Assert.Equal(Generated(With(replayed)), Generated(With(replayed)));
        Assert.NotEqual(Generated(With(None)), Generated(With(replayed)));
    }

    [Fact]
    public void A_random_run_takes_a_new_seed_and_the_runs_asked_for()
    {
        var random = With(new() { [PropertyConfig.RandomVariable] = "1", [PropertyConfig.RunsVariable] = "5000" });

        Assert.Null(random.Replay);
        Assert.Equal(5000, random.MaxTest);
    }

    [Theory]
    [InlineData(PropertyConfig.SeedVariable, "12")]
    [InlineData(PropertyConfig.SeedVariable, "a,b")]
    [InlineData(PropertyConfig.RunsVariable, "0")]
    [InlineData(PropertyConfig.RunsVariable, "many")]
    public void A_malformed_variable_is_an_error_that_names_it(string variable, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => With(new() { [variable] = value }));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }
}
