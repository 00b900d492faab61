using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Engine;

namespace StatiqSite.Publishing;

/// <summary>sitemap.xml (every page that may be indexed) and robots.txt pointing at it.</summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";

    /// <summary>Crawlers read robots.txt only at a domain's root; under a sub-path it is there for whoever serves that root to copy.</summary>
    public static string Robots(Site site) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {new Uri(site.Settings.BaseUrl, site.Urls.BasePath + FileName).AbsoluteUri}\n";

    /// <summary>The pages that may be indexed: not drafts, redirects or the 404 page, as their metadata says.</summary>
    public static bool IsIndexable(Output output) => output.Page is { Indexable: true };

    public static string Write(Site site, IEnumerable<Output> outputs)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var output in outputs.Where(IsIndexable).OrderBy(o => o.Path, StringComparer.Ordinal))
        {
            string path = output.Path;
            string url = path == "index.html" ? string.Empty : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
            string absolute = AbsoluteUrls.Join(site.Settings.BaseUrl, site.Urls.BasePath + EscapePath(url));
            text.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(absolute)).Append("</loc>");
            // The "Last updated" day the page shows (PageFacts).
            if (output.Page!.Meta!.LastUpdated is { } day)
            {
                text.Append("<lastmod>").Append(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            text.Append("</url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
