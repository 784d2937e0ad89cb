namespace Summarizer.Facts;

/// <summary>How the sources of an aligned group relate.</summary>
internal enum AlignmentLabel
{
    /// <summary>Every source gives the same value (format and spelling variants included).</summary>
    Agree,

    /// <summary>The values are consistent but some are narrower: "more than 30" and "35".</summary>
    MorePrecise,

    /// <summary>Values that cannot both be true: "12" and "14" deaths; two different maxima for one cap.</summary>
    Disagree,

    /// <summary>A later source reports a changed value ("has risen to 14"): the later value supersedes the earlier.</summary>
    Update,
}

/// <summary>One value of an aligned group and the facts (so the sources) that state it.</summary>
/// <param name="Later">In an <see cref="AlignmentLabel.Update"/>, true for the newer value.</param>
internal sealed record FactVersion(IReadOnlyList<Fact> Facts, bool Later = false)
{
    public IReadOnlyList<int> Sources { get; } = Facts.Select(f => f.SourceId).Distinct().Order().ToList();

    /// <summary>The version as its first source words it.</summary>
    public Fact First => Facts.OrderBy(f => f.SourceId).ThenBy(f => f.Start).First();
}

/// <summary>Facts of several sources about the same thing, with how they relate.</summary>
/// <param name="Topic">What the group is about ("deaths: persons", "who led: operation").</param>
/// <param name="Versions">One per distinct value; for an update, earlier versions first.</param>
internal sealed record AlignedGroup(AlignmentLabel Label, string Topic, IReadOnlyList<FactVersion> Versions)
{
    public IEnumerable<Fact> Facts => Versions.SelectMany(v => v.Facts);

    public IReadOnlyList<int> Sources => Facts.Select(f => f.SourceId).Distinct().Order().ToList();
}
