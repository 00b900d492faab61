using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// The generator's proof that it is not this site's: a second site on another topic and in another shape
/// (Fixtures/river-drought: two sources, none of them opinion, no figures, no about, methodology or corrections
/// page, no map, its own menu, footer, key-player groups and stylesheet) builds, shows its own title, navigation
/// and labels, and none of the real site's topic words.
/// </summary>
public class SecondSiteTests : IAsyncLifetime
{
    private static readonly string Input = Path.Combine(Repo.Root, "tests", "StatiqSite.Tests", "Fixtures", "river-drought");

    private BuiltSite built = null!;

    public async Task InitializeAsync() => built = await BuiltSite.BuildAsync(Input);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void No_page_names_the_first_sites_topic()
    {
        var found = new List<string>();
        foreach (var (path, output) in built.Files.Where(f => f.Value.IsHtml || f.Key.EndsWith(".json", StringComparison.Ordinal) || f.Key.EndsWith(".xml", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            found.AddRange(TopicWords.In(System.Net.WebUtility.HtmlDecode(output.AsText())).Select(w => $"{path}: {w}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void Every_page_has_the_sites_own_title_menu_and_footer()
    {
        foreach (var (path, _) in built.Files.Where(f => f.Value.IsHtml && !f.Key.Contains("redirect", StringComparison.Ordinal)))
        {
            var page = built.Html(path);
            Assert.Equal("Low Water on the Veltra", page.QuerySelector(".site-title")?.TextContent);
            Assert.Equal(["Timeline", "People and places", "Explainers", "Reports", "Search"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
            Assert.Equal(["/veltra/timeline/", "/veltra/actors/", "/veltra/explainers/", "/veltra/sources/", "/veltra/search/"], page.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
            Assert.Equal(["Reports", "Open data", "River archive"], page.QuerySelectorAll(".footer-links a").Select(a => a.TextContent));
            Assert.Equal("https://archive.example.net/veltra/", page.QuerySelectorAll(".footer-links a").Last().GetAttribute("href"));
        }

        // aria-current marks the section a page belongs to, under the site's own label.
        Assert.Equal("People and places", built.Html("actors/marrow-ford/index.html").QuerySelector(".site-nav a[aria-current=page]")?.TextContent);
        Assert.Equal("Reports", built.Html("sources/index.html").QuerySelector(".site-nav a[aria-current=page]")?.TextContent);
    }

    [Fact]
    public void Key_players_are_grouped_by_the_sites_own_groups_and_no_map_is_drawn()
    {
        var glossary = built.Html("actors/index.html");
        Assert.Equal(["Those who manage the water", "The towns along the river"], glossary.QuerySelectorAll("#key-players ~ .players h3").Select(h => h.TextContent));
        Assert.NotNull(glossary.QuerySelector("#side-river-towns + ul a[href='/veltra/actors/marrow-ford/']"));

        Assert.Null(built.Html("index.html").QuerySelector("figure.map"));
        Assert.Null(built.Html("actors/marrow-ford/index.html").QuerySelector("figure.map"));
    }

    [Fact]
    public void The_sites_own_stylesheet_replaces_the_themes_and_its_other_assets_are_published()
    {
        string href = built.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        string css = built.Text(href["/veltra/".Length..]);
        Assert.Equal(File.ReadAllText(Path.Combine(Input, "assets", "site.css")), css);
        Assert.Equal(File.ReadAllText(Path.Combine(Input, "assets", "river-mark.svg")), built.Text("assets/river-mark.svg"));
    }

    [Fact]
    public void Its_strings_file_words_its_pages_over_the_themes()
    {
        var glossary = built.Html("actors/index.html");
        Assert.Equal("People and places", glossary.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("The people, agencies and places of the drought", glossary.QuerySelector(".lede")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Search", built.Html("search/index.html").QuerySelector("h1")?.TextContent);
    }
}
