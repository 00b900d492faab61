using AngleSharp.Dom;
using StatiqSite.Content.Dates;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>The timeline over the real content: every event under its era, in order, with its page; filters as pages.</summary>
[Collection(RealSiteCollection.Name)]
public class TimelineTests(RealSite site)
{
    private IDocument Timeline => site.Page("/timeline/");

    [Fact]
    public void Every_event_is_on_the_timeline_under_its_era_with_date_title_actors_and_sources()
    {
        Assert.NotEmpty(site.Content.Events);
        foreach (var e in site.Content.Events)
        {
            var card = Timeline.GetElementById($"event-{e.Id}")?.QuerySelector("article.event-card");
            Assert.True(card is not null, $"event {e.Id} is not on the timeline");
            Assert.Equal(e.Era.Id, card.Closest("section.era")?.GetAttribute("data-era"));

            var time = card.QuerySelector(".event-date time");
            Assert.Equal(EdtfFormatter.MachineReadable(e.Date), time?.GetAttribute("datetime"));
            Assert.Equal(English.Dates.Display(e.Date), time?.TextContent);
            Assert.Equal(e.Title, card.QuerySelector(".event-title a")?.TextContent);

            var hrefs = card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
            Assert.Contains($"/events/{e.Id}/", hrefs);
            Assert.All(e.Actors, p => Assert.Contains($"/actors/{p.ActorId}/", hrefs));
            Assert.All(e.Sources, c => Assert.Contains($"/sources/{c.SourceId}/", hrefs));
        }
    }

    [Fact]
    public void Each_era_shows_its_summary_once_and_holds_exactly_its_events()
    {
        foreach (var era in site.Content.Eras)
        {
            var expected = site.Content.Events.Where(e => e.Era.Id == era.Id).Select(e => $"event-{e.Id}").Order(StringComparer.Ordinal).ToList();
            var sections = Timeline.QuerySelectorAll($"section.era[data-era='{era.Id}']").ToList();
            Assert.Equal(expected.Count == 0, sections.Count == 0);
            if (sections.Count == 0)
            {
                continue;
            }

            Assert.Equal(era.Title, sections[0].QuerySelector("h2")?.TextContent);
            Assert.Equal($"era-{era.Id}", sections[0].Id);
            Assert.False(string.IsNullOrWhiteSpace(sections[0].QuerySelector(".era-summary")?.TextContent));
            Assert.Equal(expected, sections.SelectMany(s => s.QuerySelectorAll("li.timeline-item")).Select(li => li.Id!).Order(StringComparer.Ordinal).ToList());
        }

        // The real eras follow each other: each opens once.
        Assert.Equal(Timeline.QuerySelectorAll("section.era").Length, site.Content.Eras.Count(era => site.Content.Events.Any(e => e.Era.Id == era.Id)));
    }

    [Fact]
    public void Timeline_is_a_semantic_list_with_one_h1()
    {
        Assert.Single(Timeline.QuerySelectorAll("h1"));
        Assert.All(Timeline.QuerySelectorAll("article.event-card"), card => Assert.Equal("LI", card.ParentElement?.TagName));
        Assert.All(Timeline.QuerySelectorAll("article.event-card"), card => Assert.NotNull(card.QuerySelector("details.event-more")));
        Assert.All(Timeline.QuerySelectorAll("li.timeline-item"), li => Assert.Equal("OL", li.ParentElement?.TagName));
    }

    [Fact]
    public void Every_event_has_its_own_page_with_its_sources_and_a_link_back_to_its_anchor()
    {
        foreach (var e in site.Content.Events)
        {
            var page = site.Page($"/events/{e.Id}/");
            Assert.Equal(e.Title, page.QuerySelector("h1")?.TextContent);
            Assert.Equal(EdtfFormatter.MachineReadable(e.Date), page.QuerySelector(".event-date time")?.GetAttribute("datetime"));
            var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
            Assert.Contains($"/timeline/#event-{e.Id}", hrefs);
            Assert.All(e.Sources, c => Assert.Contains($"/sources/{c.SourceId}/", hrefs));
            if (e.Disputed is not null)
            {
                Assert.NotNull(page.GetElementById("disputed"));
            }
        }
    }

    [Fact]
    public void Theme_filter_pages_list_exactly_the_events_with_that_theme()
    {
        foreach (var theme in site.Content.Themes)
        {
            var expected = site.Content.Events.Where(e => e.Themes.Any(t => t.Id == theme.Id)).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            AssertFilterPage($"/timeline/themes/{theme.Id}/", expected, theme.Title);
        }
    }

    [Fact]
    public void Actor_filter_pages_list_exactly_the_events_the_actor_took_part_in_or_that_happened_there()
    {
        foreach (var actor in site.Content.Actors)
        {
            var expected = site.Content.Events
                .Where(e => e.Actors.Any(a => a.ActorId == actor.Id) || e.Location?.Id == actor.Id)
                .Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            AssertFilterPage($"/timeline/actors/{actor.Id}/", expected, actor.Name);
        }
    }

    [Fact]
    public void Every_filter_link_on_the_timeline_leads_to_its_page_and_carries_its_token()
    {
        var links = Timeline.QuerySelectorAll(".filters a[data-filter]").ToList();
        Assert.True(links.Count > site.Content.Themes.Length, "the timeline should offer theme and actor filters");
        foreach (var link in links)
        {
            string href = link.GetAttribute("href")!;
            Assert.True(site.Exists(href), $"filter link {href} has no page");
            string token = link.GetAttribute("data-filter")!;
            if (token.Length > 0)
            {
                string kind = token.StartsWith("actor:", StringComparison.Ordinal) ? "actors" : "themes";
                Assert.Equal($"/timeline/{kind}/{token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..]}/", href);
            }
        }
    }

    [Fact]
    public void Event_items_carry_the_actor_and_theme_ids_the_script_filters_by()
    {
        foreach (var e in site.Content.Events)
        {
            var item = Timeline.GetElementById($"event-{e.Id}")!.Closest("li")!;
            var actors = item.GetAttribute("data-actors")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var themes = item.GetAttribute("data-themes")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expectedActors = e.Actors.Select(a => a.ActorId).Concat(e.Location is null ? [] : [e.Location.Id]).Distinct(StringComparer.Ordinal);
            Assert.Equal(expectedActors.Order(StringComparer.Ordinal), actors.Order(StringComparer.Ordinal));
            Assert.Equal(e.Themes.Select(t => t.Id).Order(StringComparer.Ordinal), themes.Order(StringComparer.Ordinal));
        }
    }

    private void AssertFilterPage(string url, List<string> expectedIds, string label)
    {
        if (expectedIds.Count == 0)
        {
            Assert.False(site.Exists(url), $"{url} exists but no event matches it");
            return;
        }

        Assert.True(site.Exists(url), $"{url} is missing");
        var page = site.Page(url);
        var shown = page.QuerySelectorAll(".timeline-body li.timeline-item").Select(a => a.Id!["event-".Length..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedIds, shown);
        Assert.Equal($"Timeline: {label}", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("page", page.QuerySelector($".filters a[href='{url}']")?.GetAttribute("aria-current"));
        Assert.Single(page.QuerySelectorAll(".filters a[aria-current]"));

        // The filter lists are written once per build as markup; each link must still read as the theme or actor it filters to.
        var links = page.QuerySelectorAll(".filter-list a[data-filter]");
        Assert.Contains(links, link => link.GetAttribute("href") == url);
        foreach (var link in links)
        {
            string[] token = link.GetAttribute("data-filter")!.Split(':');
            string name = token[0] == "theme"
                ? site.Content.Themes.Single(t => t.Id == token[1]).Title
                : site.Content.Actors.Single(a => a.Id == token[1]).Name;
            Assert.Equal(name, link.GetAttribute("data-label"));
            Assert.Equal($"/timeline/{token[0]}s/{token[1]}/", link.GetAttribute("href"));
            Assert.True(site.Exists(link.GetAttribute("href")!), $"the filter link {link.GetAttribute("href")} leads nowhere");
            Assert.StartsWith(name + " (", link.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains($"Showing {expectedIds.Count} of {site.Content.Events.Length} events", page.GetElementById("timeline-status")?.TextContent, StringComparison.Ordinal);
    }
}
