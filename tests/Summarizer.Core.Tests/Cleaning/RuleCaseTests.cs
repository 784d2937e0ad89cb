using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Runs every case of <c>RuleCases.txt</c>: the rules are specified as data, not code.</summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string> CaseNames => new(RuleCase.Load().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_case_produces_expected_text(string name)
    {
        var ruleCase = RuleCase.Load().Single(c => c.Name == name);

        var cleaned = CleaningTestData.CleanText(ruleCase.Input);

        Assert.Equal(ruleCase.Expected, cleaned.Text);
        if (ruleCase.Title is not null)
        {
            Assert.Equal(ruleCase.Title, cleaned.Title);
        }

        var reported = cleaned.Report.Removals.Select(r => r.Rule).Where(r => r != "title" || ruleCase.Title is not null).ToHashSet(StringComparer.Ordinal);
        if (ruleCase.Rules.Count == 0)
        {
            Assert.DoesNotContain(reported, r => r != "title");
        }

        foreach (var rule in ruleCase.Rules)
        {
            Assert.Contains(rule, reported);
        }
    }

    [Fact]
    public void Case_file_holds_cases()
    {
        Assert.True(RuleCase.Load().Count >= 15);
    }

    private sealed record RuleCase(string Name, string Input, string Expected, string? Title, IReadOnlyList<string> Rules)
    {
        public static List<RuleCase> Load()
        {
            var path = Path.Combine(RepoPaths.Root, "tests", "Summarizer.Core.Tests", "Cleaning", "RuleCases.txt");
            var cases = new List<RuleCase>();
            string? name = null, title = null;
            List<string> input = [], expected = [];
            IReadOnlyList<string> rules = [];
            var section = 0;
            foreach (var line in File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.StartsWith("=== ", StringComparison.Ordinal))
                {
                    Add();
                    (name, title, input, expected, rules, section) = (line[4..].Trim(), null, [], [], [], 1);
                }
                else if (line.StartsWith("--- title:", StringComparison.Ordinal))
                {
                    title = line["--- title:".Length..].Trim();
                }
                else if (line == "--- expected")
                {
                    section = 2;
                }
                else if (line.StartsWith("--- rules:", StringComparison.Ordinal))
                {
                    rules = line["--- rules:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    section = 3;
                }
                else if (section == 1)
                {
                    input.Add(line);
                }
                else if (section == 2)
                {
                    expected.Add(line);
                }
            }

            Add();
            return cases;

            void Add()
            {
                if (name is not null)
                {
                    cases.Add(new RuleCase(name, string.Join('\n', input), string.Join('\n', expected).Trim('\n'), title, rules));
                }
            }
        }
    }
}
