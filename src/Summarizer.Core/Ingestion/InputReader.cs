using Microsoft.Extensions.Logging;
using Summarizer.Documents;

namespace Summarizer.Ingestion;

/// <summary>
/// Reads the inputs named on the command line: files, folders (recursively, sorted by path), and "-"
/// for standard input. An input that cannot be used becomes a <see cref="Failure"/> with the reason;
/// the others are still read. Every article read, here or by <see cref="Feeds.DailySourceReader"/>, passes
/// through <see cref="Cap"/>.
/// </summary>
public sealed class InputReader(InputReaderOptions options, Func<TextReader> standardInput, ILogger<InputReader> logger)
{
    public const string StandardInputName = "-";

    public async Task<IngestionResult> ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var articles = new List<RawArticle>();
        var failures = new List<Failure>();
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == StandardInputName)
            {
                var text = await standardInput().ReadToEndAsync(cancellationToken);
                AddText(input, ContentKindGuess.FromContent(text), text, articles, failures);
            }
            else if (Directory.Exists(Resolve(input)))
            {
                var files = ListFolder(input);
                if (files.Count == 0)
                {
                    failures.Add(new Failure(input, "ingest", $"folder has no {string.Join(' ', options.FolderExtensions)} files"));
                }

                foreach (var file in files)
                {
                    await ReadFileAsync(file, articles, failures, cancellationToken);
                }
            }
            else if (File.Exists(Resolve(input)))
            {
                await ReadFileAsync(input, articles, failures, cancellationToken);
            }
            else
            {
                failures.Add(new Failure(input, "ingest", "no such file or folder"));
            }
        }

        foreach (var failure in failures)
        {
            // The caller decides how to present skipped inputs (the CLI prints one line each).
            logger.LogDebug("Skipped {Source}: {Error}", failure.Source, failure.Error);
        }

        logger.LogInformation("Read {Articles} article(s) from {Inputs} input(s)", articles.Count, inputs.Count);
        return new IngestionResult(articles, failures);
    }

    private string Resolve(string input) =>
        options.BaseDirectory is null ? Path.GetFullPath(input) : Path.GetFullPath(input, options.BaseDirectory);

    // Origins keep the folder as the user typed it, so briefs name files the way the user knows them.
    private List<string> ListFolder(string folder)
    {
        var root = Resolve(folder);
        return [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => options.FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(f => folder.TrimEnd('/', '\\') + "/" + f)];
    }

    private async Task ReadFileAsync(string path, List<RawArticle> articles, List<Failure> failures, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(Resolve(path)).Length;
            if (length > options.MaxBytes)
            {
                failures.Add(new Failure(path, "ingest", $"file is {length} bytes, over the {options.MaxBytes}-byte limit"));
                return;
            }

            bytes = await File.ReadAllBytesAsync(Resolve(path), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failures.Add(new Failure(path, "ingest", $"cannot read the file ({ex.Message})"));
            return;
        }

        var (text, problem) = ContentDecoder.Decode(bytes);
        if (text is null)
        {
            failures.Add(new Failure(path, "ingest", problem!));
            return;
        }

        AddText(path, ContentKindGuess.FromExtension(path, text), text, articles, failures);
    }

    /// <summary>
    /// The one place an article longer than <see cref="InputReaderOptions.MaxArticleChars"/> is cut (at a paragraph
    /// break when there is one), with a warning naming it and both sizes; a shorter one is returned as it is.
    /// </summary>
    internal RawArticle Cap(RawArticle article)
    {
        var (text, at) = ArticleSizeCap.Cut(article.Content, options.MaxArticleChars);
        if (at == ArticleSizeCap.Boundary.None)
        {
            return article;
        }

        logger.LogWarning(
            "{Source} is {Length} characters, over the {Max}-character limit (maxArticleChars): cut at {Boundary}, keeping {Kept} characters",
            article.Origin,
            article.Content.Length,
            options.MaxArticleChars,
            ArticleSizeCap.Describe(at),
            text.Length);
        return article with { Content = text };
    }

    private void AddText(string origin, ContentKindGuess.Kind kind, string text, List<RawArticle> articles, List<Failure> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            failures.Add(new Failure(origin, "ingest", "no text (empty or only whitespace)"));
            return;
        }

        if (kind != ContentKindGuess.Kind.Json)
        {
            articles.Add(Cap(new RawArticle(origin, ContentKindGuess.ToContentKind(kind), text, ArticleMetadata.Empty)));
            return;
        }

        foreach (var (article, problem) in JsonArticleParser.Parse(origin, text))
        {
            if (article is null)
            {
                failures.Add(new Failure(origin, "ingest", problem!));
            }
            else
            {
                articles.Add(Cap(article));
            }
        }
    }
}
