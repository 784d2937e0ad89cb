using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.TestSupport;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A value and its reformatting always parse to equal intervals.</summary>
public sealed class ValueFormatPropertyTests
{
    private static readonly string[] Words =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static string Spelled(int n) => n switch
    {
        <= 20 => Words[n - 1],
        < 100 when n % 10 == 0 => Tens[n / 10 - 2],
        < 100 => $"{Tens[n / 10 - 2]}-{Words[n % 10 - 1]}",
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };

    [Fact]
    public void A_number_and_its_words_parse_to_the_same_interval()
    {
        Prop.ForAll(Gen.Choose(2, 99).ToArbitrary(), Gen.Elements("At least", "About", "More than", "Nearly", "").ToArbitrary(), (n, hedge) =>
        {
            var digits = Value($"{hedge} {n.ToString(CultureInfo.InvariantCulture)} people were injured.".Trim());
            var words = Value($"{hedge} {Spelled(n)} people were injured.".Trim());
            Assert.True(digits.Value.SameAs(words.Value), $"{n}: {digits.Value.Range} vs {words.Value.Range}");
        }).Check(PropertyConfig.Default);
    }

    [Fact]
    public void Scaled_money_and_its_spelled_form_parse_to_the_same_amount()
    {
        var currencies = Gen.Elements(("€", "euros"), ("$", "dollars"), ("£", "pounds"));
        var scales = Gen.Elements(("m", "million"), ("bn", "billion"));
        var amounts = Gen.Choose(1, 999).SelectMany(whole => Gen.Choose(0, 9).Select(tenth =>
            tenth == 0 ? whole.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{whole}.{tenth}")));
        Prop.ForAll(amounts.ToArbitrary(), currencies.ToArbitrary(), scales.ToArbitrary(), (amount, currency, scale) =>
        {
            var symbol = Value($"The council set aside {currency.Item1}{amount}{scale.Item1} for repairs.");
            var spelled = Value($"The council set aside {amount} {scale.Item2} {currency.Item2} for repairs.");
            Assert.Equal(symbol.Value.Unit, spelled.Value.Unit);
            Assert.True(symbol.Value.SameAs(spelled.Value), $"{symbol.Text} {symbol.Value.Range} vs {spelled.Text} {spelled.Value.Range}");
        }).Check(PropertyConfig.Default);
    }

    [Fact]
    public void A_day_and_month_in_either_order_is_the_same_date()
    {
        var months = Gen.Elements("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
        Prop.ForAll(Gen.Choose(1, 28).ToArbitrary(), months.ToArbitrary(), (day, month) =>
        {
            var british = Value($"The hearing is set for {day} {month}.");
            var american = Value($"The hearing is set for {month} {day}.");
            Assert.True(british.Value.SameAs(american.Value), $"{british.Text} vs {american.Text}");
        }).Check(PropertyConfig.Default);
    }
}
