namespace Summarizer.Checking.Independent;

/// <summary>How a figure's value is hedged: "about 3,000", "more than 40", "up to 15".</summary>
internal enum FigureBound
{
    /// <summary>The value as written.</summary>
    Exact,

    /// <summary>"about", "around", "roughly", "nearly": near the value, when the value is a round one.</summary>
    About,

    /// <summary>"more than", "over", "at least": the value or above.</summary>
    AtLeast,

    /// <summary>"fewer than", "under", "up to", "at most": the value or below.</summary>
    AtMost,
}

/// <summary>The words before a figure that hedge it. General English forms only.</summary>
internal static partial class FigureReader
{
    private static readonly (string[] Words, FigureBound Bound)[] Qualifiers =
    [
        (["more", "than"], FigureBound.AtLeast), (["at", "least"], FigureBound.AtLeast), (["upwards", "of"], FigureBound.AtLeast),
        (["in", "excess", "of"], FigureBound.AtLeast), (["over"], FigureBound.AtLeast), (["above"], FigureBound.AtLeast),
        (["fewer", "than"], FigureBound.AtMost), (["less", "than"], FigureBound.AtMost), (["up", "to"], FigureBound.AtMost),
        (["at", "most"], FigureBound.AtMost), (["under"], FigureBound.AtMost), (["below"], FigureBound.AtMost),
        (["about"], FigureBound.About), (["around"], FigureBound.About), (["roughly"], FigureBound.About),
        (["approximately"], FigureBound.About), (["nearly"], FigureBound.About), (["almost"], FigureBound.About),
        (["some"], FigureBound.About), (["an", "estimated"], FigureBound.About), (["close", "to"], FigureBound.About),
    ];

    // The hedge written before the figure that starts at word <paramref name="at"/> (or the currency sign before it).
    private static Figure Qualified(Figure figure, IReadOnlyList<Word> words, int at)
    {
        if (figure.Bound != FigureBound.Exact || figure.Kind is not (FigureKind.Count or FigureKind.Money or FigureKind.Percent or FigureKind.Duration))
        {
            return figure;
        }

        var first = at;
        while (first > 0 && words[first].Start > figure.Start)
        {
            first--;
        }

        foreach (var (phrase, bound) in Qualifiers)
        {
            var start = first - phrase.Length;
            if (start >= 0 && phrase.Select((p, k) => words[start + k].Folded == p).All(same => same))
            {
                return figure with { Bound = bound };
            }
        }

        return figure;
    }
}
