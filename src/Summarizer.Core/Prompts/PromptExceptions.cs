namespace Summarizer.Prompts;

/// <summary>A prompt file could not be loaded or rendered.</summary>
public class PromptException : Exception
{
    public PromptException()
    {
    }

    public PromptException(string message)
        : base(message)
    {
    }

    public PromptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>No prompt of that name exists in the library.</summary>
public sealed class PromptNotFoundException : PromptException
{
    public PromptNotFoundException()
    {
    }

    public PromptNotFoundException(string message)
        : base(message)
    {
    }

    public PromptNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PromptNotFoundException(string name, IEnumerable<string> known)
        : base($"Unknown prompt '{name}'. Known prompts: {string.Join(", ", known)}.") => PromptName = name;

    public string? PromptName { get; }
}

/// <summary>A required template variable was not given a value.</summary>
public sealed class PromptVariableMissingException : PromptException
{
    public PromptVariableMissingException()
    {
    }

    public PromptVariableMissingException(string message)
        : base(message)
    {
    }

    public PromptVariableMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PromptVariableMissingException(string promptName, string variable)
        : base($"Prompt '{promptName}' requires variable '{variable}', which was not given.")
    {
        PromptName = promptName;
        Variable = variable;
    }

    public string? PromptName { get; }

    public string? Variable { get; }
}

/// <summary>A prompt file is not valid YAML or not in the expected shape.</summary>
public sealed class PromptFormatException : PromptException
{
    public PromptFormatException()
    {
    }

    public PromptFormatException(string message)
        : base(message)
    {
    }

    public PromptFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
