using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Summarizer.Rendering;

/// <summary>
/// The document shell and text helpers shared by the HTML renderers: one self-contained file with inline
/// CSS, no scripts, fonts or images, so a brief opens offline and can be mailed as is.
/// </summary>
internal static class HtmlPage
{
    // All ranges allowed so accented and non-Latin text stays readable in the file; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The policy also blocks anything injected despite encoding: no script runs and nothing is fetched.
    private const string Head = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="referrer" content="no-referrer">
        <meta name="color-scheme" content="light dark">
        """;

    // 18px body text and a ~70-character measure; overflow-wrap keeps long URLs from widening the page on a phone.
    private const string Style = """
        <style>
        :root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1c1c1c;--muted:#575757;--link:#0b57d0;--rule:#d6d6d6;--target:#fff1b8;--code:#efefef;--differ:#9a3412}
        @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#e8e8e8;--muted:#ababab;--link:#8ab4f8;--rule:#3a3a3a;--target:#3a3312;--code:#2a2a2a;--differ:#fdba74}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:1.125rem;line-height:1.6;overflow-wrap:anywhere}
        main{max-width:40rem;margin:0 auto;padding:1rem 1.125rem 3rem}
        h1{font-size:1.75rem;line-height:1.25;margin:.75rem 0 .5rem}
        h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .5rem}
        h3{font-size:1.2rem;line-height:1.3;margin:1.75rem 0 .5rem}
        article~article{border-top:1px solid var(--rule);margin-top:2.5rem}
        a{color:var(--link)}
        a.cite{text-decoration:none;white-space:nowrap}
        a.cite:hover,a.cite:focus{text-decoration:underline}
        .meta,.origin,.agree,.copy{color:var(--muted);font-size:1rem}
        ul,ol{padding-left:1.25rem}
        li{margin:.35rem 0}
        ol.sources{list-style:none;padding:0}
        ol.sources>li{padding:.25rem .75rem;border-left:3px solid transparent;scroll-margin-top:1rem}
        ol.sources p{margin:.25rem 0}
        :target{background:var(--target);border-left-color:var(--link)}
        article:target{background:none}
        code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem;background:var(--code);padding:0 .2em;border-radius:3px}
        .top{font-size:1rem}
        .nowrap,nav .meta{white-space:nowrap}
        .grid{position:relative;overflow-x:auto;max-width:100%;margin:.5rem 0 1rem;border:1px solid var(--rule)}
        .grid:focus-visible{outline:2px solid var(--link);outline-offset:2px}
        .grid table{border-collapse:collapse;overflow-wrap:normal;line-height:1.35;font-size:1rem}
        .grid th,.grid td{border:1px solid var(--rule);padding:.3rem .45rem;vertical-align:top}
        .grid thead th{min-width:4.5rem;text-align:center;font-weight:600}
        .grid thead th:first-child{text-align:left;min-width:0;position:sticky;left:0;z-index:2;background:var(--bg)}
        .grid .outlet,.grid .copy{display:block;font-weight:normal}
        .grid th[scope=rowgroup]{text-align:left;background:var(--code)}
        .grid th[scope=rowgroup] span{position:sticky;left:.45rem}
        .grid th[scope=row]{position:sticky;left:0;z-index:1;background:var(--bg);min-width:8.5rem;max-width:12rem;text-align:left;font-weight:normal}
        @media (min-width:40rem){.grid th[scope=row]{min-width:14rem;max-width:18rem}}
        .grid td{text-align:center;min-width:3rem}
        .mk{font-size:1.25rem;line-height:1}
        .m-o{color:var(--differ);font-weight:700}
        .m-c{color:var(--muted)}
        .vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .cover{display:block;white-space:nowrap;color:var(--muted);font-size:1rem}
        .bar{display:inline-block;vertical-align:middle;margin-right:.4rem}
        .bar i{display:inline-block;vertical-align:middle;margin-right:2px;width:0;height:0}
        .bar .o{border:.4rem solid var(--fg)}
        .bar .c{width:.8rem;height:.8rem;border:2px solid var(--differ);background:repeating-linear-gradient(45deg,transparent 0 2px,var(--differ) 2px 4px)}
        .bar .gap{width:.4rem}
        @media (forced-colors:active){.grid th[scope=row],.grid thead th:first-child{background:Canvas}.bar .o{border-color:CanvasText}.bar .c{border-color:CanvasText;border-style:double;border-width:.25rem}.m-o,.m-c{color:CanvasText}}
        @media print{:root{--bg:#fff;--fg:#000;--link:#000}main{max-width:none}.top{display:none}a{text-decoration:none}}
        </style>
        """;

    public static void Open(StringBuilder html, string title)
    {
        html.AppendLine("<!doctype html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine(Head);
        html.Append("<title>").Append(Encode(title)).AppendLine("</title>");
        html.AppendLine(Style);
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine("<main>");
    }

    public static string Close(StringBuilder html)
    {
        html.AppendLine("</main>");
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    public static string Encode(string text) => Encoder.Encode(WithoutControls(text.ReplaceLineEndings(" ")));

    // A reference to a control character (&#x0;, &#x1B;) is an HTML5 parse error; such characters carry no meaning in a brief.
    private static string WithoutControls(string text)
    {
        if (!text.Any(IsDroppedControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(IsDroppedControl(c) ? ' ' : c);
        }

        return sb.ToString();
    }

    private static bool IsDroppedControl(char c) => char.IsControl(c) && c != '\t';

    /// <summary>The URL to link to, or null when it is not an absolute http(s) URL (javascript:, file:, relative paths).</summary>
    public static Uri? Linkable(string? url) =>
        url is not null
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    public static string Time(DateTimeOffset at) =>
        $"<time datetime=\"{at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{MarkdownStory.Generated(at)}</time>";
}
