using System.Security.Cryptography;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>netlify.toml, the generated _headers and _redirects, and fingerprinted assets.</summary>
public class HostingTests
{
    /// <summary>Reads _headers: a path at the start of a line, then indented "Name: value" lines.</summary>
    private static Dictionary<string, Dictionary<string, string>> ParseHeadersFile(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (string line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                rules.Add(line.Trim(), current);
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(current is not null && colon > 0, $"not a header line: {line}");
            current!.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return rules;
    }

    private static Dictionary<string, Dictionary<string, string>> ParseNetlifyToml()
    {
        var toml = Toml.Parse(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")));
        return toml.Array("headers").ToDictionary(
            h => (string)h["for"],
            h => h.Sub("values").ToDictionary(v => v.Key, v => (string)v.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);
    }

    [Fact]
    public async Task The_headers_in_netlify_toml_and_the_generated_headers_file_agree()
    {
        using var site = new FixtureSite();
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var generated = ParseHeadersFile(File.ReadAllText(Path.Combine(site.Output, "_headers")));
        var netlify = ParseNetlifyToml();

        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), netlify.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, headers) in generated)
        {
            Assert.Equal(headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase), netlify[path].OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase));
        }

        // What the rules must say, whichever file a host reads.
        Assert.DoesNotContain("unsafe-inline", generated["/*"]["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", generated["/*"]["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", generated["/*"]["X-Content-Type-Options"]);
        Assert.True(generated["/*"].ContainsKey("Referrer-Policy"));
        Assert.True(generated["/*"].ContainsKey("Permissions-Policy"));
        Assert.Equal("public, max-age=31536000, immutable", generated["/assets/*"]["Cache-Control"]);

        // The search index keeps its names between builds, so it must be revalidated, never kept as immutable.
        Assert.Equal("public, max-age=0, must-revalidate", generated["/search/*"]["Cache-Control"]);
        Assert.True(File.Exists(Path.Combine(site.Output, "search", "index.json")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "assets", "search")));
    }

    [Fact]
    public void Netlify_toml_builds_the_site_into_the_published_folder_with_preview_settings()
    {
        var toml = Toml.Parse(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")));
        Assert.Equal("output", toml.Sub("build")["publish"]);
        string script = File.ReadAllText(Path.Combine(Repo.Root, (string)toml.Sub("build")["command"] is var c && c.StartsWith("bash ", StringComparison.Ordinal) ? c[5..] : c));
        Assert.Contains("--jsonfile global.json", script, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/StatiqSite -c Release -r linux-x64 -p:PublishAot=true", script, StringComparison.Ordinal);
        Assert.Contains("\"$statiqsite\" build --audit \"$@\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet run", script, StringComparison.Ordinal);
        string preview = (string)toml.Sub("context").Sub("deploy-preview")["command"];
        Assert.Contains("--drafts", preview, StringComparison.Ordinal);
        Assert.Contains("--base-url \"$DEPLOY_PRIME_URL\"", preview, StringComparison.Ordinal);
        var notFound = Assert.Single(toml.Array("redirects"));
        Assert.Equal("/404.html", notFound["to"]);
        Assert.Equal(404L, notFound["status"]);
    }

    [Fact]
    public async Task Under_a_sub_path_the_header_rules_and_the_404_fallback_carry_the_base_path()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"))).Succeeded);
        var rules = ParseHeadersFile(File.ReadAllText(Path.Combine(site.Output, "_headers")));
        Assert.Equal(["/briefing/*", "/briefing/assets/*", "/briefing/search/*"], rules.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("/briefing/* /briefing/404.html 404", File.ReadAllText(Path.Combine(site.Output, "_redirects")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_asset_reference_is_fingerprinted_with_the_hash_of_its_content()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);

        // The theme's stylesheet and script, and the search page's script; the search index is not an
        // asset: it sits in search/ under names that stay the same from build to build.
        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets")).Select(Path.GetFileName).ToList();
        Assert.Equal(3, assets.Count);
        foreach (string name in assets.OfType<string>())
        {
            var match = System.Text.RegularExpressions.Regex.Match(name, @"^(site|app|search)\.([0-9a-f]{10})\.(css|js)$");
            Assert.True(match.Success, name);
            string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, "assets", name))))[..10];
            Assert.Equal(hash, match.Groups[2].Value);
        }

        foreach (string page in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = Html.Load(site.Output, Path.GetRelativePath(site.Output, page));
            var references = html.QuerySelectorAll("link[rel=stylesheet], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .ToList();
            if (html.QuerySelector("meta[http-equiv=refresh]") is not null)
            {
                Assert.Empty(references);
                continue;
            }

            bool searchPage = Path.GetRelativePath(site.Output, page).Replace('\\', '/') == "search/index.html";
            Assert.Equal(searchPage ? 3 : 2, references.Count);
            Assert.All(references, r => Assert.Contains(r["/assets/".Length..], assets));
            Assert.DoesNotContain("site.css", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.DoesNotContain("app.js", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Former_ids_get_redirect_pages_without_script_and_entries_in_redirects()
    {
        using var site = new FixtureSite();
        site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"] + "\nredirect_from: [drone-strike]");
        site.Write("actors/soleimani.yml", FixtureSite.Files["actors/soleimani.yml"] + "\nredirect_from: [qassem-soleimani]");
        var outcome = await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"));
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var page = Html.Load(site.Output, "events/drone-strike/index.html");
        Assert.Equal("0; url=/briefing/events/strike/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://example.org/briefing/events/strike/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/briefing/events/strike/", page.QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[style], style"));

        string redirects = File.ReadAllText(Path.Combine(site.Output, "_redirects"));
        Assert.Contains("/briefing/events/drone-strike/ /briefing/events/strike/ 301!\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/briefing/events/drone-strike /briefing/events/strike/ 301!\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/briefing/actors/qassem-soleimani/ /briefing/actors/soleimani/ 301!\n", redirects, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "actors", "qassem-soleimani", "index.html")));
        Assert.DoesNotContain("drone-strike", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_url()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"))).Succeeded);
        string robots = File.ReadAllText(Path.Combine(site.Output, "robots.txt"));
        Assert.Contains("\nSitemap: https://example.org/briefing/sitemap.xml\n", robots, StringComparison.Ordinal);

        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://example.org/briefing/", locs);
        Assert.Contains("https://example.org/briefing/about/", locs);
        Assert.DoesNotContain("https://example.org/briefing/404.html", locs);
        Assert.All(locs, l => Assert.StartsWith("https://example.org/briefing/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_security_headers_forbid_inline_script_and_style()
    {
        var csp = SecurityHeaders.All.Single(h => h.Name == "Content-Security-Policy").Value;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
    }
}
