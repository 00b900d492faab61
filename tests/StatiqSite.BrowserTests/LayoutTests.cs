using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>How pages look: screenshots kept as artifacts, no sideways scrolling, print and reduced motion.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class LayoutTests(SiteInBrowser site)
{
    [BrowserFact]
    public async Task Screenshots_at_375_and_1280_pixels_in_light_dark_and_print_are_saved_as_artifacts()
    {
        Directory.CreateDirectory(Repo.Screenshots);
        foreach (var (mode, scheme, media) in new[] { ("light", ColorScheme.Light, Media.Screen), ("dark", ColorScheme.Dark, Media.Screen), ("print", ColorScheme.Light, Media.Print) })
        {
            foreach (int width in new[] { 375, 1280 })
            {
                await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await watched.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media });
                foreach (var (name, path) in SamplePages.Of(site.Content))
                {
                    await watched.GotoAsync(path);
                    string file = Path.Combine(Repo.Screenshots, $"{name}-{width}-{mode}.png");
                    await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
                }

                watched.AssertNoErrors(SamplePages.IsMissingPageStatus);
            }
        }
    }

    [BrowserFact]
    public async Task At_1280_pixels_no_page_leaves_half_the_screen_empty()
    {
        await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        foreach (var (name, path) in SamplePages.Of(site.Content))
        {
            await watched.GotoAsync(path);

            // The main column's content, left and right edges: centred, so neither margin is half the screen.
            var edges = await watched.Page.EvaluateAsync<double[]>(
                "() => { const r = [...document.querySelectorAll('main > *')].map(e => e.getBoundingClientRect()).filter(b => b.width > 0);" +
                " return [Math.min(...r.map(b => b.left)), document.documentElement.clientWidth - Math.max(...r.map(b => b.right))]; }");
            double left = edges[0], right = edges[1];
            Assert.True(left < 640 && right < 640 && Math.Abs(left - right) < 200, $"{name} ({path}) leaves {left:0}px on the left and {right:0}px on the right");
        }
    }

    [BrowserFact]
    public async Task An_explainer_prints_without_the_people_rail_and_its_paragraph_marks_name_their_article()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        var explainer = site.Content.Explainers.OrderBy(x => x.Id, StringComparer.Ordinal).First();
        await watched.GotoAsync($"/explainers/{explainer.Id}/");
        double screenHeight = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".rail-actors").IsVisibleAsync(), "the list of people should not print");
        // A citation's own text names the article ("Alrawi analysis ¶9"), so a paper copy says which it is.
        var mark = page.Locator(".doc-body a[href^='/sources/']").First;
        string href = (await mark.GetAttributeAsync("href"))!;
        string label = site.Content.Sources.Single(s => href.StartsWith($"/sources/{s.Id}/", StringComparison.Ordinal)).Label;
        string text = (await mark.TextContentAsync())!;
        Assert.Contains("¶", text, StringComparison.Ordinal);
        Assert.StartsWith(label, text, StringComparison.Ordinal);
        Assert.True(await mark.IsVisibleAsync());

        // A4 at 96 dpi with the browser's default margins holds about 1,000 px of text per page.
        double printHeight = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        Assert.True(printHeight < screenHeight * 0.75, $"print is {printHeight:0}px against {screenHeight:0}px on screen");
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
