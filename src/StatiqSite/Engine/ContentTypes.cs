using System.Collections.Frozen;

namespace StatiqSite.Engine;

/// <summary>
/// The media type of every kind of file the build writes and preview serves, in one place: the outputs'
/// types, preview's Content-Type headers by file extension, the site assets the build accepts, the
/// encodings the data page declares and the feed's link types all read them here, so that a file is
/// never labelled one way when written and another when served.
/// </summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Css = "text/css; charset=utf-8";
    public const string JavaScript = "text/javascript; charset=utf-8";
    public const string Xml = "application/xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string JsonLd = "application/ld+json";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Text = "text/plain; charset=utf-8";
    public const string Svg = "image/svg+xml";
    public const string Icon = "image/x-icon";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Webp = "image/webp";
    public const string Woff2 = "font/woff2";

    /// <summary>Preview's live-reload channel (server-sent events); never a file.</summary>
    public const string EventStream = "text/event-stream; charset=utf-8";

    /// <summary>What a file of no known kind is served as: a download, never something a browser runs.</summary>
    public const string Unknown = "application/octet-stream";

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".css"] = Css,
        [".js"] = JavaScript,
        [".json"] = Json,
        [".xml"] = Xml,
        [".txt"] = Text,
        [".csv"] = Csv,
        [".svg"] = Svg,
        [".ico"] = Icon,
        [".png"] = Png,
        [".jpg"] = Jpeg,
        [".webp"] = Webp,
        [".woff2"] = Woff2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The type of a file by its extension (as a static host labels it), or null when the extension is not one of ours.</summary>
    public static string? ForPath(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>The type without its parameters ("application/json" of "application/json; charset=utf-8"), as schema.org and link elements give it.</summary>
    public static string MediaType(string contentType) => contentType.Split(';')[0];
}
