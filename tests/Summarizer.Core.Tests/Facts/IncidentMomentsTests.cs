using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The moment of an incident is read however an outlet words it (a storm coming ashore or crossing the coast, a coach
/// leaving the road or going over the edge, a rocket blasting off), and the moment the alarm was raised is a moment
/// of its own (invented sentences).
/// </summary>
public sealed class IncidentMomentsTests
{
    [Fact]
    public void A_storm_coming_ashore_and_crossing_the_coast_at_other_times_is_a_disagreement()
    {
        var groups = Align(
            "Cyclone Perrin came ashore at around 8am local time with winds near 200 km/h, forecasters said.",
            "The eye of the storm crossed the coast at 5.10am on Monday in heavy rain.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_coach_leaving_the_road_and_going_over_the_edge_at_other_times_is_a_disagreement()
    {
        var groups = Align(
            "The bus, carrying 31 passengers, left the road shortly before 5pm near the village of Tarsk, police said.",
            "According to the police log, the coach went over the edge at 3.20pm.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_liftoff_at_one_time_agrees_and_a_launch_at_another_disagrees()
    {
        var groups = Align(
            "The rocket blasted off at 07:25 local time under grey skies.",
            "Liftoff was at 7.25am, exactly as planned.",
            "The Merla rocket launched at 6.55am from the northern pad.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }

    [Fact]
    public void The_alarm_is_its_own_moment_apart_from_what_happened_later()
    {
        var groups = Align(
            "The blaze at the Dorsey mill was reported shortly after 2am on Friday, the fire service said. The main roof collapsed at about 6am.",
            "Crews were called at 3.35am.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.DoesNotContain(group.Facts, f => f.Text.Contains("6am", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thing_found_and_a_thing_spotted_at_other_times_is_one_moment_in_disagreement()
    {
        var groups = Align(
            "A cleaner discovered the flooded archive basement at about 7.15am on Tuesday.",
            "The flooded archive basement was spotted at 9.40am on Tuesday, the curator said.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_reported_event_is_dated_by_its_report_not_as_words_said()
    {
        var fact = Value("The leak was reported at 11.40am by a worker on the night shift.");

        Assert.Equal("alarm", fact.Frame);
    }
}
