using System.Text.Json;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>The /search/ page and its script, as built: what works without JavaScript, and what the script may do.</summary>
public class SearchPageTests
{
    private static string Script => File.ReadAllText(Path.Combine(Repo.Assets, "search.js"));

    [Fact]
    public void The_script_is_small_and_never_parses_index_text_as_html()
    {
        Assert.True(new FileInfo(Path.Combine(Repo.Assets, "search.js")).Length <= 10 * 1024, "search.js is over 10 KB");
        foreach (string sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute(\"style", ".style." })
        {
            Assert.DoesNotContain(sink, Script, StringComparison.Ordinal);
        }

        Assert.Contains("textContent", Script, StringComparison.Ordinal);
        Assert.Contains("createTextNode", Script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_and_the_indexer_share_the_same_stop_words_through_the_manifest()
    {
        Assert.Contains("manifest.stop", Script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"the\"", Script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_so_and_offers_the_glossary_and_timeline()
    {
        using var site = new FixtureSite();
        var built = await BuiltSite.BuildAsync(site.Input);
        var page = built.Html("search/index.html");

        var message = page.QuerySelector("[data-search-nojs]");
        Assert.NotNull(message);
        Assert.False(message.HasAttribute("hidden"));
        Assert.Contains("JavaScript", message.TextContent, StringComparison.Ordinal);
        Assert.NotNull(message.QuerySelector("a[href='/actors/']"));
        Assert.NotNull(message.QuerySelector("a[href='/timeline/']"));

        // The form needs the script, so it starts hidden and the script reveals it.
        var form = page.QuerySelector("form[role=search]");
        Assert.NotNull(form);
        Assert.True(form.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("label[for='search-input']"));
        Assert.Equal("polite", page.QuerySelector("#search-status")?.GetAttribute("aria-live"));

        // Strict CSP: no inline script or style anywhere on the page.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", "inline script"));
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Under_a_sub_path_the_page_the_script_and_every_indexed_url_carry_the_base_path()
    {
        using var site = new FixtureSite();
        var built = await BuiltSite.BuildAsync(site.Input, new Uri("https://example.org/briefing/"));
        var page = built.Html("search/index.html");
        Assert.Equal("/briefing/search/index.json", page.QuerySelector("form")?.GetAttribute("data-index"));
        Assert.Equal("/briefing/search/", page.QuerySelector("form")?.GetAttribute("action"));
        string script = page.QuerySelector("script[src*='search.']")!.GetAttribute("src")!;
        Assert.StartsWith("/briefing/assets/search.", script, StringComparison.Ordinal);
        Assert.True(built.Files.ContainsKey(script["/briefing/".Length..]));

        var index = SearchIndexReader.For(built);
        Assert.True(index.Documents > 0);
        foreach (int i in Enumerable.Range(0, index.Documents))
        {
            Assert.StartsWith("/briefing/", index.Doc(i).GetProperty("u").GetString(), StringComparison.Ordinal);
        }

        // The script resolves every index file relative to the manifest's address, so it needs no knowledge
        // of the base path: the files sit beside the manifest under the sub-path, outside assets/.
        var manifest = JsonDocument.Parse(built.Text("search/index.json")).RootElement;
        string resolved = new Uri(new Uri("https://example.org/briefing/search/index.json"), "d/0.json?v=" + manifest.GetProperty("hash").GetString()).AbsolutePath;
        Assert.Equal("/briefing/search/d/0.json", resolved);
        Assert.True(built.Files.ContainsKey(resolved["/briefing/".Length..]), resolved);
        Assert.DoesNotContain(built.Files.Keys, p => p.StartsWith("assets/search/", StringComparison.Ordinal));
    }
}
