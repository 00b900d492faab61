using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>axe-core over one page of each kind at 375 and 1280 pixels, in light and dark colour schemes and in print.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class AccessibilityTests(SiteInBrowser site)
{
    [BrowserFact]
    public Task Axe_finds_no_violations_in_the_light_scheme() => CheckAll(ColorScheme.Light);

    [BrowserFact]
    public Task Axe_finds_no_violations_in_the_dark_scheme() => CheckAll(ColorScheme.Dark);

    [BrowserFact]
    public Task Axe_finds_no_violations_in_print() => CheckAll(ColorScheme.Light, Media.Print);

    [BrowserFact]
    public async Task A_missing_page_answers_404_with_the_not_found_page()
    {
        await using var watched = await site.OpenAsync();
        var response = await watched.GotoAsync(SamplePages.Missing);
        Assert.Equal(404, response?.Status);
        Assert.Equal("Page not found", await watched.Page.Locator("h1").TextContentAsync());
        Assert.Equal(1, await watched.Page.Locator("main a[href='/timeline/']").CountAsync());
    }

    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_main()
    {
        await using var watched = await site.OpenAsync();
        await watched.GotoAsync("/timeline/");
        await watched.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await watched.Page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await watched.Page.Locator(".skip-link").IsVisibleAsync(), "the skip link should be visible when focused");
        await watched.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await watched.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        watched.AssertNoErrors();
    }

    private async Task CheckAll(ColorScheme scheme, Media media = Media.Screen)
    {
        var problems = new List<string>();
        foreach (int width in new[] { 375, 1280 })
        {
            await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await watched.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media });
            foreach (var (name, path) in SamplePages.Of(site.Content))
            {
                await watched.GotoAsync(path);
                var result = await watched.Page.RunAxe();
                Assert.True(result.Passes.Length > 0, $"axe checked nothing on {path}");
                problems.AddRange(result.Violations.Select(v =>
                    $"{name} ({path}) at {width}px: {v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }

            watched.AssertNoErrors(SamplePages.IsMissingPageStatus);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
