using FsCheck;
using FsCheck.Fluent;
using Summarizer.Merging.Agreement;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class NamesTests
{
    [Theory]
    [InlineData("zelensky", "zelenskyy", true)]
    [InlineData("oleksandr", "olexandr", true)]
    [InlineData("ukrainian", "ukraine", true)]
    [InlineData("kovalenko", "petrenko", false)]
    [InlineData("starmer", "sunak", false)]
    [InlineData("paris", "parish", false)]
    public void Tolerates_spelling_variants_of_long_names_only(string a, string b, bool variant)
    {
        Assert.Equal(variant, Names.IsVariant(a, b, 6));
        Assert.Equal(variant, Names.IsVariant(b, a, 6));
    }

    [Fact]
    public void Finds_alias_forms_as_whole_words_only()
    {
        Assert.Single(Names.Occurrences("the U.S. delegation", "U.S."));
        Assert.Empty(Names.Occurrences("join us later", "US"));
        Assert.Empty(Names.Occurrences("USAID said", "USA"));
    }

    [Fact]
    public void Edit_distance_is_symmetric_and_zero_only_for_equal_words()
    {
        Prop.ForAll<string, string>((a, b) =>
        {
            a ??= "";
            b ??= "";
            var d = Names.EditDistance(a, b);
            return d == Names.EditDistance(b, a) && (d == 0) == (a == b) && d <= Math.Max(a.Length, b.Length);
        }).Check(PropertyConfig.Default);
    }
}
