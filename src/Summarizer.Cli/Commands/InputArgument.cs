using Microsoft.Extensions.Logging;
using Summarizer.Ingestion;

namespace Summarizer.Cli.Commands;

/// <summary>Reads the INPUT arguments of a command through the ingestion stage.</summary>
internal static class InputArgument
{
    public static Task<IngestionResult> ReadAsync(IReadOnlyList<string> inputs, CliContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var reader = new InputReader(new InputReaderOptions { BaseDirectory = context.WorkingDirectory }, () => context.Input, loggers.CreateLogger<InputReader>());
        return reader.ReadAsync(inputs, cancellationToken);
    }

    /// <summary>One line per input that could not be used: "warning: PATH: reason" (or "error:").</summary>
    public static async Task ReportSkippedAsync(IngestionResult input, string severity, CliContext context)
    {
        foreach (var failure in input.Failures)
        {
            await context.Error.WriteLineAsync($"{severity}: {failure.Source}: {failure.Error}");
        }
    }
}
