namespace Summarizer.Chat;

/// <summary>The follow-up a model gets when its reply failed the grounding check.</summary>
internal static class RevisionRequest
{
    public static string Text(IReadOnlyList<string> problems) =>
        "The grounding check could not find these in the sources you were given:\n"
        + string.Concat(problems.Select(p => $"- {p}\n"))
        + "Write your JSON reply again. Keep only what the sources state, copy every number, date and name exactly as a source gives it, "
        + "and remove any statement you cannot support. Reply with only the JSON object, in exactly the format asked for.";
}
