using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>Head metadata and JSON-LD on every page; the Atom feed.</summary>
public class SeoTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Every_page_of_the_real_site_has_canonical_description_social_tags_and_valid_json_ld()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions { InputPath = Repo.Input, OutputPath = folder.Combine("output"), AssetsPath = Repo.Assets, BaseUrl = new Uri("https://example.org/briefing/") };
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent)).Succeeded);

        var pages = Directory.GetFiles(options.OutputPath, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 50, $"only {pages.Length} pages");
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in pages)
        {
            string relative = Path.GetRelativePath(options.OutputPath, file);
            var html = Html.Load(options.OutputPath, relative);
            string Meta(string selector) => html.QuerySelector(selector)?.GetAttribute("content") ?? string.Empty;

            string canonical = html.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? string.Empty;
            Assert.StartsWith("https://example.org/briefing/", canonical, StringComparison.Ordinal);
            if (html.QuerySelector("meta[http-equiv=refresh]") is not null)
            {
                continue;
            }

            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[name=description]")), relative);
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")), relative);
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:description']")), relative);
            Assert.Equal(canonical, Meta("meta[property='og:url']"));
            Assert.Contains(Meta("meta[property='og:type']"), new[] { "website", "article" });
            Assert.Equal("summary", Meta("meta[name='twitter:card']"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[name='twitter:title']")), relative);

            var script = Assert.Single(html.QuerySelectorAll("head script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            types.Add(json.RootElement.GetProperty("@type").GetString()!);
            Assert.Equal(canonical, json.RootElement.GetProperty("url").GetString());
        }

        Assert.Superset(new HashSet<string> { "WebSite", "WebPage", "Event", "NewsArticle", "Person", "Organization", "Place" }, types);

        var home = JsonDocument.Parse(Html.Load(options.OutputPath, "index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("WebSite", home.GetProperty("@type").GetString());
        Assert.Matches(@"^2003/20\d\d$", home.GetProperty("temporalCoverage").GetString());
    }

    [Fact]
    public async Task Briefings_are_news_articles_about_the_actors_of_their_events_and_mentioning_those_linked()
    {
        using var site = new FixtureSite();
        site.Write("briefings/2020-01-strike-week.md", FixtureSite.Files["briefings/2020-01-strike-week.md"] + "\nThe city of [Baghdad](actor:baghdad) mourned.");
        Assert.True((await site.BuildAsync()).Succeeded);
        var json = JsonDocument.Parse(Html.Load(site.Output, "briefings/strike-week/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("2020-01-01", json.GetProperty("datePublished").GetString());
        var about = json.GetProperty("about").EnumerateArray().Select(a => (a.GetProperty("@type").GetString(), a.GetProperty("url").GetString())).ToList();
        Assert.Equal([("Person", "https://example.org/actors/soleimani/")], about);
        var mentions = json.GetProperty("mentions").EnumerateArray().Select(a => a.GetProperty("url").GetString()).ToList();
        Assert.Equal(["https://example.org/actors/baghdad/"], mentions);

        var e = JsonDocument.Parse(Html.Load(site.Output, "events/strike/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Event", e.GetProperty("@type").GetString());
        Assert.Equal("2020-01-03", e.GetProperty("startDate").GetString());
        Assert.Equal("Baghdad", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("A U.S. strike killed Soleimani.", e.GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_uncertain_date_is_an_interval_in_event_json_ld_narrowed_by_links_and_an_open_end_is_left_out()
    {
        using var site = new FixtureSite();
        // Known only to 2003-2021, after the strike: 3 January 2020 to 2021. The other, open at its start.
        site.Write("events/2003-aftermath.yml", "title: The aftermath\ndate: 2003/2021\nera: early\nsummary: Years of it.\nsources:\n  - source: column\n    locator: ¶3\n"
            + "after:\n  - event: strike\n    source: article-one\n    locator: ¶1\n");
        site.Write("events/2020-01-designation.yml", "title: The designation\ndate: ../2020-01\nera: early\nsummary: Earlier.\nsources:\n  - source: column\n    locator: ¶3\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var aftermath = Event("aftermath");
        Assert.Equal("2020-01-03", aftermath.GetProperty("startDate").GetString());
        Assert.Equal("2021", aftermath.GetProperty("endDate").GetString());

        var designation = Event("designation");
        Assert.False(designation.TryGetProperty("startDate", out _), "an open start is not given one end as its date");
        Assert.Equal("2020-01", designation.GetProperty("endDate").GetString());

        JsonElement Event(string id) =>
            JsonDocument.Parse(Html.Load(site.Output, $"events/{id}/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
    }

    [Fact]
    public async Task Json_ld_cannot_break_out_of_its_script_element()
    {
        using var site = new FixtureSite();
        const string title = "About </script><script>alert('x')</script> & <!-- more";
        site.Write("pages/about.md", $"---\ntitle: \"{title}\"\nsummary: What this is.\n---\nText.\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        string raw = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        int start = raw.IndexOf("<script type=\"application/ld", StringComparison.Ordinal);
        int end = raw.IndexOf("</script>", start, StringComparison.Ordinal);
        string inside = raw[start..end];
        Assert.DoesNotContain("</", inside[1..], StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", inside, StringComparison.Ordinal);

        var html = Html.Load(site.Output, "about/index.html");
        Assert.DoesNotContain(html.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        var json = JsonDocument.Parse(Assert.Single(html.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        Assert.Equal(title, json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_feed_is_atom_with_every_required_element_and_dates_from_the_content()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"))).Succeeded);
        string path = Path.Combine(site.Output, "feed.xml");
        var feed = XDocument.Load(path).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        AssertRequired(feed);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("https://example.org/briefing/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.Equal("https://example.org/briefing/", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")?.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        foreach (var entry in entries)
        {
            AssertRequired(entry);
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
            Assert.StartsWith("https://example.org/briefing/", link.Attribute("href")!.Value, StringComparison.Ordinal);
            Assert.NotNull(entry.Element(Atom + "summary"));
        }

        // An entry says what its page says: the title and description from the page's metadata.
        foreach (var entry in entries)
        {
            string url = entry.Element(Atom + "id")!.Value;
            var page = Html.Load(site.Output, url["https://example.org/briefing/".Length..] + "index.html");
            Assert.Equal(page.QuerySelector("meta[name='description']")!.GetAttribute("content"), entry.Element(Atom + "summary")!.Value);
            Assert.Equal(page.QuerySelector("h1")!.TextContent, entry.Element(Atom + "title")!.Value);
        }

        // Without git, an entry is dated by its content: the strike on 2020-01-03; the briefing, dated to a month, as
        // its page's "Last updated" dates it (the month's last day), which is also the feed's newest.
        var strike = entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith("/events/strike/", StringComparison.Ordinal));
        var briefing = entries.Single(e => e.Element(Atom + "category")!.Attribute("term")!.Value == "Briefing");
        Assert.Equal("2020-01-03T00:00:00Z", strike.Element(Atom + "updated")!.Value);
        Assert.Equal(Html.Load(site.Output, "briefings/strike-week/index.html").QuerySelector(".last-updated time")!.GetAttribute("datetime") + "T00:00:00Z", briefing.Element(Atom + "updated")!.Value);
        Assert.Equal("2020-01-31T00:00:00Z", feed.Element(Atom + "updated")!.Value);

        // The same input gives the same bytes.
        byte[] first = File.ReadAllBytes(path);
        Assert.True((await site.BuildAsync(baseUrl: new Uri("https://example.org/briefing/"))).Succeeded);
        Assert.Equal(first, File.ReadAllBytes(path));
    }

    private static void AssertRequired(XElement element)
    {
        // RFC 4287: atom:id (an IRI), atom:title and atom:updated (an RFC 3339 date-time), exactly once each.
        Assert.Single(element.Elements(Atom + "id"));
        Assert.Single(element.Elements(Atom + "title"));
        Assert.Single(element.Elements(Atom + "updated"));
        Assert.True(Uri.IsWellFormedUriString(element.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(element.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParseExact(element.Element(Atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }
}
