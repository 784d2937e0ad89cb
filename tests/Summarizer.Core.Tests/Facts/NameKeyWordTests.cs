using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.Facts;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// <see cref="NameKey.Word"/> is built in one buffer for speed; these hold it to the plain definition of the key:
/// lower case, letters transliterated, other marks dropped, then ae/oe/ue merged (each a left-to-right replace), y as
/// i, and doubled letters once.
/// </summary>
public sealed class NameKeyWordTests
{
    [Theory]
    [InlineData("Vestergaard", "vestergard")]
    [InlineData("Strøm", "strom")]
    [InlineData("Stroem", "strom")]
    [InlineData("SÆTHER", "sather")]
    [InlineData("Großmann", "grosman")]
    [InlineData("Zelenskyy", "zelenski")]
    [InlineData("O'Neill", "oneil")]
    [InlineData("Müeller", "muler")]
    [InlineData("aee", "ae")]
    [InlineData("-", "")]
    public void A_word_keys_as_the_definition_says(string word, string key) => Assert.Equal(key, NameKey.Word(word));

    [Fact]
    public void Any_word_keys_as_the_plain_definition()
    {
        var letters = Gen.Elements("aAeEoOuUyYsSnNlLtT1'-.æÆœøöüéßçŁ ".ToCharArray());
        var words = Gen.ArrayOf(letters).Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(words, word => NameKey.Word(word) == Definition(word)).Check(PropertyConfig.Default);
    }

    private static string Definition(string word)
    {
        var table = new Dictionary<char, string> { ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ö'] = "o", ['ü'] = "u", ['é'] = "e", ['ß'] = "ss", ['ç'] = "c", ['ł'] = "l" };
        var latin = new StringBuilder();
        foreach (var c in word.Select(char.ToLowerInvariant))
        {
            if (table.TryGetValue(c, out var plain))
            {
                latin.Append(plain);
            }
            else if (char.IsLetterOrDigit(c))
            {
                latin.Append(c);
            }
        }

        var merged = latin.ToString().Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal).Replace('y', 'i');
        var key = new StringBuilder();
        foreach (var c in merged.Where(c => key.Length == 0 || key[^1] != c))
        {
            key.Append(c);
        }

        return key.ToString();
    }
}
