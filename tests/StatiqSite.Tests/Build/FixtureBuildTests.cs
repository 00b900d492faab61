using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>Builds the small fixture site end to end and inspects the HTML.</summary>
public class FixtureBuildTests
{
    [Fact]
    public async Task Builds_home_and_markdown_pages_through_the_layout()
    {
        using var site = new FixtureSite();
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var home = Html.Load(site.Output, "index.html");
        Assert.Equal("Test briefing", home.QuerySelector("h1")?.TextContent);
        Assert.NotNull(home.QuerySelector("main#main"));
        Assert.NotNull(home.QuerySelector("a.skip-link[href='#main']"));

        var about = Html.Load(site.Output, "about/index.html");
        Assert.Equal("About", about.QuerySelector("h1")?.TextContent);
        var link = about.QuerySelector("main a[href='/events/strike/']");
        Assert.NotNull(link);
        var card = about.QuerySelector("article.event-card");
        Assert.NotNull(card);
        Assert.Contains("The strike", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("2020-01-03", card.QuerySelector("time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Assets_are_fingerprinted_and_referenced_from_every_page()
    {
        using var site = new FixtureSite();
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded);

        string css = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css"));
        var home = Html.Load(site.Output, "index.html");
        Assert.Equal("/assets/" + Path.GetFileName(css), home.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_base_url_with_a_sub_path_prefixes_every_internal_link()
    {
        using var site = new FixtureSite();
        var outcome = await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"));
        Assert.True(outcome.Succeeded);

        var about = Html.Load(site.Output, "about/index.html");
        var hrefs = about.QuerySelectorAll("a[href], link[href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(h => h.StartsWith('/'))
            .ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/briefing/", h, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_reference_suggests_the_nearest_id()
    {
        using var site = new FixtureSite();
        site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"].Replace("id: soleimani", "id: soleimni", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);

        Assert.Equal(1, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(Codes.UnknownReference, d.Code);
        Assert.Equal("unknown actor 'soleimni' (did you mean 'soleimani'?)", d.Message);
        Assert.Equal(6, d.Line);
        Assert.Equal(9, d.Column);
    }

    [Fact]
    public async Task A_locator_beyond_the_article_is_an_error()
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"].Replace("¶3", "¶6", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.Equal(Codes.LocatorOutOfRange, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public async Task An_event_outside_its_era_is_an_error()
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"].Replace("era: early", "era: late", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.Equal(Codes.EventOutsideEra, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public async Task Raw_html_in_markdown_is_refused_at_its_line()
    {
        using var site = new FixtureSite();
        site.Write("pages/about.md", "---\ntitle: About\nsummary: S\n---\nHello\n\n<script>alert(1)</script>\n");
        var outcome = await site.BuildAsync(checkOnly: true);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.RawHtml, d.Code);
        Assert.Equal(7, d.Line);
    }
}
