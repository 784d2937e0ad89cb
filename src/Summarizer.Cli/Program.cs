// Composition root: wiring only. The commands live in Commands/.
return await Summarizer.Cli.CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
