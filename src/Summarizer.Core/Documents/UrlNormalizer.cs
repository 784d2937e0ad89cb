namespace Summarizer.Documents;

/// <summary>
/// One spelling per article address, so the same story reached through different tracking links is
/// read once: no fragment, no default port, no tracking parameters, query parameters sorted,
/// scheme and host in lower case.
/// </summary>
public static class UrlNormalizer
{
    private static readonly string[] TrackingNames = ["fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ref_src"];

    /// <summary>True when <paramref name="text"/> is an absolute http(s) address (an article page or feed, not a file).</summary>
    public static bool IsWebAddress(string? text) => TryWebAddress(text, out _);

    /// <summary>Parses <paramref name="text"/> when it is an absolute http(s) address.</summary>
    public static bool TryWebAddress(string? text, out Uri url)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }

    /// <summary>The canonical form of an absolute URL, as a string usable as a dedupe key and an origin.</summary>
    public static string Canonical(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"not an absolute URL: {url}", nameof(url));
        }

        var scheme = url.Scheme.ToLowerInvariant();
        var host = url.Host.ToLowerInvariant();
        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = url.AbsolutePath.Length == 0 ? "/" : url.AbsolutePath;
        var parameters = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))

            // Ordinal by the whole "name=value" keeps repeated names in a stable order too.
            .Order(StringComparer.Ordinal)
            .ToList();
        var query = parameters.Count == 0 ? string.Empty : "?" + string.Join('&', parameters);
        return $"{scheme}://{host}{port}{path}{query}";
    }

    private static bool IsTracking(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
            || TrackingNames.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
