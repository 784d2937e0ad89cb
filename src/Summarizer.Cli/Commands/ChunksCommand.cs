using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Summarizer.Chunking;
using Summarizer.Cleaning;
using Summarizer.Cli.Configuration;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer chunks INPUT [--max-tokens N] [--overlap N]</c>: the cleaned text's chunks as JSON lines.</summary>
internal sealed class ChunksCommand(CommonOptions common)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Argument<string> _input = InputArgument.Single();
    private readonly Option<bool> _allowPrivateNetworks = InputArgument.AllowPrivateNetworks();
    private readonly Option<int> _maxTokens = new Option<int>("--max-tokens") { Description = "Largest chunk, in the model's tokens (see --model).", DefaultValueFactory = _ => new ChunkingOptions().MaxTokens, HelpName = "N" }.InRange(16, 1_000_000);
    private readonly Option<string?> _model = new("--model") { Description = "Count tokens as this model does: exactly (o200k_base) for OpenAI-family models, else an estimate. Default: the configured model.", HelpName = "NAME" };
    private readonly Option<int> _overlap = new Option<int>("--overlap") { Description = "Sentences repeated at the start of the next chunk.", DefaultValueFactory = _ => new ChunkingOptions().OverlapSentences, HelpName = "N" }.InRange(0, 20);

    public Command Create(CliContext context)
    {
        var command = new Command("chunks", "Print the chunks the cleaned text is cut into, one JSON object per line.") { _input, _maxTokens, _overlap, _model, _allowPrivateNetworks };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var (input, exitCode) = await InputArgument.ReadSingleAsync(parse, _input, _allowPrivateNetworks, common, context, cancellationToken);
        if (input is null)
        {
            return exitCode;
        }

        var options = new ChunkingOptions { MaxTokens = parse.GetValue(_maxTokens), OverlapSentences = parse.GetValue(_overlap) };
        try
        {
            options.Validate(); // the rule that ties --overlap to --max-tokens: the flags' values, so a usage error
        }
        catch (ArgumentOutOfRangeException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var chunker = Chunkers.Create(options, TokenCounters.ForModel(parse.GetValue(_model) ?? SettingsLoader.Load(context).Model));

        var cleaner = ArticleCleaners.CreateDefault();
        for (var i = 0; i < input.Articles.Count; i++)
        {
            var cleaned = cleaner.Clean(input.Articles[i]);
            foreach (var chunk in chunker.Chunk(i + 1, cleaned.Text))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(chunk, Json));
            }
        }

        return input.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeSourcesFailed;
    }
}
