using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>The timeline's filters: in place and by keyboard with JavaScript, as plain pages without it.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class TimelineFilterTests(SiteInBrowser site)
{
    private const string VisibleIds =
        "() => [...document.querySelectorAll('.timeline-item')].filter(li => li.offsetParent !== null).map(li => li.id).sort()";

    private const string FocusedFilter = "() => document.activeElement && document.activeElement.getAttribute('data-filter')";

    [BrowserFact]
    public async Task A_theme_filter_works_by_keyboard_in_place_and_its_url_round_trips()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");
        int total = site.Content.Events.Length;
        Assert.Equal(total, (await page.EvaluateAsync<string[]>(VisibleIds)).Length);

        await OpenFiltersByKeyboard(page);
        string? token = null;
        for (int i = 0; i < 80 && token?.StartsWith("theme:", StringComparison.Ordinal) != true; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            token = await page.EvaluateAsync<string?>(FocusedFilter);
        }

        Assert.StartsWith("theme:", token, StringComparison.Ordinal);
        string id = token!["theme:".Length..];
        string label = site.Content.Themes.Single(t => t.Id == id).Title;
        var expected = ExpectedForTheme(id);
        Assert.InRange(expected.Length, 1, total - 1);

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal($"/timeline/themes/{id}/", watched.PathOf());
        Assert.Equal(expected, await page.EvaluateAsync<string[]>(VisibleIds));
        Assert.Equal($"Timeline: {label}", await page.Locator("h1").TextContentAsync());
        Assert.Contains($"Showing {expected.Length} of {total} events", await page.Locator("#timeline-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(token, await page.EvaluateAsync<string?>(FocusedFilter));
        Assert.Equal("page", await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('aria-current')"));

        // The shared address is a real page that shows the same events.
        await page.ReloadAsync();
        Assert.Equal($"/timeline/themes/{id}/", watched.PathOf());
        Assert.Equal(expected, await page.EvaluateAsync<string[]>(VisibleIds));
        Assert.Equal($"Timeline: {label}", await page.Locator("h1").TextContentAsync());

        await page.GoBackAsync();
        Assert.Equal("/timeline/", watched.PathOf());
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.Locator("[data-timeline='all']").WaitForAsync();
        Assert.Equal(total, (await page.EvaluateAsync<string[]>(VisibleIds)).Length);
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task An_actor_filter_opens_by_keyboard_and_back_and_forward_restore_each_view()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");

        await OpenFiltersByKeyboard(page);
        for (int i = 0; i < 80 && await page.EvaluateAsync<bool>("() => !document.activeElement.closest('.filter-actors') || document.activeElement.tagName !== 'SUMMARY'"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details.filter-actors").EvaluateAsync<bool>("d => d.open"), "Enter on the summary should open the actor list");
        await page.Keyboard.PressAsync("Tab");
        string token = (await page.EvaluateAsync<string?>(FocusedFilter))!;
        Assert.StartsWith("actor:", token, StringComparison.Ordinal);
        string id = token["actor:".Length..];
        var expected = site.Content.Events
            .Where(e => e.Actors.Any(a => a.ActorId == id) || e.Location?.Id == id)
            .Select(e => $"event-{e.Id}").Order(StringComparer.Ordinal).ToArray();

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal($"/timeline/actors/{id}/", watched.PathOf());
        Assert.Equal(expected, await page.EvaluateAsync<string[]>(VisibleIds));

        await page.GoBackAsync();
        Assert.Equal("/timeline/", watched.PathOf());
        Assert.Equal(site.Content.Events.Length, (await page.EvaluateAsync<string[]>(VisibleIds)).Length);
        Assert.Equal("Timeline", await page.Locator("h1").TextContentAsync());

        await page.GoForwardAsync();
        Assert.Equal($"/timeline/actors/{id}/", watched.PathOf());
        Assert.Equal(expected, await page.EvaluateAsync<string[]>(VisibleIds));
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Without_javascript_the_filters_are_pages_that_work()
    {
        await using var watched = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");

        await page.Locator(".filters-box > summary").ClickAsync();
        var theme = page.Locator(".filter-list a[data-filter^='theme:']").First;
        string id = (await theme.GetAttributeAsync("data-filter"))!["theme:".Length..];
        await theme.ClickAsync();
        await page.WaitForURLAsync($"**/timeline/themes/{id}/");
        Assert.Equal(ExpectedForTheme(id), await page.EvaluateAsync<string[]>(VisibleIds));

        await page.Locator(".filters-box > summary").ClickAsync();
        await page.Locator(".filter-actors > summary").ClickAsync();
        var actor = page.Locator(".filter-actors a[data-filter^='actor:']").First;
        string actorId = (await actor.GetAttributeAsync("data-filter"))!["actor:".Length..];
        await actor.ClickAsync();
        await page.WaitForURLAsync($"**/timeline/actors/{actorId}/");
        int expected = site.Content.Events.Count(e => e.Actors.Any(a => a.ActorId == actorId) || e.Location?.Id == actorId);
        Assert.Equal(expected, (await page.EvaluateAsync<string[]>(VisibleIds)).Length);

        await page.Locator(".timeline-reset a").ClickAsync();
        await page.WaitForURLAsync("**/timeline/");
        Assert.Equal(site.Content.Events.Length, (await page.EvaluateAsync<string[]>(VisibleIds)).Length);
    }

    /// <summary>The filters sit behind one disclosure, so that the events are a few Tab presses away: it opens with Enter.</summary>
    private static async Task OpenFiltersByKeyboard(IPage page)
    {
        for (int i = 0; i < 20 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('.filters-box > summary')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details.filters-box").EvaluateAsync<bool>("d => d.open"), "Enter on the summary should open the filters");
    }

    private string[] ExpectedForTheme(string id) => site.Content.Events
        .Where(e => e.Themes.Any(t => t.Id == id))
        .Select(e => $"event-{e.Id}").Order(StringComparer.Ordinal).ToArray();
}
