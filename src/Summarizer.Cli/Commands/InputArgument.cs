using System.CommandLine;
using Microsoft.Extensions.Logging;
using Summarizer.Cli.Configuration;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;

namespace Summarizer.Cli.Commands;

/// <summary>
/// Reads the INPUT arguments of a command through the ingestion stage: files, folders, "-" for stdin, and
/// http(s) addresses of article pages, fetched with the daily job's fetcher (timeouts, retries, size cap).
/// </summary>
internal static class InputArgument
{
    // A page has no publication window: pages are read whatever their date.
    private static readonly TimeSpan AnyTime = TimeSpan.FromDays(365 * 100);

    /// <summary>The flag that lets the fetcher reach loopback, private and link-local addresses (an intranet).</summary>
    public static Option<bool> AllowPrivateNetworks() => new("--allow-private-networks")
    {
        Description = "Fetch from loopback, private and link-local addresses too (an intranet); refused by default. Also allowPrivateNetworks in summarizer.json.",
    };

    /// <summary>
    /// For commands that do not load the settings otherwise: the flag, else <c>allowPrivateNetworks</c> in
    /// summarizer.json. Null, after an error line, when summarizer.json is unusable.
    /// </summary>
    public static async Task<bool?> AllowsPrivateNetworksAsync(ParseResult parse, Option<bool> flag, CliContext context)
    {
        if (parse.GetValue(flag))
        {
            return true;
        }

        try
        {
            return SettingsLoader.Load(context).AllowPrivateNetworks == true;
        }
        catch (SettingsException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return null;
        }
    }

    /// <param name="options">Limits on what is read (e.g. the article size cap); null for the defaults.</param>
    public static async Task<IngestionResult> ReadAsync(
        IReadOnlyList<string> inputs, CliContext context, ILoggerFactory loggers, bool allowPrivateNetworks, InputReaderOptions? options, CancellationToken cancellationToken)
    {
        var files = new InputReader((options ?? new InputReaderOptions()) with { BaseDirectory = context.WorkingDirectory }, () => context.Input, loggers.CreateLogger<InputReader>());

        // Each input classified once (a feed file is recognised by reading its start), in argument order, so
        // source ids follow the command line whether an input is a file, a page or a feed.
        var specs = inputs.Select(i => UrlNormalizer.IsWebAddress(i) ? new SourceSpec(Url: i)
            : IsFeedFile(context.ResolvePath(i)) ? new SourceSpec(Feed: i)
            : new SourceSpec(Folder: i)).ToList();
        if (specs.All(s => s.Folder is not null))
        {
            return await files.ReadAsync(inputs, cancellationToken);
        }

        using var fetcher = WebFetchers.Create(new FetchOptions { AllowPrivateNetworks = allowPrivateNetworks }, context.TimeProvider, loggerFactory: loggers);
        var reader = new DailySourceReader(new DailySourceOptions { BaseDirectory = context.WorkingDirectory }, fetcher, files, context.TimeProvider, loggers.CreateLogger<DailySourceReader>());
        return await reader.ReadAsync(specs, AnyTime, cancellationToken);
    }

    /// <summary>The single INPUT argument of <c>clean</c> and <c>chunks</c>.</summary>
    public static Argument<string> Single() => new("INPUT") { Description = "A file, a folder, - for stdin, or an article page URL." };

    /// <summary>
    /// Reads the <see cref="Single"/> INPUT of <c>clean</c> and <c>chunks</c> and prints one line per unusable input
    /// (an error when nothing is usable, else a warning). Null, with the exit code, when the settings or the input
    /// leave nothing to do.
    /// </summary>
    public static async Task<(IngestionResult? Input, int ExitCode)> ReadSingleAsync(
        ParseResult parse, Argument<string> argument, Option<bool> allowPrivateNetworksFlag, CommonOptions common, CliContext context, CancellationToken cancellationToken)
    {
        if (await AllowsPrivateNetworksAsync(parse, allowPrivateNetworksFlag, context) is not { } allowPrivateNetworks)
        {
            return (null, ExitCodes.UsageError);
        }

        using var loggers = common.CreateLoggerFactory(parse, context);
        var input = await ReadAsync([parse.GetValue(argument)!], context, loggers, allowPrivateNetworks, options: null, cancellationToken);
        await ReportSkippedAsync(input, input.Articles.Count == 0 ? "error" : "warning", context);
        return input.Articles.Count == 0 ? (null, ExitCodes.NoUsableInput) : (input, ExitCodes.Success);
    }

    /// <summary>One line per input that could not be used: "warning: PATH: reason" (or "error:").</summary>
    public static async Task ReportSkippedAsync(IngestionResult input, string severity, CliContext context)
    {
        foreach (var failure in input.Failures)
        {
            await context.Error.WriteLineAsync($"{severity}: {failure.Source}: {failure.Error}");
        }
    }

    // A saved RSS/Atom file: its items are articles (their pages fetched when linked), not one XML "article".
    private static bool IsFeedFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var head = new char[1024];
        using var reader = new StreamReader(path);
        var text = new string(head, 0, reader.ReadBlock(head, 0, head.Length));
        return text.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(text, "<feed[\\s>][^>]*xmlns=\"http://www.w3.org/2005/Atom\"");
    }

}
