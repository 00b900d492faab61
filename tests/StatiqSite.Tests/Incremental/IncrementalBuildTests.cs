using System.Security.Cryptography;
using StatiqSite.Discovery.Search;
using StatiqSite.Engine;
using StatiqSite.Incremental;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Incremental;

/// <summary>
/// After every kind of edit, a rebuild that reuses the previous build's caches and writes only what
/// changed must leave exactly the files a clean build of the same input writes.
/// </summary>
public class IncrementalBuildTests
{
    public static TheoryData<string> Edits => new()
    {
        "event", "actor", "era", "explainer", "briefing", "page", "site.yml", "css", "delete a file", "add a file", "rename an id",
        "source", "briefing cites a source", "theme", "correction",

        // Reads the hand-kept input lists missed: the corrections page shows a corrected briefing's title,
        // the home page counts eras, and every date on every page reads the language's rules.
        "retitle a corrected briefing", "add an era", "language rules",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_incremental_rebuild_writes_what_a_clean_build_writes(string edit)
    {
        using var site = new FixtureSite();
        site.Write("explainers/the-strike.md", """
            ---
            title: Why the strike mattered
            summary: The strike and what followed.
            events: [strike]
            ---
            ## Background

            [Soleimani](actor:soleimani) was killed in [the strike](event:strike).

            {{< event strike >}}
            """);
        if (edit == "retitle a corrected briefing")
        {
            site.Write("corrections.yml", "- date: 2026-11-01\n  page: briefing:strike-week\n  what: The date was a month out.\n");
        }

        using var assets = new TempFolder();
        foreach (string file in Directory.GetFiles(Repo.Assets))
        {
            File.Copy(file, assets.Combine(Path.GetFileName(file)));
        }

        var options = site.Options() with { AssetsPath = assets.Path, Drafts = true };
        var session = new BuildSession();
        var first = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        Edit(site, assets.Path, edit);
        var incremental = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));

        using var clean = new TempFolder();
        var full = await SiteBuilder.RunAsync(options with { OutputPath = clean.Combine("output") }, Log.Silent);
        Assert.True(full.Succeeded);
        var expected = Snapshot(clean.Combine("output"));
        var actual = Snapshot(site.Output);
        var stale = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToList();
        Assert.True(stale.Count == 0, "these files differ from a clean build: " + string.Join(", ", stale));
        Assert.Equal(full.Diagnostics, incremental.Diagnostics);
    }

    [Fact]
    public async Task A_rebuild_parses_only_the_changed_file_and_draws_only_the_pages_that_show_it()
    {
        using var site = new FixtureSite();
        var options = site.Options();
        var session = new BuildSession();
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent, session)).Succeeded);
        int texts = session.Cache<MarkupCache>().Rendered;
        Assert.True(texts > 3);

        site.Write("briefings/2020-01-strike-week.md", """
            ---
            title: The week of the strike
            date: 2020-01
            summary: Things escalated.
            events: [strike]
            ---
            ## Why it matters

            A general was killed, and more [¶2](source:article-one#2).
            """);
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent, session)).Succeeded);

        Assert.Equal(1, session.Cache<FileCache>().Parsed);
        Assert.Equal(1, session.Cache<MarkupCache>().Rendered);

        // Search describes and tokenizes the one changed page again, and keeps every other page's terms.
        Assert.Equal(1, session.Cache<SearchIndexCache>().Described);
        Assert.Equal(1, session.Cache<SearchIndexCache>().Tokenized);

        // The briefing's own page and the pages that list it are drawn again; pages of events, actors and
        // timeline filters that do not show it are kept as they were.
        var drawn = session.Cache<PageCache>().DrawnPaths;
        Assert.Contains("briefings/strike-week/index.html", drawn);
        Assert.Contains("index.html", drawn);
        Assert.DoesNotContain("events/invasion/index.html", drawn);
        Assert.DoesNotContain("actors/baghdad/index.html", drawn);
        Assert.DoesNotContain("timeline/themes/crisis/index.html", drawn);
        foreach (string kept in new[] { "events/invasion/index.html", "actors/baghdad/index.html", "timeline/themes/crisis/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, kept)), kept);
        }
    }

    [Fact]
    public async Task Problems_of_unchanged_files_are_reported_again_from_the_cache()
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", """
            title: The invasion
            date: "2003"
            era: early
            summary: The invasion began, see [nothing](event:no-such-event).
            sources:
              - source: column
                locator: ¶3
            """);
        var options = site.Options();
        var session = new BuildSession();
        var first = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.False(first.Succeeded);

        site.Write("pages/about.md", "---\ntitle: About\nsummary: Changed.\n---\nText.");
        var second = await SiteBuilder.RunAsync(options, Log.Silent, session);

        Assert.False(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.Message.Contains("no-such-event", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_heading_renamed_on_one_page_breaks_the_fragment_link_on_an_unchanged_page()
    {
        using var site = new FixtureSite();
        site.Write("pages/methodology.md", "---\ntitle: Methodology\nsummary: How.\n---\nSee [why it matters](/briefings/strike-week/#why-it-matters).");
        var options = site.Options();
        var session = new BuildSession();
        var first = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        // The methodology page's bytes do not change, so its links are checked again only because
        // the ids of the page it links to did.
        string briefing = Path.Combine(site.Input, "briefings/2020-01-strike-week.md");
        File.WriteAllText(briefing, File.ReadAllText(briefing).Replace("## Why it matters", "## Why it mattered", StringComparison.Ordinal));
        var second = await SiteBuilder.RunAsync(options, Log.Silent, session);

        Assert.False(second.Succeeded);
        var broken = Assert.Single(second.Diagnostics, d => d.Code == Diagnostics.Codes.BrokenLink);
        Assert.Contains("#why-it-matters", broken.Message, StringComparison.Ordinal);
        using var clean = new TempFolder();
        var full = await SiteBuilder.RunAsync(options with { OutputPath = clean.Combine("output") }, Log.Silent);
        Assert.Equal(full.Diagnostics, second.Diagnostics);

        // Put back, the error goes, again without the methodology page changing.
        File.WriteAllText(briefing, File.ReadAllText(briefing).Replace("## Why it mattered", "## Why it matters", StringComparison.Ordinal));
        var third = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.True(third.Succeeded, string.Join('\n', third.Diagnostics));
    }

    [Fact]
    public async Task A_broken_link_added_in_preview_is_reported_and_goes_when_fixed()
    {
        using var site = new FixtureSite();
        var options = site.Options();
        var session = new BuildSession();
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent, session)).Succeeded);

        site.Write("pages/methodology.md", "---\ntitle: Methodology\nsummary: How.\n---\nSee [nothing](/no-such-page/).");
        var broken = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.Contains(broken.Diagnostics, d => d.Code == Diagnostics.Codes.BrokenLink && d.Message.Contains("/no-such-page/", StringComparison.Ordinal));

        site.Write("pages/methodology.md", "---\ntitle: Methodology\nsummary: How.\n---\nSee [the timeline](/timeline/).");
        var fixedUp = await SiteBuilder.RunAsync(options, Log.Silent, session);
        Assert.True(fixedUp.Succeeded, string.Join('\n', fixedUp.Diagnostics));
    }

    private static void Edit(FixtureSite site, string assets, string edit)
    {
        string Read(string path) => File.ReadAllText(Path.Combine(site.Input, path));
        void Replace(string path, string from, string to)
        {
            string text = Read(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(site.Input, path), text.Replace(from, to, StringComparison.Ordinal));
        }

        switch (edit)
        {
            case "event":
                Replace("events/2020-01-03-strike.yml", "title: The strike", "title: The drone strike");
                break;
            case "actor":
                Replace("actors/soleimani.yml", "role: Commander of the Quds Force", "role: Head of the Quds Force");
                break;
            case "era":
                Replace("eras.yml", "title: Later", "title: The later years");
                break;
            case "explainer":
                Replace("explainers/the-strike.md", "was killed in", "died in");
                break;
            case "briefing":
                Replace("briefings/2020-01-strike-week.md", "title: The week of the strike", "title: The week after the strike");
                break;
            case "page":
                Replace("pages/about.md", "This site is a test.", "This site is only a test.");
                break;
            case "site.yml":
                Replace("site.yml", "title: Test briefing", "title: Test briefing, revised");
                break;
            case "css":
                File.AppendAllText(Path.Combine(assets, "site.css"), "\n.incremental-test { color: red; }\n");
                break;
            case "delete a file":
                File.Delete(Path.Combine(site.Input, "briefings/2020-01-strike-week.md"));
                break;
            case "add a file":
                site.Write("briefings/2021-04-new.md", "---\ntitle: A new briefing\ndate: 2021-04\nsummary: Newer.\n---\nNew text about [the strike](event:strike).");
                break;
            case "rename an id":
                File.Move(Path.Combine(site.Input, "events/2020-01-03-strike.yml"), Path.Combine(site.Input, "events/2020-01-03-drone-strike.yml"));
                Replace("pages/about.md", "event:strike", "event:drone-strike");
                Replace("pages/about.md", "{{< event strike >}}", "{{< event drone-strike >}}");
                Replace("briefings/2020-01-strike-week.md", "events: [strike]", "events: [drone-strike]");
                Replace("explainers/the-strike.md", "events: [strike]", "events: [drone-strike]");
                Replace("explainers/the-strike.md", "event:strike", "event:drone-strike");
                Replace("explainers/the-strike.md", "{{< event strike >}}", "{{< event drone-strike >}}");
                break;
            case "source":
                Replace("sources/article-one.yml", "title: A news report on the strike", "title: A report on the strike");
                break;
            case "briefing cites a source":
                Replace("briefings/2020-01-strike-week.md", "locator: \"¶1\"}]", "locator: \"¶1\"}, {source: column, locator: \"¶2\"}]");
                break;
            case "theme":
                Replace("themes.yml", "title: The crisis", "title: The crisis of 2020");
                break;
            case "retitle a corrected briefing":
                Replace("briefings/2020-01-strike-week.md", "title: The week of the strike", "title: The strike week");
                break;
            case "add an era":
                File.AppendAllText(Path.Combine(site.Input, "eras.yml"), "- id: latest\n  title: Latest\n  start: \"2024\"\n  end: ..\n  summary: Last.\n");
                break;
            case "language rules":
                site.Write("i18n/en.rules.yml", "dates:\n  day: \"{month} {day}, {year}\"\n");
                break;
            case "correction":
                site.Write("corrections.yml", "- date: 2026-11-02\n  page: event:strike\n  what: The summary gave the wrong paragraph.\n");
                break;
            default:
                throw new ArgumentException(edit);
        }
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
