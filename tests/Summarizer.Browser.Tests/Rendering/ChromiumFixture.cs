using Microsoft.Playwright;
using Summarizer.TestSupport;

namespace Summarizer.Browser.Tests.Rendering;

/// <summary>
/// One Chromium for the test class, launched from the system package: Playwright's own browser
/// downloads are not available here, so a missing browser is a set-up error with its fix in the message.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Overrides <c>/usr/bin/chromium</c>, e.g. on a developer machine with Chrome elsewhere.</summary>
    public const string PathVariable = "SUMMARIZER_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not launched.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Install Debian's package with `apt-get install chromium` "
                + $"(or set {PathVariable}); do not run `playwright install`.");
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or IOException)
        {
            throw new InvalidOperationException($"Playwright's driver (bundled node) did not start: {ex.Message}", ex);
        }

        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = executable,
                Timeout = (float)HangGuard.Limit.TotalMilliseconds, // a hang guard, not a speed check
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"Chromium at {executable} did not launch (is `apt-get install chromium` complete?): {ex.Message}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
