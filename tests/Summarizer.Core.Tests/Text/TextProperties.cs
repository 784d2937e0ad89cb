using FsCheck;
using Microsoft.FSharp.Core;

namespace Summarizer.Core.Tests.Text;

/// <summary>FsCheck settings for the text properties: a fixed seed, so a run that passes passes every time.</summary>
internal static class TextProperties
{
    public static Config Config { get; } = Config.QuickThrowOnFailure
        .WithMaxTest(500)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261129UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
}
