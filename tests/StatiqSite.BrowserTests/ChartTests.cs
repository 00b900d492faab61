using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;

namespace StatiqSite.BrowserTests;

/// <summary>Figure charts as readers see them: legible on a phone, following dark mode, present in print.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class ChartTests(SiteInBrowser site)
{
    private const string Visible = "() => [...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0).map(s => s.getAttribute('class'))";

    // The smallest rendered height of any label in the visible charts, in CSS pixels.
    private const string SmallestText =
        "() => Math.min(...[...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0).flatMap(s => [...s.querySelectorAll('text')]).map(t => t.getBoundingClientRect().height).filter(h => h > 0))";

    private const string BarFill = "() => getComputedStyle(document.querySelector('svg.chart-wide .chart-bar')).fill";

    private string FigurePath => $"/figures/{site.Content.Figures.OrderByDescending(f => f.Values.Length).First().Id}/";

    [BrowserFact]
    public async Task A_phone_gets_the_compact_chart_and_a_desktop_the_wide_one_both_legible()
    {
        foreach (var (width, expected) in new[] { (375, "chart chart-compact chart-alt"), (1280, "chart chart-wide") })
        {
            await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await watched.GotoAsync(FigurePath);
            Assert.Equal([expected], await watched.Page.EvaluateAsync<string[]>(Visible));
            double smallest = await watched.Page.EvaluateAsync<double>(SmallestText);
            Assert.True(smallest >= 10, $"at {width}px the smallest chart text is {smallest:0.#}px tall");
            watched.AssertNoErrors();
        }
    }

    [BrowserFact]
    public async Task Charts_follow_dark_mode_and_print_the_wide_chart()
    {
        await using var light = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        await light.GotoAsync(FigurePath);
        await using var dark = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await dark.GotoAsync(FigurePath);
        string lightFill = await light.Page.EvaluateAsync<string>(BarFill);
        string darkFill = await dark.Page.EvaluateAsync<string>(BarFill);
        Assert.NotEqual(lightFill, darkFill);
        Assert.NotEqual(
            await dark.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"),
            darkFill);

        await light.Page.SetViewportSizeAsync(375, 900);
        await light.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Contains("chart chart-wide", await light.Page.EvaluateAsync<string[]>(Visible));
        Assert.Equal("rgb(0, 0, 0)", await light.Page.EvaluateAsync<string>(BarFill));
    }
}
