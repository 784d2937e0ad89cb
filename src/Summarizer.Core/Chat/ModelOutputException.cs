namespace Summarizer.Chat;

/// <summary>A model reply could not be used, even after one repair request.</summary>
public sealed class ModelOutputException : ModelCallException
{
    public ModelOutputException()
    {
    }

    public ModelOutputException(string message)
        : base(message)
    {
    }

    public ModelOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="subject">What the step was about: "source 3", "story".</param>
    /// <param name="step">A <see cref="ChatStages"/> value, with the chunk for map steps ("map 2/5").</param>
    /// <param name="problem">Why the last reply was rejected.</param>
    public ModelOutputException(string subject, string step, string problem)
        : base($"The model's reply for {subject} at step '{step}' was unusable after one repair request: {problem}")
    {
        Subject = subject;
        Step = step;
        Problem = problem;
    }

    public string? Subject { get; }

    public string? Step { get; }

    public string? Problem { get; }
}
