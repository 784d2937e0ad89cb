using System.Diagnostics;
using System.Globalization;
using System.Text;
using Summarizer.Cli.Commands;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Support;

/// <summary>
/// The built CLI running as a real child process (<c>dotnet summarizer.dll</c>), for what an in-process run
/// cannot show: how the process behaves when the OS sends it a signal.
/// </summary>
internal sealed class ChildCli : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly StringBuilder _error = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _watches = [];

    private ChildCli(Process process) => _process = process;

    /// <summary>Everything written to stderr so far.</summary>
    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>The child's process id (its worker name is <c>host:pid</c> unless SUMMARIZER_WORKER says otherwise).</summary>
    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>summarizer ARGS</c> in <paramref name="workingDirectory"/>, without the SUMMARIZER_* settings of the test run.</summary>
    public static ChildCli Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>
    /// A worker of the shared store named <paramref name="worker"/>, with a cache folder of its own under
    /// <paramref name="workingDirectory"/> (as on another machine) and an API key for the fake model.
    /// </summary>
    public static ChildCli StartWorker(string workingDirectory, string worker, params string[] args) => Start(workingDirectory, new Dictionary<string, string>
    {
        ["SUMMARIZER_WORKER"] = worker,
        ["XDG_CACHE_HOME"] = Path.Combine(workingDirectory, "cache-" + worker),
        ["OPENAI_API_KEY"] = ApiKeyOf(worker),
    }, args);

    /// <summary>The API key a worker started by <see cref="StartWorker"/> sends: the fake model can tell workers apart by it.</summary>
    public static string ApiKeyOf(string worker) => "sk-test-" + worker;

    /// <summary>As <see cref="Start(string, string[])"/>, with <paramref name="environment"/> set for the child.</summary>
    public static ChildCli Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = CliDll();
        // The SDK tells the processes it starts which muxer it is; "dotnet" on PATH otherwise.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } set && File.Exists(set) ? set : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SUMMARIZER_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ChildCli(process);
        process.ErrorDataReceived += (_, e) => child.OnErrorLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return child;
    }

    // The CLI's own build, as a user runs it. The copy beside the test assembly lacks the Microsoft.Extensions
    // assemblies that the tests take from the ASP.NET Core framework (Quartz's health checks), which the CLI does not
    // run on; it stays the fallback for a layout without the project's bin folder.
    private static string CliDll()
    {
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var own = Path.Combine(RepoPaths.Root, "src", "Summarizer.Cli", "bin", framework.Parent!.Name, framework.Name, "summarizer.dll");
        return File.Exists(own) ? own : typeof(CliApp).Assembly.Location;
    }

    /// <summary>
    /// Waits for a stderr line matching <paramref name="match"/>; fails with the stderr so far if the process
    /// exits first, or hangs past <see cref="HangGuard.Limit"/> (a guard, not a speed check).
    /// </summary>
    public async Task WaitForErrorLineAsync(Func<string, bool> match, string what)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_error.ToString().Split('\n').Any(match))
            {
                return;
            }

            _watches.Add((match, seen));
        }

        var exited = _process.WaitForExitAsync();
        Task done;
        try
        {
            done = await Task.WhenAny(seen.Task, exited).WaitAsync(HangGuard.Limit);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Waiting for {what}: nothing after {HangGuard.Limit.TotalMinutes} minutes (hang guard). stderr:\n{Error}", ex);
        }

        if (done != seen.Task)
        {
            throw new InvalidOperationException($"Waiting for {what}: the process exited with {_process.ExitCode}. stderr:\n{Error}");
        }
    }

    /// <summary>Kills the process at once (SIGKILL, <c>kill -9</c>): no shutdown, no cleanup, as when a machine dies.</summary>
    public void KillNow() => _process.Kill();

    /// <summary>Sends SIGTERM the way a service manager does (<c>kill -TERM</c>); Process.Kill would send SIGKILL.</summary>
    public async Task SendSigtermAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>The exit code; a failure with the stderr if the process hangs past <see cref="HangGuard.Limit"/> (a guard, not a speed check).</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(HangGuard.Limit);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The process did not exit within {HangGuard.Limit.TotalMinutes} minutes (hang guard). stderr:\n{Error}");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000); // clean-up after a failed test only; decides nothing
        }

        _process.Dispose();
    }

    private void OnErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _error.Append(line).Append('\n');
            foreach (var watch in _watches.Where(w => w.Match(line)).ToList())
            {
                watch.Seen.TrySetResult();
                _watches.Remove(watch);
            }
        }
    }
}
