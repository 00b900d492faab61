using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>
/// timeline.json read by the client it is made for: Knight Lab's TimelineJS 3 from the npm registry, in
/// Chromium, offline. Every event becomes a slide, uncertain dates become spans, and the eras, which
/// TimelineJS draws in one band, do not hide each other.
/// </summary>
[Collection(SiteInBrowserCollection.Name)]
public class TimelineJsClientTests(SiteInBrowser site)
{
    private const string Package = "@knight-lab/timelinejs";

    [ClientFact(Package)]
    public async Task TimelineJS_draws_every_event_and_every_era_without_overlap()
    {
        string json = Encoding.UTF8.GetString(site.Outputs.Single(o => o.Path == "data/timeline.json").Bytes.Span);
        using var data = JsonDocument.Parse(json);
        int events = data.RootElement.GetProperty("events").GetArrayLength();
        int eras = data.RootElement.GetProperty("eras").GetArrayLength();

        await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = watched.Page;
        // Offline: TimelineJS asks the network for nothing it needs here (fonts, language files are built in for English).
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.SetContentAsync("<!doctype html><html><head><meta charset='utf-8'></head><body><div id='tl' style='width:1200px;height:700px'></div></body></html>");
        string dist = Path.Combine(Repo.Client(Package), "dist");
        await page.AddStyleTagAsync(new() { Path = Path.Combine(dist, "css", "timeline.css") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(dist, "js", "timeline.js") });

        await page.EvaluateAsync("json => { window.tl = new TL.Timeline('tl', JSON.parse(json), { timenav_height_percentage: 40 }); }", json);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.tl-timemarker').length > 0", null, new() { Timeout = 10_000 });

        Assert.Equal(events, await page.EvaluateAsync<int>("() => document.querySelectorAll('.tl-timemarker').length"));
        Assert.Equal(events + 1, await page.EvaluateAsync<int>("() => document.querySelectorAll('.tl-slide').length"));

        // A slide with an end date is drawn as a span; an interval in the content must be one.
        int spans = await page.EvaluateAsync<int>("() => document.querySelectorAll('.tl-timemarker-with-end').length");
        int withEnd = data.RootElement.GetProperty("events").EnumerateArray().Count(e => e.TryGetProperty("end_date", out _));
        Assert.Equal(withEnd, spans);
        Assert.True(withEnd > events / 2, "most of the real events are intervals");

        // Where TimelineJS places each era on its time axis (it may still be animating them into place).
        var rects = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.tl-timeera')].map(e => [parseFloat(e.style.left), parseFloat(e.style.left) + parseFloat(e.style.width)]).sort((a, b) => a[0] - b[0])");
        Assert.Equal(eras, rects.Length);
        for (int i = 0; i + 1 < rects.Length; i++)
        {
            Assert.True(rects[i][1] <= rects[i + 1][0] + 1, $"era {i} ({rects[i][0]:F0}–{rects[i][1]:F0} px) overlaps era {i + 1} ({rects[i + 1][0]:F0}–{rects[i + 1][1]:F0} px)");
            Assert.True(rects[i][1] - rects[i][0] > 1, $"era {i} has no width");
        }

        Directory.CreateDirectory(Repo.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "timelinejs-1280.png") });
    }
}
