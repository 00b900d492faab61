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
        Assert.NotNull(section.QuerySelector($".as-of a[href='/briefings/{dated.Id}/']"));
        Assert.Contains("coverage ends", section.QuerySelector(".coverage")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Where things stand", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void By_the_numbers_shows_every_value_with_its_date_and_source_and_flags_disagreement()
    {
        var home = site.Page("/");
        foreach (var figure in site.Content.Figures)
        {
            var panel = home.GetElementById($"num-{figure.Id}")!.Closest("section")!;
            var items = panel.QuerySelectorAll(".figure-values li").ToList();
            Assert.Equal(figure.Values.Length, items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                var value = figure.Values[i];
                Assert.Equal(FigureText.Value(value, figure.Unit), items[i].QuerySelector(".figure-number")?.TextContent);
                Assert.Equal(EdtfFormatter.MachineReadable(value.Date), items[i].QuerySelector("time")?.GetAttribute("datetime"));
                Assert.NotNull(items[i].QuerySelector($"a[href='/sources/{value.Citation.SourceId}/']"));
            }

            Assert.Equal(figure.Disputed is not null, panel.QuerySelector(".tag-disputed") is not null);
        }
    }

    [Fact]
    public void Home_links_to_every_explainer_and_the_main_sections()
    {
        var hrefs = site.Page("/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
        Assert.All(site.Content.Explainers, x => Assert.Contains($"/explainers/{x.Id}/", hrefs));
        Assert.Superset(new HashSet<string?>(["/timeline/", "/actors/", "/explainers/", "/briefings/", "/sources/"], StringComparer.Ordinal), hrefs);
    }

}
