using System.CommandLine;
using Summarizer.Cleaning;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer clean INPUT [--explain]</c>: cleaned text on stdout, and what was removed and why.</summary>
internal sealed class CleanCommand(CommonOptions common)
{
    private readonly Argument<string> _input = InputArgument.Single();
    private readonly Option<bool> _allowPrivateNetworks = InputArgument.AllowPrivateNetworks();
    private readonly Option<bool> _explain = new("--explain") { Description = "After the text, list every removal with the rule that made it." };

    public Command Create(CliContext context)
    {
        var command = new Command("clean", "Print the cleaned text of an input (noise, boilerplate and markup removed).") { _input, _explain, _allowPrivateNetworks };
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

        var cleaner = ArticleCleaners.CreateDefault();
        var explain = parse.GetValue(_explain);
        var output = context.Output;
        foreach (var article in input.Articles)
        {
            var cleaned = cleaner.Clean(article);
            if (input.Articles.Count > 1)
            {
                await output.WriteLineAsync($"==> {article.Origin} <==");
            }

            if (cleaned.Title is not null)
            {
                await output.WriteLineAsync(cleaned.Title);
                await output.WriteLineAsync();
            }

            await output.WriteLineAsync(cleaned.Text);
            if (explain)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"--- {cleaned.Report.Removals.Count} removal(s) ---");
                foreach (var removal in cleaned.Report.Removals)
                {
                    await output.WriteLineAsync($"{removal.Rule}: {removal.Text.ReplaceLineEndings("⏎")}");
                }
            }

            if (input.Articles.Count > 1)
            {
                await output.WriteLineAsync();
            }
        }

        return input.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeSourcesFailed;
    }
}
