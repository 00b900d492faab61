using StatiqSite.Content.Dates;
using StatiqSite.Tests.Support;
using StatiqSite.Theme.Components;

namespace StatiqSite.Tests.Site;

/// <summary>The home page over the real content.</summary>
[Collection(RealSiteCollection.Name)]
public class HomeTests(RealSite site)
{
    [Fact]
    public void Where_things_stood_comes_from_the_latest_briefing_and_says_when_its_report_is_undated()
    {
        var section = site.Page("/").GetElementById("where-things-stand")!.Closest("section")!;
        var latest = site.Content.Briefings.Single(b => section.QuerySelector($"a[href='/briefings/{b.Id}/']") is not null && section.TextContent.Contains(b.Summary, StringComparison.Ordinal));
        Assert.Equal(EdtfFormatter.MachineReadable(latest.Date), section.QuerySelector(".as-of time")?.GetAttribute("datetime"));

        // The real latest report is undated: the page says so and names the latest dated one.
        Assert.Equal(DateShape.OpenSpan, latest.Date.Shape);
        Assert.Contains("undated", section.QuerySelector(".as-of")!.TextContent, StringComparison.Ordinal);
        var dated = site.Content.Briefings.Where(b => b.Date.Shape != DateShape.OpenSpan).MaxBy(b => b.Date.Latest)!;
        Assert.NotNull(section.QuerySelector($".as-of-dated a[href='/briefings/{dated.Id}/']"));
        Assert.Contains("coverage ends", section.QuerySelector(".coverage")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Where things stand", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void By_the_numbers_is_three_or_four_headline_figures_linking_to_their_pages_never_a_zero()
    {
        var home = site.Page("/");
        var section = home.GetElementById("by-the-numbers")!.Closest("section")!;
        var numbers = section.QuerySelectorAll(".number").ToList();
        Assert.InRange(numbers.Count, 3, 4);
        foreach (var number in numbers)
        {
            string href = number.QuerySelector("a")!.GetAttribute("href")!;
            var figure = site.Content.Figures.Single(f => $"/figures/{f.Id}/" == href);
            var latest = FigureValues.LatestGroup(figure);
            Assert.Equal(string.Join(" / ", latest.Select(FigureText.Quantity)), number.QuerySelector(".number-value")!.TextContent);
            Assert.Contains(latest, v => v.Value != 0);
            Assert.Equal(EdtfFormatter.MachineReadable(latest[0].Date), number.QuerySelector(".as-of time")?.GetAttribute("datetime"));
            Assert.Equal(figure.Disputed is not null, number.QuerySelector(".tag-disputed") is not null);
        }

        // The figures the articles come back to most are the ones shown.
        int fewestShown = numbers.Min(n => site.Content.Figures.Single(f => $"/figures/{f.Id}/" == n.QuerySelector("a")!.GetAttribute("href")).Values.Length);
        Assert.DoesNotContain(site.Content.Figures, f => f.Values.Length > fewestShown
            && FigureValues.LatestGroup(f).Any(v => v.Value != 0) && numbers.All(n => n.QuerySelector("a")!.GetAttribute("href") != $"/figures/{f.Id}/"));
        Assert.NotNull(section.QuerySelector("a[href='/figures/']"));
    }

    [Fact]
    public void Start_here_lists_the_explainers_in_the_order_of_the_story_then_the_timeline()
    {
        var path = site.Page("/").QuerySelectorAll(".start-path h3 a").Select(a => a.GetAttribute("href")!).ToList();
        // The earliest first day of the events each explainer lists or draws as a card.
        var firstEvent = site.Content.Explainers.ToDictionary(x => $"/explainers/{x.Id}/", x => x.Events.Select(r => r.Id)
            .Concat(site.Page($"/explainers/{x.Id}/").QuerySelectorAll(".doc-body [id^='event-']").Select(e => e.Id!["event-".Length..]))
            .Select(id => site.Content.Events.Single(e => e.Id == id).Date.Earliest).DefaultIfEmpty(DateOnly.MaxValue).Min());
        Assert.Equal(site.Content.Explainers.Length + 1, path.Count);
        Assert.Equal("/timeline/", path[^1]);
        var explainers = path[..^1];
        Assert.Equal(explainers.OrderBy(u => firstEvent[u]).ToList(), explainers.ToList());
    }

    [Fact]
    public void The_header_title_fits_one_line_and_is_not_the_home_heading()
    {
        var home = site.Page("/");
        string header = home.QuerySelector(".site-title")!.TextContent;
        string heading = home.QuerySelector("h1")!.TextContent;
        Assert.NotEqual(header, heading);
        Assert.DoesNotContain(header, heading, StringComparison.Ordinal);
        Assert.True(header.Length <= 30, $"'{header}' is too long for one line at 375px");
        Assert.StartsWith(header, site.Content.Settings!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_links_to_every_explainer_and_the_main_sections()
    {
        var hrefs = site.Page("/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
        Assert.All(site.Content.Explainers, x => Assert.Contains($"/explainers/{x.Id}/", hrefs));
        Assert.Superset(new HashSet<string?>(["/timeline/", "/actors/", "/explainers/", "/briefings/", "/sources/"], StringComparer.Ordinal), hrefs);
    }

}
