using Summarizer.Chat;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// Turns the SDK's <see cref="ClientResultException"/> into this project's typed exceptions.
/// The SDK exception is deliberately not kept as the inner exception: its message embeds the
/// response body, and some servers echo (part of) the key in a 401 body.
/// </summary>
internal sealed partial class OpenAIErrorClassifier(ConnectorOptions options, TimeProvider timeProvider)
{
    private const int MaxDetailLength = 200;

    public string EndpointForMessages { get; } = Redact(options.EffectiveEndpoint);

    public Exception Classify(ClientResultException exception)
    {
        var response = exception.GetRawResponse();
        var status = exception.Status;
        if (status == 0 || response is null)
        {
            // No HTTP response: refused, reset, DNS, TLS. The inner exception is a transport error without secrets.
            var cause = exception.InnerException?.Message ?? "no response";
            return new ProviderTransientException(
                $"Could not reach {EndpointForMessages}: {Scrub(cause)}", innerException: null)
            { IsConnectionFailure = true };
        }

        var detail = ErrorDetail(response);
        var suffix = detail is null ? string.Empty : ": " + detail;
        return status switch
        {
            401 => new ProviderUnusableException(ProviderUnusableReason.Unauthorized,
                $"The provider at {EndpointForMessages} rejected the API key (HTTP 401){suffix}") { StatusCode = status },
            403 => new ProviderUnusableException(ProviderUnusableReason.Forbidden,
                $"The API key may not use model '{options.Model}' at {EndpointForMessages} (HTTP 403){suffix}") { StatusCode = status },
            404 => new ProviderUnusableException(ProviderUnusableReason.NotFound,
                $"Model '{options.Model}' or the chat endpoint was not found at {EndpointForMessages} (HTTP 404){suffix}") { StatusCode = status },
            408 or 409 or 425 or 429 or >= 500 => new ProviderTransientException(
                $"The provider at {EndpointForMessages} answered HTTP {status}{suffix}", status, RetryAfter(response)),
            _ => new ModelReplyException(ModelReplyKind.RequestRejected,
                $"The provider at {EndpointForMessages} rejected the request (HTTP {status}){suffix}"),
        };
    }

    public TimeSpan? RetryAfter(PipelineResponse response)
    {
        // OpenAI and Azure send retry-after-ms (more precise); everything else sends the standard header.
        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var delta = at - timeProvider.GetUtcNow();
            return delta > TimeSpan.Zero ? delta : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Removes the key (and anything that looks like one) from text that may be shown or logged.</summary>
    public string Scrub(string text)
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            text = text.Replace(options.ApiKey, "***", StringComparison.Ordinal);
        }

        return KeyLike().Replace(text, "***");
    }

    /// <summary>The endpoint without user info or query, which may carry credentials.</summary>
    public static string Redact(Uri endpoint) =>
        endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private string? ErrorDetail(PipelineResponse response)
    {
        string? text = null;
        try
        {
            var body = response.Content;
            if (body is null || body.ToMemory().Length == 0)
            {
                return null;
            }

            using var doc = JsonDocument.Parse(body.ToMemory());
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error", out var error))
            {
                text = error.ValueKind switch
                {
                    JsonValueKind.String => error.GetString(),
                    JsonValueKind.Object when error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
                    _ => null,
                };
            }
        }
        catch (JsonException)
        {
            // A non-JSON error page (proxy HTML) carries nothing worth a one-line message.
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = Scrub(text.ReplaceLineEndings(" ").Trim());
        return text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;
    }

    // sk-..., sk-proj-..., and bearer-looking tokens; servers sometimes echo them back.
    [GeneratedRegex(@"\b(sk|pk|rk)-[A-Za-z0-9_\-*.]{6,}|(?i:bearer)\s+\S+", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLike();
}
