using System.Diagnostics;
using System.Text.RegularExpressions;
using StatiqSite.Cli;
using StatiqSite.Pipelines;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>Last updated and edit links, drafts, and the <c>new</c> command.</summary>
public partial class WorkflowTests
{
    internal static void Git(string folder, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }

    [Fact]
    public async Task Last_updated_comes_from_each_files_last_commit_and_edit_links_from_the_repository()
    {
        using var site = new FixtureSite();
        site.Write("site.yml", FixtureSite.Files["site.yml"] + "\nrepository: https://github.com/example/briefing");
        string root = Path.GetDirectoryName(site.Input)!;
        Git(root, "2021-02-03T23:30:00-05:00", "init", "-q");
        Git(root, "2021-02-03T23:30:00-05:00", "add", "-A");
        Git(root, "2021-02-03T23:30:00-05:00", "commit", "-q", "-m", "first");
        site.Write("pages/about.md", FixtureSite.Files["pages/about.md"] + "\nMore.");
        Git(root, "2022-05-06T10:00:00+02:00", "commit", "-q", "-am", "second");

        var previous = Directory.GetCurrentDirectory();
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        // The committer's own calendar day, whatever the time zone of the machine that builds.
        var about = Html.Load(site.Output, "about/index.html");
        Assert.Equal("2022-05-06", about.QuerySelector(".page-facts .last-updated time")?.GetAttribute("datetime"));
        Assert.Equal("6 May 2022", about.QuerySelector(".page-facts .last-updated time")?.TextContent);
        Assert.Equal("https://github.com/example/briefing/blob/HEAD/input/pages/about.md", about.QuerySelector(".page-facts a.edit-page")?.GetAttribute("href"));

        var methodology = Html.Load(site.Output, "methodology/index.html");
        Assert.Equal("2021-02-03", methodology.QuerySelector(".page-facts .last-updated time")?.GetAttribute("datetime"));

        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        Assert.All(feed.Descendants().Where(e => e.Name.LocalName == "entry"), e =>
            Assert.Equal("2021-02-03T00:00:00Z", e.Elements().Single(x => x.Name.LocalName == "updated").Value));
    }

    [Fact]
    public async Task Without_git_or_a_repository_pages_fall_back_to_front_matter_and_have_no_edit_link()
    {
        using var site = new FixtureSite();
        site.Write("explainers/why.md", "---\ntitle: Why\nsummary: Because.\nupdated: 2024-03-09\nevents: [strike]\n---\nText [¶1](source:article-one#1).\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var explainer = Html.Load(site.Output, "explainers/why/index.html");
        Assert.Equal("2024-03-09", explainer.QuerySelector(".page-facts time")?.GetAttribute("datetime"));
        Assert.Null(explainer.QuerySelector("a.edit-page"));
        Assert.Null(Html.Load(site.Output, "about/index.html").QuerySelector(".page-facts"));
    }

    [Fact]
    public async Task Drafts_are_left_out_of_a_normal_build_and_shown_marked_with_drafts()
    {
        using var site = new FixtureSite();
        site.Write("briefings/2020-02-quiet-month.md", "---\ntitle: A quiet month\ndate: 2020-02\nsummary: Little happened.\nevents: [strike]\ndraft: true\n---\nText [¶1](source:article-one#1).\n");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "briefings", "quiet-month")));
        Assert.DoesNotContain("quiet-month", File.ReadAllText(Path.Combine(site.Output, "feed.xml")), StringComparison.Ordinal);

        var outcome = await SiteBuilder.RunAsync(site.Options() with { Drafts = true }, StatiqSite.Engine.Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var page = Html.Load(site.Output, "briefings/quiet-month/index.html");
        Assert.NotNull(page.QuerySelector("main .draft-banner"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("quiet-month", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain("quiet-month", File.ReadAllText(Path.Combine(site.Output, "feed.xml")), StringComparison.Ordinal);
        Assert.Null(Html.Load(site.Output, "briefings/strike-week/index.html").QuerySelector(".draft-banner"));
    }

    /// <summary>What an author would write in place of each placeholder, for the fixture site.</summary>
    private static readonly Dictionary<string, string> Fillings = new(StringComparer.Ordinal)
    {
        ["<era-id>"] = "late",
        ["<theme-id>"] = "crisis",
        ["<actor-id>"] = "soleimani",
        ["<what this actor did>"] = "was named",
        ["<summary>"] = "Something happened [¶1](source:article-one#1).",
        ["<source-id>"] = "article-one",
        ["<paragraph>"] = "1",
        ["<person, organization, armed-group, government-body, country or place>"] = "person",
        ["<who they are in this story>"] = "A test person",
        ["<one-sentence summary>"] = "A summary.",
        ["<event-id>"] = "strike",
        ["<intro: which article the briefing rests on and how it is dated, or delete this line>"] = "From the news report.",
        ["<point, with an inline citation such as [¶2](source:id#2)>"] = "A point [¶2](source:article-one#2).",
        ["<point, with an inline citation>"] = "Another point [¶3](source:article-one#3).",
        ["<opening paragraph: the question and the short answer, with inline citations>"] = "The short answer [¶1](source:article-one#1).",
        ["<first section heading>"] = "Background",
        ["<text, each claim cited inline, such as [¶2](source:id#2)>"] = "More [¶2](source:article-one#2).",
    };

    [GeneratedRegex("<[^<>\n]+>")]
    private static partial Regex Placeholder();

    [Theory]
    [InlineData(ScaffoldKind.Event, "A New Strike!", "2020-02", "events/2020-02-a-new-strike.yml")]
    [InlineData(ScaffoldKind.Actor, "Jane Q. Envoy", null, "actors/jane-q-envoy.yml")]
    [InlineData(ScaffoldKind.Briefing, "Where things stand", "2020-03-01", "briefings/2020-03-01-where-things-stand.md")]
    [InlineData(ScaffoldKind.Explainer, "Why the troops stayed", null, "explainers/why-the-troops-stayed.md")]
    public async Task New_scaffolds_a_named_file_that_fails_check_until_its_placeholders_are_filled(ScaffoldKind kind, string title, string? date, string expected)
    {
        using var site = new FixtureSite();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, NewCommand.Run(kind, title, date, site.Input, stdout, stderr));
        string path = Path.Combine(site.Input, expected);
        Assert.True(File.Exists(path), stdout.ToString() + stderr);
        string text = File.ReadAllText(path);
        Assert.Contains(title.Replace("\"", "\\\"", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains("# ", text, StringComparison.Ordinal);

        var unfilled = await site.BuildAsync(checkOnly: true);
        Assert.Equal(1, unfilled.ExitCode);
        Assert.All(unfilled.Diagnostics.Where(d => d.Severity == StatiqSite.Diagnostics.Severity.Error), d => Assert.EndsWith(expected, d.File, StringComparison.Ordinal));

        // Comments keep their placeholders' words; only the values are filled in, as an author would.
        string filled = string.Join('\n', text.Split('\n').Select(line => line.TrimStart().StartsWith("# ", StringComparison.Ordinal)
            ? line
            : Placeholder().Replace(line, m => Fillings.TryGetValue(m.Value, out var v) ? v : throw new InvalidOperationException($"no filling for {m.Value}"))));
        File.WriteAllText(path, filled);
        if (kind == ScaffoldKind.Actor)
        {
            // An actor must be used somewhere: the fixture's strike gains a participant.
            site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"].Replace("  - id: soleimani\n    role: killed", "  - id: soleimani\n    role: killed\n  - id: jane-q-envoy\n    role: spoke", StringComparison.Ordinal));
        }

        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.True(outcome.Succeeded, filled + "\n" + string.Join('\n', outcome.Diagnostics));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == StatiqSite.Diagnostics.Severity.Error);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_exits_1_with_a_clear_message()
    {
        using var site = new FixtureSite();
        string root = Path.GetDirectoryName(site.Input)!;
        var first = CliRunner.Run(root, "new", "event", "Strike", "--date", "2019-12");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("input/events/2020-01-03-strike.yml already exists with the id 'strike'; nothing was written", first.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "events", "2019-12-strike.yml")));

        var created = CliRunner.Run(root, "new", "actor", "New Person");
        Assert.Equal(0, created.ExitCode);
        string before = File.ReadAllText(Path.Combine(site.Input, "actors", "new-person.yml"));
        File.AppendAllText(Path.Combine(site.Input, "actors", "new-person.yml"), "# edited\n");
        var again = CliRunner.Run(root, "new", "actor", "New Person");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before + "# edited\n", File.ReadAllText(Path.Combine(site.Input, "actors", "new-person.yml")));
    }
}
