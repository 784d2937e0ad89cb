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

    /// <summary>Reads the inputs and prints one line per unusable one: an error when nothing is usable, else a warning.</summary>
    public static async Task<IngestionResult> ReadAndReportAsync(IReadOnlyList<string> inputs, CliContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var input = await ReadAsync(inputs, context, loggers, cancellationToken);
        await ReportSkippedAsync(input, input.Articles.Count == 0 ? "error" : "warning", context);
        return input;
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
