using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>How pages look: screenshots kept as artifacts, no sideways scrolling, print and reduced motion.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class LayoutTests(SiteInBrowser site)
{
    [BrowserFact]
    public async Task Screenshots_at_375_and_1280_pixels_are_saved_as_artifacts()
    {
        Directory.CreateDirectory(Repo.Screenshots);
        foreach (int width in new[] { 375, 1280 })
        {
            await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            foreach (var (name, path) in SamplePages.Of(site.Content))
            {
                await watched.GotoAsync(path);
                string file = Path.Combine(Repo.Screenshots, $"{name}-{width}.png");
                await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
            }

            watched.AssertNoErrors(SamplePages.IsMissingPageStatus);
        }
    }

    [BrowserFact]
    public async Task No_page_scrolls_sideways_from_320_pixels_up()
    {
        foreach (int width in new[] { 320, 375, 768, 1280 })
        {
            await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
            foreach (var (name, path) in SamplePages.Of(site.Content))
            {
                await watched.GotoAsync(path);
                int overflow = await watched.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{name} ({path}) is {overflow}px too wide at {width}px");
            }
        }
    }

    [BrowserFact]
    public async Task The_timeline_prints_as_a_plain_list_with_its_sources()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".filters").IsVisibleAsync(), "the filters should not print");
        Assert.False(await page.Locator(".site-header").IsVisibleAsync(), "the header should not print");
        Assert.True(await page.Locator(".timeline-item .sources").First.IsVisibleAsync(), "each event's sources should print");
        Assert.Equal("none", await page.Locator(".timeline-item").First.EvaluateAsync<string>("li => getComputedStyle(li, '::before').display"));
        Assert.Equal(site.Content.Events.Length, await page.Locator(".timeline-item article").CountAsync());

        Directory.CreateDirectory(Repo.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "timeline-print.png") });
    }

    [BrowserFact]
    public async Task Smooth_scrolling_respects_reduced_motion()
    {
        await using var reduced = await site.OpenAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        await reduced.GotoAsync("/timeline/");
        Assert.Equal("auto", await reduced.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));

        await using var normal = await site.OpenAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.NoPreference });
        await normal.GotoAsync("/timeline/");
        Assert.Equal("smooth", await normal.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
    }
}
