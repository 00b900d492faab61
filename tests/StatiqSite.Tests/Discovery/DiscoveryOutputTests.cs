using System.Globalization;
using System.Text.Json;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>The downloads and the search index are the same bytes whatever the culture, and follow the base path.</summary>
public class DiscoveryOutputTests
{
    [Fact]
    public async Task Downloads_and_index_do_not_depend_on_the_culture()
    {
        using var site = new FixtureSite();
        var invariant = await BuiltSite.BuildAsync(site.Input);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with a decimal comma, other digits grouping and another calendar's month names.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var german = await BuiltSite.BuildAsync(site.Input);
            var paths = invariant.Files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal) || p.StartsWith("search/", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(paths);
            Assert.Equal(paths.Order(StringComparer.Ordinal), german.Files.Keys.Where(paths.Contains).Order(StringComparer.Ordinal));
            foreach (string path in paths)
            {
                Assert.True(invariant.Files[path].Bytes.Span.SequenceEqual(german.Files[path].Bytes.Span), path + " differs under de-DE");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Under_a_sub_path_every_download_link_and_url_carries_the_base_path()
    {
        using var site = new FixtureSite();
        var built = await BuiltSite.BuildAsync(site.Input, new Uri("https://example.org/briefing/"));
        var page = built.Html("data/index.html");
        var hrefs = page.QuerySelectorAll("table.downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/briefing/data/", h, StringComparison.Ordinal));

        var events = JsonDocument.Parse(built.Text("data/events.json")).RootElement.GetProperty("events");
        Assert.All(events.EnumerateArray(), e => Assert.StartsWith("https://example.org/briefing/events/", e.GetProperty("url").GetString(), StringComparison.Ordinal));
    }
}
