using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>The namespaces a feed reader meets, and which of them count as "plain RSS".</summary>
internal static class FeedNamespaces
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rss20 = "http://backend.userland.com/rss2";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>RSS elements live in no namespace, or in one of the namespaces RSS 0.90, 1.0 and some 2.0 feeds declare.</summary>
    public static bool IsRss(XNamespace ns) =>
        ns == XNamespace.None || ns.NamespaceName is Rss10 or Rss090 or Rss20 or "http://purl.org/net/rss1.1#" or "http://backend.userland.com/rss";

    public static bool IsAtom(XNamespace ns) => ns.NamespaceName is Atom or Atom03;

    /// <summary>iTunes namespace URIs are written with varying case (DTDs/dtds).</summary>
    public static bool IsItunes(XNamespace ns) => string.Equals(ns.NamespaceName, Itunes, StringComparison.OrdinalIgnoreCase);

    /// <summary>dc and dcterms share element names (title, creator, date) and are read alike.</summary>
    public static bool IsDublinCore(XNamespace ns) => ns.NamespaceName is Dc or DcTerms;
}
