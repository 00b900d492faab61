using System.Net;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Preview;

/// <summary>Drives a running preview: edits files and watches what the open pages are told.</summary>
public class LiveReloadTests
{
    [Fact]
    public async Task Editing_content_rebuilds_and_tells_pages_to_reload()
    {
        await using var preview = await PreviewFixture.StartAsync();
        await using var events = await preview.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync()).Name);

        preview.Site.Write("pages/about.md", """
            ---
            title: About us
            summary: What this is.
            ---
            Edited.
            """);
        await events.NextAsync("reload");

        string about = await preview.GetStringAsync("/about/");
        Assert.Contains("<h1>About us</h1>", about, StringComparison.Ordinal);
        Assert.Contains("<h1>About us</h1>", File.ReadAllText(Path.Combine(preview.Site.Output, "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_without_a_reload()
    {
        await using var preview = await PreviewFixture.StartAsync();
        string home = await preview.GetStringAsync("/");
        string oldHref = Html.Parse(home).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        await using var events = await preview.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync()).Name);

        File.AppendAllText(Path.Combine(preview.Assets, "site.css"), "\n.test-only { color: red; }\n");
        var skipped = new List<string>();
        string swap = await events.NextAsync("css", skipped);

        Assert.DoesNotContain("reload", skipped);
        Assert.Contains($"\"from\":\"{oldHref}\"", swap, StringComparison.Ordinal);
        string newHref = Html.Parse(await preview.GetStringAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.NotEqual(oldHref, newHref);
        Assert.Contains($"\"to\":\"{newHref}\"", swap, StringComparison.Ordinal);
        Assert.Contains(".test-only", await preview.GetStringAsync(newHref), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_error_shows_an_overlay_over_the_last_good_build_and_recovers()
    {
        await using var preview = await PreviewFixture.StartAsync();
        await using var events = await preview.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync()).Name);
        string good = File.ReadAllText(Path.Combine(preview.Site.Input, "events", "2020-01-03-strike.yml"));

        preview.Site.Write("events/2020-01-03-strike.yml", good.Replace("id: soleimani", "id: soleimni", StringComparison.Ordinal));
        string problems = await events.NextAsync("problems");

        Assert.Contains("2020-01-03-strike.yml", problems, StringComparison.Ordinal);
        Assert.Contains("\"line\":6", problems, StringComparison.Ordinal);
        Assert.Contains("SS0203", problems, StringComparison.Ordinal);

        // The last good build is still served, with the problems drawn over it.
        var page = Html.Parse(await preview.GetStringAsync("/about/"));
        Assert.Equal("About", page.QuerySelector("h1")?.TextContent);
        var overlay = page.QuerySelector("#statiqsite-preview-overlay");
        Assert.NotNull(overlay);
        Assert.Contains("events/2020-01-03-strike.yml:6:", overlay.TextContent, StringComparison.Ordinal);
        Assert.Contains("unknown actor 'soleimni'", overlay.TextContent, StringComparison.Ordinal);

        // Fixing the file recovers: the pages reload and the overlay is gone.
        preview.Site.Write("events/2020-01-03-strike.yml", good.TrimEnd('\n'));
        await events.NextAsync("reload");
        Assert.Null(Html.Parse(await preview.GetStringAsync("/about/")).QuerySelector("#statiqsite-preview-overlay"));
    }

    [Theory]
    [InlineData("pages/about.md", "---\ntitle: About\nsummary: What this is.\n---\nHello.\n\n", "SS0505")]
    [InlineData("pages/about.md", "---\ntitle: About\nsummary: What this is.\n---\n", "SS0506")]
    public async Task Markdown_nested_too_deeply_shows_the_overlay_not_only_a_log_line(string file, string start, string code)
    {
        await using var preview = await PreviewFixture.StartAsync();
        await using var events = await preview.EventsAsync();
        Assert.Equal("hello", (await events.NextAsync()).Name);

        // Block quotes past the line limit, or brackets past Markdig's own depth limit: once a crash, now a problem.
        preview.Site.Write(file, start + (code == "SS0505" ? string.Concat(Enumerable.Repeat("> ", 128)) : new string('[', 200)) + "\n");
        string problems = await events.NextAsync("problems");

        Assert.Contains(code, problems, StringComparison.Ordinal);
        var overlay = Html.Parse(await preview.GetStringAsync("/about/")).QuerySelector("#statiqsite-preview-overlay");
        Assert.NotNull(overlay);
        Assert.Contains(file, overlay.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_never_built_shows_its_problems_and_serves_once_fixed()
    {
        string? good = null;
        await using var preview = await PreviewFixture.StartAsync(prepare: site =>
        {
            good = File.ReadAllText(Path.Combine(site.Input, "site.yml"));
            site.Write("site.yml", "title: [unclosed");
        });

        var failed = await preview.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        string page = await failed.Content.ReadAsStringAsync();
        Assert.Contains("site.yml:2:1: error SS0101", page, StringComparison.Ordinal);
        Assert.Contains("/__preview/live.js", page, StringComparison.Ordinal);

        var next = preview.Host.Rebuilder.NextBuild;
        preview.Site.Write("site.yml", good!.TrimEnd('\n'));
        Assert.True((await next).Succeeded);
        Assert.Contains("<h1>Test briefing</h1>", await preview.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_save_burst_makes_one_rebuild()
    {
        // A long quiet period, so that a loaded machine still sees the burst as one.
        await using var preview = await PreviewFixture.StartAsync(TimeSpan.FromMilliseconds(400));
        int before = preview.Host.Rebuilder.Builds;
        var next = preview.Host.Rebuilder.NextBuild;

        // What editors do on save: write a temporary file beside the real one, keep a backup, rename over.
        string real = Path.Combine(preview.Site.Input, "pages", "about.md");
        string temporary = Path.Combine(preview.Site.Input, "pages", ".about.md.swp");
        File.Copy(real, real + "~", overwrite: true);
        File.WriteAllText(temporary, File.ReadAllText(real).Replace("This site is a test.", "This site is still a test.", StringComparison.Ordinal));
        File.Move(temporary, real, overwrite: true);
        File.SetLastWriteTimeUtc(real, DateTime.UtcNow);
        File.Delete(real + "~");

        var outcome = await next;
        Assert.True(outcome.Succeeded);
        Assert.Contains("about/index.html", outcome.Changed);

        // Wait well past the quiet period: no second build may follow from the same burst.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(before + 1, preview.Host.Rebuilder.Builds);
    }

    [Fact]
    public async Task A_rebuild_writes_only_the_files_whose_bytes_changed()
    {
        await using var preview = await PreviewFixture.StartAsync();
        string home = Path.Combine(preview.Site.Output, "index.html");
        var homeWritten = File.GetLastWriteTimeUtc(home);
        var next = preview.Host.Rebuilder.NextBuild;

        preview.Site.Write("pages/about.md", """
            ---
            title: About
            summary: What this is, edited.
            ---
            This site is a test.
            """);
        var outcome = await next;

        // The page and what is derived from its text (the search index's manifest and the files that hold the page) change;
        // pages that do not show it stay as they were.
        Assert.Contains("about/index.html", outcome.Changed);
        Assert.DoesNotContain("index.html", outcome.Changed);
        Assert.DoesNotContain("events/strike/index.html", outcome.Changed);
        Assert.Equal(homeWritten, File.GetLastWriteTimeUtc(home));
        Assert.Contains("edited.", File.ReadAllText(Path.Combine(preview.Site.Output, "about", "index.html")), StringComparison.Ordinal);
    }
}
