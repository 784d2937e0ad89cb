using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Summarizer.Cli.Telemetry;
using Summarizer.Cli.Tests.Support;
using Summarizer.Telemetry;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Telemetry;

/// <summary>
/// OTLP export is switched on by <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> alone: the batch commands and the daily job send their
/// spans and metrics to the collector it names (here one on loopback, over http/protobuf) and flush them on exit;
/// without it nothing is built and nothing is sent.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime, IDisposable
{
    private readonly CliRun _cli = new();
    private FakeOtlpCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await FakeOtlpCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    private Dictionary<string, string> ExportSettings() => new(StringComparer.Ordinal)
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.BaseUrl.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_SERVICE_NAME"] = "summarizer-under-test",
    };

    // Spans of tests running beside this one may reach the collector too (the provider listens by source name): this
    // run's own spans are told by an outlet name no other test uses.
    private readonly string _outlet = "Outlet " + Guid.NewGuid().ToString("N");

    private async Task<string> ArticleFolderAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox")).FullName;
        var text = File.ReadAllText(RepoPaths.Fixture("story-river-bridge/01-castellan-courier.txt"));
        var json = System.Text.Json.JsonSerializer.Serialize(new { title = "Bridge reopens", outlet = _outlet, publishedAt = "2026-01-06T05:00:00Z", text });
        await File.WriteAllTextAsync(Path.Combine(folder, "article.json"), json);
        return folder;
    }

    private void UseEnvironment(Dictionary<string, string> settings)
    {
        foreach (var (name, value) in settings)
        {
            _cli.Environment[name] = value;
        }
    }

    [Fact]
    public async Task Brief_exports_its_spans_and_metrics_and_flushes_them_before_it_exits()
    {
        UseEnvironment(ExportSettings());

        var result = await _cli.RunAsync("brief", await ArticleFolderAsync(), RepoPaths.Fixture("story-river-bridge"), "--provider", "stub", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(_collector.Received("/v1/traces", _outlet), "this run's source span did not reach the collector");
        Assert.True(_collector.Received("/v1/traces", TelemetryNames.RunSpan), "no run span reached the collector");
        Assert.True(_collector.Received("/v1/traces", SummarizerTelemetry.ModelCallsSourceName), "no GenAI span reached the collector");
        Assert.True(_collector.Received("/v1/traces", "summarizer-under-test"), "OTEL_SERVICE_NAME was not honoured");
        Assert.True(_collector.Received("/v1/metrics", "summarizer.run.duration"));
        Assert.True(_collector.Received("/v1/metrics", "summarizer.model.calls"));
    }

    [Fact]
    public async Task Without_the_endpoint_nothing_is_built_and_nothing_is_sent()
    {
        var settings = ExportSettings();
        settings.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        UseEnvironment(settings);

        var result = await _cli.RunAsync("brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "stub", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(_collector.Exports);
        Assert.Null(OtlpExport.Settings(name => settings.GetValueOrDefault(name)));
        Assert.Null(OtlpExport.Start(name => settings.GetValueOrDefault(name)));
    }

    [Fact]
    public void Otel_sdk_disabled_turns_export_off_even_with_an_endpoint()
    {
        var settings = ExportSettings();
        settings["OTEL_SDK_DISABLED"] = "true";

        Assert.Null(OtlpExport.Settings(name => settings.GetValueOrDefault(name)));
        Assert.NotNull(OtlpExport.Settings(name => ExportSettings().GetValueOrDefault(name)));
    }

    [Fact]
    public async Task Schedule_once_exports_the_days_run_with_its_stories()
    {
        UseEnvironment(ExportSettings());
        var config = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            window: 24h
            schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
            provider: {"{"} name: local {"}"}
            sources:
              - folder: {await ArticleFolderAsync()}
            """);

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(_collector.Received("/v1/traces", _outlet), "this run's source span did not reach the collector");
        Assert.True(_collector.Received("/v1/traces", TelemetryNames.RunSpan));
        Assert.True(_collector.Received("/v1/traces", TelemetryNames.StorySpan));
        Assert.True(_collector.Received("/v1/metrics", "summarizer.run.duration"));
    }

    [Fact]
    public async Task The_daily_hosts_export_comes_from_OpenTelemetry_hosting_and_is_flushed_when_the_host_stops()
    {
        var settings = ExportSettings();
        using var telemetry = new SummarizerTelemetry();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        OtlpExport.AddTo(builder, name => settings.GetValueOrDefault(name));
        using (var host = builder.Build())
        {
            await host.StartAsync();
            Assert.NotNull(host.Services.GetService<TracerProvider>());
            using (var run = telemetry.StartRun("daily", _outlet, TimeProvider.System))
            {
                run.Complete(failures: 0);
            }

            await host.StopAsync();
        }

        Assert.True(_collector.Received("/v1/traces", _outlet), "the host did not flush the run span");
        Assert.True(_collector.Received("/v1/metrics", _outlet), "the host did not flush the run duration");

        var off = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        OtlpExport.AddTo(off, _ => null);
        using var quiet = off.Build();
        Assert.Null(quiet.Services.GetService<TracerProvider>());
    }
}
