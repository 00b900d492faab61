using StatiqSite.Diagnostics;
using StatiqSite.Pipelines;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>The link checker: what must be caught, and the valid forms that must not be.</summary>
public class LinkCheckerTests
{
    private static readonly HashSet<string> Files = new(StringComparer.Ordinal)
    {
        "index.html",
        "about/index.html",
        "events/café-day/index.html",
        "events/strike/index.html",
        "notes.html",
        "assets/site.abc123.css",
        "feed.xml",
    };

    private static LinkedPage Page(string path, string body) =>
        DomLinks.Page(path, $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>", "input/pages/" + path.Replace('/', '-') + ".md");

    /// <summary>Checks the pages as the link check pipeline does: each page against the ids of all.</summary>
    internal static LinkReport Check(LinkChecker checker, IReadOnlyList<LinkedPage> pages)
    {
        var ids = LinkChecker.IdsByPath(pages);
        return LinkChecker.Report(pages, [.. pages.Select(p => checker.CheckPage(p, ids))]);
    }

    private static LinkReport Check(string baseUrl, params LinkedPage[] pages)
    {
        var all = new List<LinkedPage>(pages);
        foreach (string file in Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (all.All(p => p.Path != file))
            {
                all.Add(Page(file, "<h2 id=\"team\">Team</h2><p id=\"p-1\">x</p><a name=\"old-anchor\"></a>"));
            }
        }

        return Check(new LinkChecker(new Uri(baseUrl), Files), all);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_on_an_existing_page_is_caught()
    {
        var report = Check("https://example.org/", Page("index.html", "<a href=\"/about/#no-such-section\">x</a>"));
        var broken = Assert.Single(report.Broken);
        Assert.Equal("index.html", broken.Page);
        Assert.Equal("/about/#no-such-section", broken.Href);
        Assert.Contains("no element on /about/ has id=\"no-such-section\"", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_same_page_anchor_to_a_missing_id_is_caught()
    {
        var report = Check("https://example.org/", Page("index.html", "<h2 id=\"here\">x</h2><a href=\"#here\">ok</a><a href=\"#gone\">bad</a>"));
        Assert.Equal("#gone", Assert.Single(report.Broken).Href);
    }

    [Fact]
    public void Missing_pages_and_links_that_leave_the_base_path_are_caught()
    {
        var report = Check(
            "https://example.org/briefing/",
            Page("index.html", "<a href=\"/briefing/nowhere/\">a</a><a href=\"/about/\">b</a><a href=\"https://example.org/briefing/gone.html\">c</a><img src=\"/briefing/assets/site.css\">"));
        Assert.Equal(
            ["/about/", "/briefing/assets/site.css", "/briefing/nowhere/", "https://example.org/briefing/gone.html"],
            report.Broken.Select(b => b.Href).Order(StringComparer.Ordinal));
        Assert.Contains("outside the site's base path /briefing/", report.Broken.Single(b => b.Href == "/about/").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/", "/about/")]
    [InlineData("https://example.org/", "/about")]
    [InlineData("https://example.org/", "/about/index.html")]
    [InlineData("https://example.org/", "/about/?utm_source=feed")]
    [InlineData("https://example.org/", "/about/?q=a%20b#team")]
    [InlineData("https://example.org/", "/about/#team")]
    [InlineData("https://example.org/", "/about/#p-1")]
    [InlineData("https://example.org/", "/about/#old-anchor")]
    [InlineData("https://example.org/", "/about/#top")]
    [InlineData("https://example.org/", "/events/caf%C3%A9-day/")]
    [InlineData("https://example.org/", "/events/café-day/")]
    [InlineData("https://example.org/", "/events/caf%c3%a9-day/#team")]
    [InlineData("https://example.org/", "events/strike/")]
    [InlineData("https://example.org/", "./events/strike/../strike/")]
    [InlineData("https://example.org/", "/notes")]
    [InlineData("https://example.org/", "/notes.html")]
    [InlineData("https://example.org/", "https://example.org/about/")]
    [InlineData("https://example.org/", "HTTPS://EXAMPLE.ORG/about/#team")]
    [InlineData("https://example.org/", "  /about/  ")]
    [InlineData("https://example.org/", "/feed.xml")]
    [InlineData("https://example.org/briefing/", "/briefing/")]
    [InlineData("https://example.org/briefing/", "/briefing")]
    [InlineData("https://example.org/briefing/", "/briefing/about/#team")]
    [InlineData("https://example.org/briefing/", "/briefing/events/caf%C3%A9-day/")]
    [InlineData("https://example.org/briefing/", "https://example.org/briefing/about/")]
    [InlineData("https://example.org/briefing/", "about/")]
    [InlineData("https://example.org/briefing/", "/briefing/assets/site.abc123.css")]
    [InlineData("https://example.org/briefing/", "mailto:editor@example.org")]
    [InlineData("https://example.org/briefing/", "data:image/png;base64,AAAA")]
    public void Tricky_valid_links_pass(string baseUrl, string href)
    {
        var report = Check(baseUrl, Page("index.html", $"<a href=\"{System.Net.WebUtility.HtmlEncode(href)}\">x</a>"));
        Assert.Empty(report.Broken);
    }

    [Fact]
    public void External_links_are_listed_with_their_pages_and_not_counted_as_broken()
    {
        var report = Check(
            "https://example.org/",
            Page("index.html", "<a href=\"https://www.example.com/story\">a</a><a href=\"//cdn.example.net/x.js\">b</a>"),
            Page("about/index.html", "<a href=\"https://www.example.com/story\">a</a>"));
        Assert.Empty(report.Broken);
        Assert.Equal(["//cdn.example.net/x.js", "https://www.example.com/story"], report.External.Keys);
        Assert.Equal(["about/index.html", "index.html"], report.External["https://www.example.com/story"]);
    }

    [Fact]
    public void Fragments_are_found_among_many_ids_and_anchors()
    {
        // Ids in no particular order, some twice, and legacy anchors: every one can be named, nothing else;
        // the id given twice is also reported as ambiguous.
        var ids = Enumerable.Range(0, 60).Select(i => $"s-{(i * 37) % 60}").ToList();
        string targets = string.Concat(ids.Select(id => $"<p id=\"{id}\">x</p>")) + "<p id=\"s-7\">again</p><a name=\"Z-last\"></a><a name=\"0-first\"></a>";
        string links = string.Concat(ids.Concat(["Z-last", "0-first", "s-60", "S-1", "s-"]).Select(id => $"<a href=\"/about/#{id}\">l</a><a href=\"#{id}\">l</a>"));
        var report = Check("https://example.org/", Page("about/index.html", targets + links));
        Assert.Equal(
            ["#S-1", "#s-", "#s-60", "#s-7", "/about/#S-1", "/about/#s-", "/about/#s-60"],
            report.Broken.Select(b => b.Href).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_meta_refresh_target_is_checked_like_a_link()
    {
        var report = Check("https://example.org/", DomLinks.Page("old/index.html", "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/gone/\"></head></html>", "input/events/x.yml"));
        Assert.Equal("/gone/", Assert.Single(report.Broken).Href);
    }

    [Fact]
    public async Task A_broken_anchor_in_content_fails_the_build_naming_the_content_file()
    {
        using var site = new FixtureSite();
        site.Write("pages/about.md", "---\ntitle: About\nsummary: What this is.\n---\n## Team\n\nSee [the team](#team), [the strike](/events/strike/#nothing-here) and [us](/about/#team).\n");
        var outcome = await site.BuildAsync();

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.EndsWith("pages/about.md", error.File, StringComparison.Ordinal);
        Assert.Contains("'/events/strike/#nothing-here'", error.Message, StringComparison.Ordinal);

        // Where the link is written: line 7 of the file, at its '['.
        Assert.Equal((7, 24), (error.Line, error.Column));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_real_site_has_no_broken_links_at_the_root_or_under_a_sub_path()
    {
        foreach (string baseUrl in new[] { "https://example.org/", "https://example.org/briefing/" })
        {
            var outcome = await SiteBuilder.RunAsync(
                new StatiqSite.Engine.BuildOptions { InputPath = Repo.Input, OutputPath = Path.Combine(Path.GetTempPath(), "unused"), CheckOnly = true, AssetsPath = Repo.Assets, BaseUrl = new Uri(baseUrl) },
                StatiqSite.Engine.Log.Silent);
            Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        }
    }
}
