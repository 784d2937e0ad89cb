using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using Summarizer.Text;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>Where one move ends, told by two outlets with one moving verb and different goals (invented sentences).</summary>
public sealed class MoveGoalsTests
{
    [Theory]
    [InlineData("The bakery will move production into the old mill at Dunsby.", "Dunsby", "move")]
    [InlineData("The bakery is moving production to a larger unit at Corvel Trading Estate.", "Corvel", "move")]
    [InlineData("The lorry crashed into a wall at Dunsby.", "Dunsby", null)]
    public void The_goal_of_a_moving_verb_names_its_verb(string sentence, string place, string? verb)
    {
        var words = new Words(sentence);
        var first = Enumerable.Range(0, words.Count).First(k => words.Tokens[k].Text == place) - 1; // the "at" before it

        Assert.Equal(verb is not null, PlaceKinds.Goal(words, first));
        Assert.Equal(verb is null ? null : Stemmer.Porter.Stem(verb), PlaceKinds.MoveOf(words, first));
    }

    [Fact]
    public void Two_goals_of_one_move_disagree()
    {
        var conflicts = PlaceConflicts(
            "To cope with demand the bakery is moving production to a larger unit at Corvel Trading Estate.",
            "The bakery will move production into the old mill at Dunsby, which has stood empty for years.",
            "The bakery said the new ovens would arrive in spring.");

        Assert.Single(conflicts);
    }
}
