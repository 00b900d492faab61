using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>What every built page must have, checked over all of them: the accessible skeleton and working links.</summary>
[Collection(RealSiteCollection.Name)]
public class PageStructureTests(RealSite site)
{
    [Fact]
    public void Every_page_has_one_h1_landmarks_a_skip_link_and_a_language()
    {
        var pages = site.AllPages().ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages were built");
        foreach (string url in pages)
        {
            var page = site.Page(url);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{url} should have exactly one h1");
            Assert.NotNull(page.QuerySelector("header.site-header"));
            Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Equal("#main", page.QuerySelector("body > a.skip-link")?.GetAttribute("href"));
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), url);
        }
    }

    [Fact]
    public void Hidden_words_for_screen_readers_are_not_glued_to_the_visible_word_before_them()
    {
        // Razor drops a space before an expression at the start of an element: "Previous<span> briefing</span>"
        // came out as "Previousbriefing", read as one word.
        int checkedWords = 0;
        foreach (string url in site.AllPages())
        {
            foreach (var hidden in site.Page(url).QuerySelectorAll(".visually-hidden"))
            {
                if (hidden.PreviousSibling is AngleSharp.Dom.IText { Data: { Length: > 0 } before } && char.IsLetterOrDigit(before[^1]))
                {
                    checkedWords++;
                    Assert.False(hidden.TextContent.Length > 0 && char.IsLetterOrDigit(hidden.TextContent[0]),
                        $"{url}: '{before}' runs into the hidden '{hidden.TextContent}'");
                }
            }
        }

        Assert.True(checkedWords > 0, "no hidden words follow visible ones: the check looked at nothing");
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (string url in site.AllPages())
        {
            var duplicates = site.Page(url).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{url} repeats ids: {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void No_page_has_inline_scripts_styles_or_event_handlers()
    {
        foreach (string url in site.AllPages())
        {
            var page = site.Page(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")) && s.GetAttribute("type") != "application/ld+json", $"{url} has an inline script"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        foreach (string url in site.AllPages())
        {
            foreach (var a in site.Page(url).QuerySelectorAll("a[href]"))
            {
                string href = a.GetAttribute("href")!;
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                string target = href.StartsWith('#') ? url + href : href;
                string path = target.Split('#')[0];
                Assert.True(site.Exists(path), $"{url} links to {href}, which does not exist");
                if (target.Contains('#', StringComparison.Ordinal))
                {
                    string fragment = target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..];
                    Assert.True(site.Page(path).GetElementById(fragment) is not null, $"{url} links to {href}, whose anchor does not exist");
                }
            }
        }
    }

    [Fact]
    public void Every_folder_above_a_page_has_a_page_of_its_own_that_links_to_the_pages_below()
    {
        var pages = site.AllPages().ToHashSet(StringComparer.Ordinal);
        var folders = pages.Where(u => u.Count(c => c == '/') > 2)
            .Select(u => u[..(u.TrimEnd('/').LastIndexOf('/') + 1)])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("/events/", folders);
        foreach (string folder in folders)
        {
            Assert.True(site.Exists(folder), $"{folder} holds pages but has none of its own");
            var links = site.Page(folder).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
            var below = pages.Where(u => u.StartsWith(folder, StringComparison.Ordinal) && u != folder && !folders.Contains(u)
                && u.Count(c => c == '/') == folder.Count(c => c == '/') + 1 && site.Page(u).QuerySelector("meta[http-equiv=refresh]") is null).ToList();
            Assert.All(below, u => Assert.True(links.Contains(u), $"{folder} does not link to {u}"));
        }
    }

    [Fact]
    public void No_page_is_over_50_KB_compressed_the_map_included()
    {
        foreach (string url in site.AllPages())
        {
            string file = Path.Combine(site.Output, url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/'));
            using var compressed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(File.ReadAllBytes(file));
            }

            Assert.True(compressed.Length <= 50 * 1024, $"{url} is {compressed.Length / 1024} KB compressed");
        }

        Assert.Contains("<svg class=\"map-svg\"", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_stays_within_its_budgets()
    {
        Assert.InRange(new FileInfo(Path.Combine(Repo.Assets, "site.css")).Length, 1, 20 * 1024);
        Assert.InRange(new FileInfo(Path.Combine(Repo.Assets, "app.js")).Length, 1, 10 * 1024);
    }
}
