using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Quartz;
using Summarizer.Scheduling.Schedule;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Schedule;

public sealed class StandardCronPropertyTests
{
    private static Gen<string> Field(int min, int max, string[]? names = null, int nameBase = 0)
    {
        var value = names is null
            ? Gen.Choose(min, max).Select(v => v.ToString(CultureInfo.InvariantCulture))
            : Gen.Choose(min, max).SelectMany(v => Gen.Elements(
                v.ToString(CultureInfo.InvariantCulture),
                v - nameBase >= 0 && v - nameBase < names.Length ? names[v - nameBase] : v.ToString(CultureInfo.InvariantCulture)));
        var range = Gen.Choose(min, max).SelectMany(a => Gen.Choose(a, max).Select(b =>
            $"{a.ToString(CultureInfo.InvariantCulture)}-{b.ToString(CultureInfo.InvariantCulture)}"));
        var step = Gen.Choose(1, Math.Max(1, max - min)).Select(k => k.ToString(CultureInfo.InvariantCulture));
        var single = Gen.OneOf(
            value,
            range,
            step.Select(k => $"*/{k}"),
            range.SelectMany(r => step.Select(k => $"{r}/{k}")));
        var list = Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(single, n)).Select(items => string.Join(',', items));
        return Gen.Frequency((3, Gen.Constant("*")), (4, single), (1, list));
    }

    private static readonly Gen<string> Expressions =
        from minute in Field(0, 59)
        from hour in Field(0, 23)
        from dom in Field(1, 28)
        from month in Field(1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)
        from dow in Field(0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"])
        select $"{minute} {hour} {dom} {month} {dow}";

    [Fact]
    public void Converted_expressions_fire_exactly_when_quartz_unix_reading_fires()
    {
        var starts = Gen.Choose(0, 700).Select(d => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(d).AddMinutes(d * 37 % 1440));
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Prop.ForAll(Expressions.ToArbitrary(), starts.ToArbitrary(), (standard, start) =>
        {
            var quartz = StandardCron.ToQuartz(standard);
            if (quartz.EndsWith(" SUN-SAT", StringComparison.Ordinal) && !quartz.Contains(" ? ", StringComparison.Ordinal))
            {
                // Both day fields restricted and the week one covers every day ("0-7"): POSIX and Vixie cron
                // fire every day (either field matches), Quartz's own reader only on the month days.
                // We follow POSIX; Day_of_week_covering_the_week_still_ors_with_day_of_month pins it.
                return;
            }

            var mine = new CronExpression(quartz, paris);
            var theirs = CronExpression.Parse(standard, CronFormat.Unix).WithTimeZone(paris);
            DateTimeOffset? a = start, b = start;
            for (var i = 0; i < 12 && a is not null; i++)
            {
                a = mine.GetNextValidTimeAfter(a.Value);
                b = theirs.GetNextValidTimeAfter(b!.Value);
                if (a != b)
                {
                    throw new InvalidOperationException($"'{standard}' -> '{mine.CronExpressionString}' fires {a:o}, Quartz's own reading {b:o}");
                }
            }
        }).Check(PropertyConfig.Default);
    }
}
