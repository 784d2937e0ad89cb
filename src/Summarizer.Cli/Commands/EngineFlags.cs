using System.CommandLine;
using Summarizer.Cli.Configuration;

namespace Summarizer.Cli.Commands;

/// <summary>
/// The flags that choose and tune the summarizing engine, shared by every command that runs the brief
/// (<c>brief</c>, <c>eval trust</c>) so they read and validate them the same way.
/// </summary>
internal sealed class EngineFlags
{
    private static readonly string[] Providers = ["local", "stub", "openai"];

    public EngineFlags() => Provider.OneOf(Providers);

    public Option<string?> Provider { get; } = new("--provider") { Description = "local (offline, default), stub (deterministic test model) or openai (any OpenAI-compatible endpoint)." };
    public Option<string?> Model { get; } = new("--model") { Description = "Model name for --provider openai." };
    public Option<string?> Endpoint { get; } = new("--endpoint") { Description = "OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1.", HelpName = "URL" };
    public Option<int?> MaxWords { get; } = new Option<int?>("--max-words") { Description = "Words in the merged summary (default 120).", HelpName = "N" }.InRange(10, 2000);
    public Option<string?> Cache { get; } = new("--cache") { Description = "Model reply cache folder (default: the user's cache folder).", HelpName = "DIR" };
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Neither read nor write the model reply cache." };
    public Option<string?> Prompts { get; } = new("--prompts") { Description = "Folder of prompt YAML files overriding the built-in ones.", HelpName = "DIR" };

    /// <summary>The options, in the order help lists them.</summary>
    public IEnumerable<Option> All => [Provider, Model, Endpoint, MaxWords, Cache, NoCache, Prompts];

    /// <summary>The settings these flags set (null where a flag is absent, so lower layers keep theirs).</summary>
    public SummarizerSettings ToSettings(ParseResult parse) => new()
    {
        Provider = parse.GetValue(Provider),
        Model = parse.GetValue(Model),
        Endpoint = parse.GetValue(Endpoint),
        MaxWords = parse.GetValue(MaxWords),
        Cache = parse.GetValue(Cache),
        NoCache = parse.GetValue(NoCache) ? true : null,
        Prompts = parse.GetValue(Prompts),
    };
}
