using System.Text.Json;
using System.Xml.Linq;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>
/// What machines read from the built pages besides the text: the JSON-LD's raw type attribute, the
/// breadcrumb trail as BreadcrumbList, lastmod in the sitemap, and ids a #fragment can name unambiguously.
/// </summary>
public class StructuredSignalsTests
{
    [Fact]
    public async Task Json_ld_is_typed_with_a_literal_plus_and_breadcrumbs_are_a_breadcrumb_list_of_the_visible_trail()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        int trails = 0;
        foreach (string file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(site.Output, file);
            string raw = File.ReadAllText(file);
            Assert.DoesNotContain("ld&#x2B;json", raw, StringComparison.Ordinal);
            var page = Html.Load(site.Output, relative);
            // Every JSON-LD script the parser finds is written with the attribute as extractors read it, byte for byte.
            Assert.Equal(page.QuerySelectorAll("script[type='application/ld+json']").Length,
                System.Text.RegularExpressions.Regex.Count(raw, "<script type=\"application/ld\\+json\">"));

            if (page.QuerySelector("nav.breadcrumbs") is not { } nav)
            {
                continue;
            }

            trails++;
            var list = page.QuerySelectorAll("script[type='application/ld+json']")
                .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                .Single(j => j.GetProperty("@type").GetString() == "BreadcrumbList");
            var items = list.GetProperty("itemListElement").EnumerateArray().ToList();
            var links = nav.QuerySelectorAll("a").ToList();
            Assert.Equal(links.Count + 1, items.Count);
            for (int i = 0; i < links.Count; i++)
            {
                Assert.Equal(i + 1, items[i].GetProperty("position").GetInt32());
                Assert.Equal(links[i].TextContent, items[i].GetProperty("name").GetString());
                Assert.Equal("https://example.org" + links[i].GetAttribute("href"), items[i].GetProperty("item").GetString());
            }

            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), items[^1].GetProperty("item").GetString());
        }

        Assert.True(trails > 5, $"only {trails} pages have breadcrumbs");
    }

    [Fact]
    public async Task The_sitemap_gives_each_page_its_last_updated_day_and_only_where_the_page_shows_one()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var urls = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "url").ToList();
        int dated = 0;
        foreach (var url in urls)
        {
            string loc = url.Elements().Single(e => e.Name.LocalName == "loc").Value;
            string? lastmod = url.Elements().SingleOrDefault(e => e.Name.LocalName == "lastmod")?.Value;
            string path = new Uri(loc).AbsolutePath.TrimStart('/');
            var page = Html.Load(site.Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            Assert.Equal(page.QuerySelector(".last-updated time")?.GetAttribute("datetime"), lastmod);
            dated += lastmod is null ? 0 : 1;
        }

        Assert.True(dated > 0, "no page in the sitemap has a lastmod");
    }

    [Fact]
    public async Task A_heading_named_like_a_theme_id_gets_an_id_of_its_own()
    {
        using var site = new FixtureSite();
        site.Write("pages/about.md", "---\ntitle: About\nsummary: What this is.\n---\n## Main\n\nText.\n\n## Event strike\n\nMore.\n");
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var page = Html.Load(site.Output, "about/index.html");
        Assert.Equal("main", Assert.Single(page.QuerySelectorAll("#main")).LocalName);
        Assert.Equal(["section-main", "section-event-strike"], page.QuerySelectorAll("main h2[id]").Select(h => h.Id!).ToList());
    }

    [Fact]
    public void The_link_check_reports_an_id_given_twice_on_a_page()
    {
        var checker = new LinkChecker(new Uri("https://example.org/"), new HashSet<string>(["index.html"], StringComparer.Ordinal));
        var report = LinkCheckerTests.Check(checker, [DomLinks.Page("index.html", "<main id=\"main\"><h2 id=\"main\">Main</h2><p id=\"once\"></p></main>", "input/pages/x.md")]);
        var broken = Assert.Single(report.Broken);
        Assert.Equal("#main", broken.Href);
        Assert.Contains("more than once", broken.Reason, StringComparison.Ordinal);
        Assert.Equal("input/pages/x.md", broken.Source);
    }
}
