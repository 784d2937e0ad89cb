namespace Summarizer.Cli;

/// <summary>The exit codes documented in the README (a contract).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeSourcesFailed = 1;
    public const int UsageError = 2;
    public const int NoUsableInput = 3;
    public const int ProviderUnusable = 4;

    /// <summary>A bug (EX_SOFTWARE in sysexits.h): one line names the stage, the stack trace goes to the log file.</summary>
    public const int InternalError = 70;
    public const int Cancelled = 130;
}
