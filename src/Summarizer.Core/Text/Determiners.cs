using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// English's closed classes of determiners, named once, as <see cref="AuxiliaryVerbs"/> names the auxiliaries: a reader
/// that looks for the start of a noun phrase builds the set it needs from these classes.
/// </summary>
internal static class Determiners
{
    /// <summary>The articles: "the", "a", "an".</summary>
    public static readonly IReadOnlyList<string> Articles = ["the", "a", "an"];

    /// <summary>Possessive determiners of the third person: "its", "their", "his", "her".</summary>
    public static readonly IReadOnlyList<string> Possessives = ["its", "their", "his", "her"];

    /// <summary>Demonstratives: "this", "that".</summary>
    public static readonly IReadOnlyList<string> Demonstratives = ["this", "that"];

    /// <summary>Articles and third-person possessives: what opens the noun phrase of a thing someone acts on.</summary>
    public static readonly FrozenSet<string> ArticlesAndPossessives = Set(Articles, Possessives);

    /// <summary>The words of <paramref name="classes"/> as one set.</summary>
    public static FrozenSet<string> Set(params IEnumerable<string>[] classes) =>
        classes.SelectMany(c => c).ToFrozenSet(StringComparer.Ordinal);
}
