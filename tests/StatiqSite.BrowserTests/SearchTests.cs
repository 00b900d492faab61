using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatiqSite.BrowserTests.Support;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Preview;

namespace StatiqSite.BrowserTests;

/// <summary>/search/ in a real browser: aliases, the keyboard, an empty result, no JavaScript, and a sub-path.</summary>
[Collection(SiteInBrowserCollection.Name)]
public class SearchTests(SiteInBrowser site)
{
    private const string Status = "#search-status";
    private const string Focused = "() => document.activeElement && (document.activeElement.id || document.activeElement.getAttribute('href'))";

    /// <summary>Types a query the way a reader does and waits until the results are announced.</summary>
    private static async Task SearchAsync(IPage page, string query)
    {
        await page.Locator("#search-input").FillAsync(string.Empty);
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await page.WaitForFunctionAsync(
            "q => document.getElementById('search-status').textContent.includes('\\u201c' + q + '\\u201d')", query);
    }

    private static Task<string[]> ResultLinks(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results h2 a')].map(a => a.getAttribute('href'))");

    [BrowserFact]
    public async Task Aliases_prefixes_and_plurals_find_their_words_and_the_match_is_highlighted()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/search/");

        await SearchAsync(page, "Qassim");
        Assert.Equal("/actors/qassem-soleimani/", (await ResultLinks(page))[0]);
        Assert.Contains("Who", await page.Locator("#search-results .search-meta").First.TextContentAsync(), StringComparison.Ordinal);

        await SearchAsync(page, "Daesh");
        Assert.Equal("/actors/isis/", (await ResultLinks(page))[0]);
        var marks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results mark')].map(m => m.textContent)");
        Assert.Contains("Daesh", marks);
        Assert.Matches(@"^\d+ results for “Daesh”\.$", await page.Locator(Status).TextContentAsync());

        // Typing narrows as a prefix: "embass" already finds the embassy assault.
        await SearchAsync(page, "embass");
        Assert.Contains("/events/embassy-assault/", await ResultLinks(page));

        // A plural finds the singular: the content says "embassy" and never "embassies".
        await SearchAsync(page, "embassies");
        Assert.Contains("/events/embassy-assault/", await ResultLinks(page));
        marks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results mark')].map(m => m.textContent.toLowerCase())");
        Assert.Contains("embassy", marks);
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task The_search_works_from_the_keyboard_alone()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/search/");
        for (int i = 0; i < 30 && await page.EvaluateAsync<string?>(Focused) != "search-input"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("search-input", await page.EvaluateAsync<string?>(Focused));
        await page.Keyboard.TypeAsync("soleimani");

        // The address follows the query as it is typed, before Enter.
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('soleimani')");
        Assert.Equal("?q=soleimani", new Uri(page.Url).Query);
        await page.Keyboard.PressAsync("Enter");

        var links = await ResultLinks(page);
        Assert.True(links.Length >= 3, $"{links.Length} results");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[0], await page.EvaluateAsync<string?>(Focused));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[1], await page.EvaluateAsync<string?>(Focused));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(links[0], await page.EvaluateAsync<string?>(Focused));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-input", await page.EvaluateAsync<string?>(Focused));

        // The address is shareable: loading it runs the same search.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('soleimani')");
        Assert.Equal(links, await ResultLinks(page));
        Assert.Equal("soleimani", await page.Locator("#search-input").InputValueAsync());

        await page.Locator("#search-input").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[0], await page.EvaluateAsync<string?>(Focused));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("p => location.pathname === p && document.readyState !== 'loading'", links[0]);
        Assert.Equal("Qassem Soleimani", await page.Locator("h1").TextContentAsync());
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task A_body_hit_shows_an_excerpt_from_the_part_that_matched_and_every_index_url_carries_the_version()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await watched.GotoAsync("/search/");

        // One word found only in the body of a page whose parts share a block file, one only in a long
        // page whose parts have files of their own: both show the part that holds them, word marked.
        var manifest = JsonDocument.Parse(File(SearchManifest)).RootElement;
        var words = BodyOnlyWords(manifest);
        Assert.Equal([false, true], words.Select(w => w.Long));
        foreach (var (word, _) in words)
        {
            await SearchAsync(page, word);
            var marks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-excerpt mark')].map(m => m.textContent.toLowerCase())");
            Assert.Contains(marks, m => m.StartsWith(word, StringComparison.Ordinal));
        }

        string version = "?v=" + manifest.GetProperty("hash").GetString();
        var index = requested.Where(u => new Uri(u).AbsolutePath.StartsWith("/search/", StringComparison.Ordinal) && new Uri(u).AbsolutePath != "/search/").ToList();
        Assert.Contains(index, u => u.Contains("/search/p/", StringComparison.Ordinal));
        Assert.All(index.Where(u => !u.EndsWith(SearchManifest, StringComparison.Ordinal)), u => Assert.EndsWith(version, u, StringComparison.Ordinal));
        watched.AssertNoErrors();
    }

    private const string SearchManifest = "search/index.json";

    private byte[] File(string path) => site.Outputs.Single(o => o.Path == path).Bytes.ToArray();

    /// <summary>
    /// Words of six letters or more that only one page has, in its body only: the first such word of a
    /// page whose parts are in a block file, and of a page the manifest lists as long.
    /// </summary>
    private List<(string Word, bool Long)> BodyOnlyWords(JsonElement manifest)
    {
        var longPages = manifest.GetProperty("long").EnumerateArray().Select(d => d.GetInt32()).ToHashSet();
        var found = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var chunk in site.Outputs.Where(o => o.Path.StartsWith("search/t/", StringComparison.Ordinal)))
        {
            foreach (var term in JsonDocument.Parse(chunk.Bytes).RootElement.EnumerateObject())
            {
                var postings = term.Value.EnumerateArray().Select(x => x.GetInt32()).ToList();
                if (postings.Count == 2 && (postings[1] & 31) == 16 && term.Name.Length >= 6 && term.Name.All(char.IsAsciiLetterLower))
                {
                    found[term.Name] = longPages.Contains(postings[0]);
                }
            }
        }

        return [.. new[] { false, true }.Select(isLong => (found.First(f => f.Value == isLong).Key, isLong))];
    }

    [BrowserFact]
    public async Task An_empty_result_says_so_and_points_to_the_glossary_and_timeline()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/search/");
        await SearchAsync(page, "zzqxv");
        Assert.Equal("No results for “zzqxv”.", await page.Locator(Status).TextContentAsync());
        Assert.Empty(await ResultLinks(page));
        Assert.True(await page.Locator("#search-empty").IsVisibleAsync());
        Assert.True(await page.Locator("#search-empty a[href='/actors/']").IsVisibleAsync());
        Assert.True(await page.Locator("#search-empty a[href='/timeline/']").IsVisibleAsync());
        Assert.False(await page.Locator("#search-more").IsVisibleAsync());

        // Only stop words: nothing to search for, and the page says so rather than listing everything.
        await SearchAsync(page, "the");
        Assert.Empty(await ResultLinks(page));
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task When_the_index_cannot_be_fetched_the_page_says_so_and_offers_the_alternatives()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.RouteAsync("**/search/index.json", route => route.FulfillAsync(new RouteFulfillOptions { Status = 503 }));
        await watched.GotoAsync("/search/");
        await page.Locator("#search-input").PressSequentiallyAsync("iraq");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('not working')");
        Assert.True(await page.Locator("#search-empty a[href='/timeline/']").IsVisibleAsync());
        watched.AssertNoErrors(e => e.Contains("503", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task More_results_load_on_request_and_focus_moves_to_them()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync("/search/?q=iraq");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('iraq')");
        Assert.Equal(10, (await ResultLinks(page)).Length);
        await page.Locator("#search-more").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results h2 a').length > 10");
        var links = await ResultLinks(page);
        Assert.Equal(links[10], await page.EvaluateAsync<string?>(Focused));
        Assert.Equal(links.Length, links.Distinct(StringComparer.Ordinal).Count());
        watched.AssertNoErrors();
    }

    [BrowserFact]
    public async Task Without_javascript_the_page_offers_the_glossary_and_timeline_instead()
    {
        await using var watched = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = watched.Page;
        await watched.GotoAsync("/search/");
        Assert.True(await page.Locator("[data-search-nojs]").IsVisibleAsync());
        Assert.False(await page.Locator("form[role=search]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-search-nojs] a[href='/actors/']").IsVisibleAsync());
        Assert.True(await page.Locator("[data-search-nojs] a[href='/timeline/']").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Axe_finds_no_violations_in_search_results_in_light_and_dark()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var watched = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            await watched.GotoAsync("/search/?q=Daesh");
            await watched.Page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results mark').length > 0");
            var result = await watched.Page.RunAxe();
            Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v => $"{scheme}: {v.Id} {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
            watched.AssertNoErrors();
        }
    }

    [BrowserFact]
    public async Task Under_a_sub_path_search_fetches_its_index_and_links_inside_the_sub_path()
    {
        string root = Path.Combine(Path.GetTempPath(), "statiqsite-browser", Guid.NewGuid().ToString("N"));
        string output = Path.Combine(root, "output");
        var outcome = await SiteBuilder.RunAsync(
            new BuildOptions { InputPath = Repo.Input, OutputPath = output, AssetsPath = Repo.Assets, BaseUrl = new Uri("https://example.org/briefing/") },
            Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var app = PreviewServer.CreateApp(output, "/briefing/", "127.0.0.1", 0);
        await app.StartAsync();
        try
        {
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var watched = new WatchedPage(context, page, address);
            await using (watched)
            {
                await watched.GotoAsync("/briefing/search/");
                await SearchAsync(page, "Qassim");
                var links = await ResultLinks(page);
                Assert.Equal("/briefing/actors/qassem-soleimani/", links[0]);
                Assert.All(links, l => Assert.StartsWith("/briefing/", l, StringComparison.Ordinal));
                watched.AssertNoErrors();
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
