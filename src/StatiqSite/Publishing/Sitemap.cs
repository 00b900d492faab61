using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Engine;

namespace StatiqSite.Publishing;

/// <summary>sitemap.xml (every page that may be indexed) and robots.txt pointing at it.</summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";

    /// <summary>The tag Head.razor writes for pages that must not be indexed (drafts, redirects, 404).</summary>
    private static readonly byte[] NoIndex = Encoding.UTF8.GetBytes("<meta name=\"robots\" content=\"noindex\">");

    /// <summary>Crawlers read robots.txt only at a domain's root; under a sub-path it is there for whoever serves that root to copy.</summary>
    public static string Robots(Site site) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {new Uri(site.Settings.BaseUrl, site.Urls.BasePath + FileName).AbsoluteUri}\n";

    /// <summary>How PageFacts writes a page's "Last updated" day, in words from the strings; the sitemap reads it back as the page's lastmod.</summary>
    private static readonly byte[] LastUpdated = Encoding.UTF8.GetBytes("<span class=\"last-updated\">");

    private static readonly byte[] Time = Encoding.UTF8.GetBytes("<time datetime=\"");

    public static bool IsIndexable(Output output) =>
        output.IsHtml && output.Bytes.Span.IndexOf(NoIndex) < 0;

    public static string Write(Site site, IEnumerable<Output> outputs)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var output in outputs.Where(IsIndexable).OrderBy(o => o.Path, StringComparer.Ordinal))
        {
            string path = output.Path;
            string url = path == "index.html" ? string.Empty : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
            string absolute = new Uri(site.Settings.BaseUrl, site.Urls.BasePath + EscapePath(url)).AbsoluteUri;
            text.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(absolute)).Append("</loc>");
            if (LastModified(output.Bytes.Span) is { } day)
            {
                text.Append("<lastmod>").Append(day).Append("</lastmod>");
            }

            text.Append("</url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    /// <summary>The page's "Last updated" day (yyyy-MM-dd), or null when the page shows none.</summary>
    private static string? LastModified(ReadOnlySpan<byte> html)
    {
        int at = html.IndexOf(LastUpdated);
        if (at < 0)
        {
            return null;
        }

        var rest = html.Slice(at + LastUpdated.Length);
        int time = rest.IndexOf(Time);
        if (time < 0 || rest[..time].IndexOf((byte)'<') >= 0)
        {
            return null;
        }

        var day = rest.Slice(time + Time.Length);
        int end = day.IndexOf((byte)'"');
        return end == 10 && DateOnly.TryParseExact(Encoding.UTF8.GetString(day[..end]), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
