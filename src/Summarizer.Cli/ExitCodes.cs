namespace Summarizer.Cli;

/// <summary>The exit codes documented in the README (a contract).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeSourcesFailed = 1;
    public const int UsageError = 2;
    public const int NoUsableInput = 3;
    public const int ProviderUnusable = 4;
    public const int Cancelled = 130;
}
