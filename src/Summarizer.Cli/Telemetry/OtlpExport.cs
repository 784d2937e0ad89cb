using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Telemetry;

/// <summary>
/// Sends our spans and metrics to an OpenTelemetry collector over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set,
/// and builds nothing otherwise (no provider, no listener: the instruments stay unobserved). The standard <c>OTEL_*</c>
/// variables below are handed to the SDK, which reads them as it documents; they come from the CLI's environment
/// (<see cref="CliContext.Environment"/>), so a test sets them for one run without touching the process.
/// </summary>
internal static class OtlpExport
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string DefaultServiceName = "summarizer";

    // The variables the SDK and its OTLP exporter read (protocol, headers, timeouts, per-signal endpoints, resource,
    // batching, metric interval and temporality, sampling).
    private static readonly string[] Variables =
    [
        EndpointVariable, "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TIMEOUT",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT",
        "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", "OTEL_EXPORTER_OTLP_METRICS_HEADERS", "OTEL_EXPORTER_OTLP_METRICS_TIMEOUT",
        "OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE",
        "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES",
        "OTEL_BSP_SCHEDULE_DELAY", "OTEL_BSP_EXPORT_TIMEOUT", "OTEL_BSP_MAX_QUEUE_SIZE", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE",
        "OTEL_METRIC_EXPORT_INTERVAL", "OTEL_METRIC_EXPORT_TIMEOUT",
        "OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG",
        "OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT", "OTEL_ATTRIBUTE_COUNT_LIMIT", "OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT", "OTEL_SPAN_EVENT_COUNT_LIMIT",
    ];

    /// <summary>The <c>OTEL_*</c> settings to export with, or null when exporting is off (no endpoint, or <c>OTEL_SDK_DISABLED=true</c>).</summary>
    public static IReadOnlyDictionary<string, string?>? Settings(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(environment(EndpointVariable))
            || string.Equals(environment("OTEL_SDK_DISABLED")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Variables
            .Select(name => (name, value: environment(name)))
            .Where(v => !string.IsNullOrWhiteSpace(v.value))
            .ToDictionary(v => v.name, v => v.value, StringComparer.Ordinal);
    }

    /// <summary>
    /// For a batch command: starts exporting when configured and returns what to dispose at exit (disposing flushes
    /// the spans and the last metrics); null when exporting is off.
    /// </summary>
    public static IDisposable? Start(Func<string, string?> environment)
    {
        if (Settings(environment) is not { } settings)
        {
            return null;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureServices(services => services.AddSingleton<IConfiguration>(configuration))
            .ConfigureResource(resource => AddService(resource, settings));
        var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureServices(services => services.AddSingleton<IConfiguration>(configuration))
            .ConfigureResource(resource => AddService(resource, settings));
        return new Providers(Traces(tracing).Build(), Metrics(metrics).Build());
    }

    /// <summary>For the daily job's host: the same export through OpenTelemetry.Extensions.Hosting, flushed when the host stops.</summary>
    public static void AddTo(IHostApplicationBuilder builder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Settings(environment) is not { } settings)
        {
            return;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => AddService(resource, settings))
            .WithTracing(tracing => Traces(tracing))
            .WithMetrics(metrics => Metrics(metrics));
    }

    private static TracerProviderBuilder Traces(TracerProviderBuilder builder) => builder
        .AddSource(SummarizerTelemetry.SourceName, SummarizerTelemetry.ModelCallsSourceName)
        .AddOtlpExporter();

    private static MeterProviderBuilder Metrics(MeterProviderBuilder builder) => builder
        .AddMeter(SummarizerTelemetry.SourceName, SummarizerTelemetry.ModelCallsSourceName)
        .AddOtlpExporter();

    // OTEL_SERVICE_NAME (read by the SDK) wins over our default, which would otherwise replace it.
    private static void AddService(ResourceBuilder resource, IReadOnlyDictionary<string, string?> settings)
    {
        if (!settings.ContainsKey("OTEL_SERVICE_NAME"))
        {
            resource.AddService(DefaultServiceName, serviceVersion: typeof(OtlpExport).Assembly.GetName().Version?.ToString());
        }
    }

    private sealed class Providers(TracerProvider traces, MeterProvider metrics) : IDisposable
    {
        public void Dispose()
        {
            // Disposing shuts each provider down, which exports what is still buffered.
            traces.Dispose();
            metrics.Dispose();
        }
    }
}
