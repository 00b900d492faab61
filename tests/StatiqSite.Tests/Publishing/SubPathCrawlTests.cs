using System.Net;
using System.Xml.Linq;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Preview;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>
/// The real site, built for the domain root and for a sub-path, served by Kestrel at that path and
/// crawled from its home page: every internal href and src, and every URL in the sitemap and the feed,
/// must answer 200.
/// </summary>
public class SubPathCrawlTests
{
    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.org/briefing/")]
    public async Task Every_link_asset_feed_and_sitemap_entry_answers_under_the_base_path(string baseUrl)
    {
        using var folder = new TempFolder();
        var options = new BuildOptions { InputPath = Repo.Input, OutputPath = folder.Combine("output"), BaseUrl = new Uri(baseUrl), AssetsPath = Repo.Assets };
        var outcome = await SiteBuilder.RunAsync(options, Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        string basePath = new Uri(baseUrl).AbsolutePath;
        await using var server = await PreviewHost.StartAsync(options.OutputPath, basePath);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var crawl = await Crawler.CrawlAsync(http, new Uri(server.Address, basePath), basePath);

        Assert.Empty(crawl.Failures);
        Assert.Contains(basePath + "feed.xml", crawl.Visited);
        Assert.Contains(basePath + "sitemap.xml", crawl.Visited);
        Assert.Contains(basePath + "robots.txt", crawl.Visited);
        Assert.Contains(crawl.Visited, p => p.StartsWith(basePath + "assets/site.", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, p => p.StartsWith(basePath + "assets/app.", StringComparison.Ordinal));

        // Everything the build wrote as a page is reachable from the home page (or the sitemap).
        var pages = Directory.GetFiles(options.OutputPath, "index.html", SearchOption.AllDirectories)
            .Select(f => basePath + Path.GetRelativePath(options.OutputPath, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p.Replace("/./", "/", StringComparison.Ordinal))
            .ToList();
        Assert.All(pages, p => Assert.Contains(p, crawl.Visited));
    }

    [Fact]
    public async Task A_missing_page_under_the_base_path_is_a_404_with_the_sites_404_page()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions { InputPath = Repo.Input, OutputPath = folder.Combine("output"), BaseUrl = new Uri("https://example.org/briefing/"), AssetsPath = Repo.Assets };
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent)).Succeeded);
        await using var server = await PreviewHost.StartAsync(options.OutputPath, "/briefing/");
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(server.Address, "/briefing/no-such-page/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", html.QuerySelector("h1")?.TextContent);
        Assert.Equal("/briefing/", html.QuerySelector("a.site-title")?.GetAttribute("href"));

        // The preview server sends the production security headers, so CSP problems show up locally.
        var home = await http.GetAsync(new Uri(server.Address, "/briefing/"));
        foreach (var (name, value) in StatiqSite.Publishing.SecurityHeaders.All)
        {
            Assert.Equal(value, string.Join(", ", home.Headers.GetValues(name)));
        }
    }
}

/// <summary>A breadth-first crawl of one origin, below one base path.</summary>
public static class Crawler
{
    public sealed record Result(IReadOnlySet<string> Visited, IReadOnlyList<string> Failures);

    public static async Task<Result> CrawlAsync(HttpClient http, Uri start, string basePath)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var queue = new Queue<(string Path, string From)>();
        queue.Enqueue((start.AbsolutePath, "(start)"));

        // Where search engines start besides the home page; robots.txt names the sitemap.
        queue.Enqueue((basePath + "robots.txt", "(start)"));
        while (queue.Count > 0)
        {
            var (path, from) = queue.Dequeue();
            if (!visited.Add(path))
            {
                continue;
            }

            var uri = new Uri(start, path);
            using var response = await http.GetAsync(uri);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{path} (linked from {from}): HTTP {(int)response.StatusCode}");
                continue;
            }

            string type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            string body = await response.Content.ReadAsStringAsync();
            IEnumerable<string> links = type switch
            {
                "text/html" => HtmlLinks(body),
                "application/xml" when path.EndsWith(".xml", StringComparison.Ordinal) => XmlLinks(body),
                "text/plain" => body.Split('\n').Where(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal)).Select(l => l["Sitemap: ".Length..].Trim()),
                _ => [],
            };
            foreach (string link in links)
            {
                if (!Uri.TryCreate(uri, link, out var target) || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }

                // Absolute URLs on the configured host (canonical, feed, sitemap) are ours too: follow them by path.
                bool ours = target.Authority == uri.Authority || target.Host == "example.org";
                if (!ours)
                {
                    continue;
                }

                if (!target.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
                {
                    failures.Add($"{target.AbsolutePath} (linked from {path}): outside the base path {basePath}");
                    continue;
                }

                queue.Enqueue((target.AbsolutePath, path));
            }
        }

        return new Result(visited, failures);
    }

    private static IEnumerable<string> HtmlLinks(string html)
    {
        var document = Html.Parse(html);
        return document.QuerySelectorAll("[href], [src]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .ToList();
    }

    private static IEnumerable<string> XmlLinks(string xml)
    {
        var document = XDocument.Parse(xml);
        return document.Descendants()
            .SelectMany(e => e.Name.LocalName switch
            {
                "loc" => [e.Value.Trim()],
                "link" => e.Attribute("href") is { } href ? [href.Value] : Array.Empty<string>(),
                _ => [],
            })
            .ToList();
    }
}
