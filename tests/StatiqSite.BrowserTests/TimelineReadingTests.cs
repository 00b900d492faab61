using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>
/// The timeline as a reader on a phone meets it (375 × 667 in Chromium): the first dated event within a
/// screen of the filters, the whole of it within twelve screens, the events a few Tab presses away, and
/// compact cards whose details open in place, with or without script.
/// </summary>
[Collection(SiteInBrowserCollection.Name)]
public class TimelineReadingTests(SiteInBrowser site)
{
    private const int Screen = 667;

    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 375, Height = Screen } };

    [BrowserFact]
    public async Task On_a_phone_the_first_dated_event_is_within_a_screen_and_the_whole_timeline_within_twelve()
    {
        await using var watched = await site.OpenAsync(Phone);
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");

        double filtersBottom = await page.EvaluateAsync<double>("() => document.querySelector('.filters').getBoundingClientRect().bottom + scrollY");
        double firstDated = await page.EvaluateAsync<double>("() => document.querySelector('.timeline-group:not(.timeline-background) .timeline-item').getBoundingClientRect().top + scrollY");
        Assert.True(firstDated - filtersBottom <= Screen, $"the first dated event starts {firstDated - filtersBottom} px below the filters");

        // From the top of the page to the last event: the footer is not the timeline.
        double height = await page.EvaluateAsync<double>("() => document.querySelector('.timeline-body').getBoundingClientRect().bottom + scrollY");
        Assert.True(height <= 12 * Screen, $"the timeline is {height} px, {height / Screen:F1} screens");

        Directory.CreateDirectory(Repo.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "timeline-reading-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "timeline-reading-1280.png"), FullPage = true });
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task A_keyboard_reaches_the_first_event_in_a_few_presses_by_the_skip_link_or_past_the_filters()
    {
        await using var watched = await site.OpenAsync(Phone);
        var page = watched.Page;
        await watched.GotoAsync("/timeline/");

        int presses = 0;
        while (presses < 40 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.timeline-item')"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }

        // The header's links come first (eight stops); the filters are one more, behind their disclosure.
        Assert.True(presses <= 12, $"{presses} Tab presses to reach the first event");

        // The skip link goes straight there.
        await watched.GotoAsync("/timeline/");
        await page.Locator(".skip-events a").ClickAsync();
        Assert.Equal("events", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task A_permalink_opens_its_card_and_details_open_in_place_with_and_without_script()
    {
        var e = site.Content.Events.First(x => x.Actors.Length > 1);
        await using (var watched = await site.OpenAsync(Phone))
        {
            await watched.GotoAsync($"/timeline/#event-{e.Id}");
            var card = watched.Page.Locator($"#event-{e.Id}");
            Assert.True(await card.Locator("details.event-more").EvaluateAsync<bool>("d => d.open"), "the permalink should open its card");
            Assert.True(await card.Locator(".event-actors").IsVisibleAsync());
            Assert.True(await watched.Page.EvaluateAsync<bool>($"() => {{ const r = document.getElementById('event-{e.Id}').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; }}"));
            watched.AssertNoErrors();
        }

        await using (var plain = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = Screen } }))
        {
            await plain.GotoAsync("/timeline/");
            var card = plain.Page.Locator($"#event-{e.Id}");
            Assert.False(await card.Locator(".event-actors").IsVisibleAsync(), "a card starts compact");
            Assert.True(await card.Locator(".event-lead").IsVisibleAsync());
            await card.Locator("details.event-more > summary").ClickAsync();
            Assert.True(await card.Locator(".event-actors").IsVisibleAsync(), "the details open in place without script");
            Assert.True(await card.Locator(".sources").IsVisibleAsync());
        }
    }
}
