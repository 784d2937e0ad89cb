using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Words that carry little of what a sentence says, so a summary may add or drop them while restating it: light verbs
/// whose meaning is in what follows ("made a forced landing" for "landed", "came down" for "fell", "took part" for
/// "joined"), partitive and quantity nouns ("part of", "large numbers of"), and the general word for whoever a report
/// tells of ("people living nearby" for "anyone living close by"). General English, not drawn from any story.
/// </summary>
internal static class LightWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "come", "comes", "came", "coming",
            "get", "gets", "got", "getting", "go", "goes", "went", "gone", "going", "put", "puts", "putting",
            "give", "gives", "gave", "given", "giving",
            "part", "parts", "number", "numbers", "large", "including", "people", "person",
        ],
        StringComparer.Ordinal);

    public static bool Is(Word word) => Words.Contains(word.Folded);
}
