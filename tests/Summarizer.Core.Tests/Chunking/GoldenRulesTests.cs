using System.Text.Json;
using Summarizer.Chunking;
using Summarizer.TestSupport;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Chunking;

/// <summary>
/// The 48 English "Golden Rules" of sentence segmentation (pragmatic_segmenter / pySBD), read from
/// <c>../shared/eval/sentences/golden_en.json</c>. A rule passes when the sentences equal the expected ones
/// after trimming whitespace (the data's README).
/// </summary>
public class GoldenRulesTests(ITestOutputHelper output)
{
    private const int Required = 45;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void Passes_at_least_45_of_the_48_english_golden_rules()
    {
        var rules = Load();
        var failures = rules
            .Select((rule, i) => (Number: i + 1, rule.Text, rule.Expected, Actual: Split(rule.Text)))
            .Where(r => !r.Actual.SequenceEqual(r.Expected.Select(e => e.Trim()), StringComparer.Ordinal))
            .Select(r => $"#{r.Number} {r.Text}\n    expected: {string.Join(" | ", r.Expected)}\n    actual:   {string.Join(" | ", r.Actual)}")
            .ToList();

        var passed = rules.Count - failures.Count;
        output.WriteLine($"golden rules: {passed} of {rules.Count} pass");
        output.WriteLine(string.Join('\n', failures));
        Assert.Equal(48, rules.Count);
        Assert.True(passed >= Required, $"{passed} of {rules.Count} golden rules pass (need {Required}); failing:\n{string.Join('\n', failures)}");
    }

    private static string[] Split(string text) => [.. SentenceSplitter.Instance.Split(text).Select(s => s.Text.Trim())];

    private static List<Rule> Load()
    {
        var path = Path.Combine(RepoPaths.Eval, "sentences", "golden_en.json");
        return JsonSerializer.Deserialize<List<Rule>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no rules.");
    }

    private sealed record Rule(string Text, IReadOnlyList<string> Expected);
}
