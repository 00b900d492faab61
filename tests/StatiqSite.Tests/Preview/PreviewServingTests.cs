using System.Net;
using StatiqSite.Preview;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Preview;

/// <summary>The preview serves the output like a static CDN, and adds its script only to responses.</summary>
public class PreviewServingTests
{
    [Fact]
    public async Task Serves_clean_urls_and_injects_the_reload_script_into_responses_only()
    {
        await using var preview = await PreviewFixture.StartAsync();

        string home = await preview.GetStringAsync("/");
        Assert.Contains("<script src=\"/__preview/live.js\"", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Test briefing</h1>", home, StringComparison.Ordinal);

        var bare = await preview.GetAsync("/about");
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/about/", bare.Headers.Location?.OriginalString);
        string about = await preview.GetStringAsync("/about/");
        Assert.Contains("<h1>About</h1>", about, StringComparison.Ordinal);
        Assert.Contains("/__preview/live.js", about, StringComparison.Ordinal);

        string script = await preview.GetStringAsync(LiveReload.ScriptPath);
        Assert.Contains("EventSource", script, StringComparison.Ordinal);

        // The built files themselves never carry the preview's script.
        foreach (string file in Directory.GetFiles(preview.Site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("__preview", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_path_gets_the_404_page_with_status_404()
    {
        await using var preview = await PreviewFixture.StartAsync();

        var response = await preview.GetAsync("/no/such/page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/__preview/live.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_each_file_with_the_type_the_build_gave_it()
    {
        // Every kind of asset a site may add: preview once served the images and fonts as downloads.
        string[] assets = ["photo.jpg", "map.png", "shape.webp", "body.woff2", "note.txt", "extra.css"];
        await using var preview = await PreviewFixture.StartAsync(prepare: site =>
        {
            Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
            foreach (string name in assets)
            {
                File.WriteAllBytes(Path.Combine(site.Input, "assets", name), [1, 2, 3]);
            }
        });

        var built = await BuiltSite.BuildAsync(preview.Site.Input);
        var checkedTypes = new List<string>();
        foreach (var output in built.Files.Values.Where(o => o.Path.StartsWith("assets/", StringComparison.Ordinal) || o.Path.EndsWith(".json", StringComparison.Ordinal) || o.Path == "index.html"))
        {
            var response = await preview.GetAsync("/" + output.Path);
            Assert.Equal(output.ContentType, response.Content.Headers.ContentType?.ToString());
            checkedTypes.Add(output.ContentType);
        }

        Assert.Contains(StatiqSite.Engine.ContentTypes.Jpeg, checkedTypes);
        Assert.Contains(StatiqSite.Engine.ContentTypes.Woff2, checkedTypes);
        Assert.Contains(StatiqSite.Engine.ContentTypes.Json, checkedTypes);
    }

    [Fact]
    public async Task A_normal_build_writes_no_preview_script()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);

        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.DoesNotContain("__preview", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Honours_the_redirects_file()
    {
        using var folder = new TempFolder();
        string root = folder.Combine("site");
        Write(root, "index.html", "<html><body>home</body></html>");
        Write(root, "new/index.html", "<html><body>the new page</body></html>");
        Write(root, "kept/index.html", "<html><body>a real page</body></html>");
        Write(root, "404.html", "<html><body>not here</body></html>");
        Write(root, "_redirects", """
            # old permalinks
            /old/ /new/ 301
            /moved /new/ 302
            /kept/ /new/
            /forced/ /new/ 308!
            /archive/* /new/?from=:splat
            /alias/ /new/ 200
            """);

        await using var app = PreviewServer.CreateApp(root, "/", "127.0.0.1", 0);
        await app.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };

        var old = await http.GetAsync(new Uri("/old/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/new/", old.Headers.Location?.OriginalString);

        var moved = await http.GetAsync(new Uri("/moved", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, moved.StatusCode);

        var splat = await http.GetAsync(new Uri("/archive/2020/item", UriKind.Relative));
        Assert.Equal("/new/?from=2020/item", splat.Headers.Location?.OriginalString);

        // A file at the path wins over a rule, as on Netlify, unless the rule is forced with '!'.
        var kept = await http.GetAsync(new Uri("/kept/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("a real page", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var alias = await http.GetAsync(new Uri("/alias/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.Contains("the new page", await alias.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var missing = await http.GetAsync(new Uri("/nowhere/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not here", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.StopAsync();
    }

    [Fact]
    public async Task Forced_rules_apply_even_where_a_file_exists()
    {
        using var folder = new TempFolder();
        string root = folder.Combine("site");
        Write(root, "forced/index.html", "<html><body>shadowed</body></html>");
        Write(root, "_redirects", "/forced/ /new/ 308!\n");

        await using var app = PreviewServer.CreateApp(root, "/", "127.0.0.1", 0);
        await app.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };

        var forced = await http.GetAsync(new Uri("/forced/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.PermanentRedirect, forced.StatusCode);
        Assert.Equal("/new/", forced.Headers.Location?.OriginalString);
        await app.StopAsync();
    }

    private static void Write(string root, string relative, string text)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
