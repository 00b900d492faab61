using StatiqSite.Review;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Review;

/// <summary>
/// <c>diff</c> over two versions of the fixture site in a temporary repository: each kind of change
/// is reported where it belongs, and an identical rebuild reports nothing.
/// </summary>
public class DiffTests
{
    private const string Talks = """
        title: The talks
        date: 2021-04
        era: late
        summary: Talks were held.
        sources:
          - source: article-one
            locator: ¶4
        """;

    private const string Troops = """
        title: Troops in the country
        unit: troops
        values:
          - value: 5000
            qualifier: about
            date: 2020-01
            source: article-one
            locator: ¶3
        """;

    private const string Correction = """
        - date: 2021-03-01
          page: event:strike
          what: The summary named the wrong city.
        """;

    [Fact]
    public async Task An_identical_rebuild_reports_no_change_and_leaves_the_repository_as_it_was()
    {
        using var repo = new DiffRepository();
        repo.Commit("first");
        string status = repo.Status(), worktrees = repo.Worktrees();

        var outcome = await repo.DiffAsync();

        Assert.Equal(0, outcome.ExitCode);
        var report = Assert.IsType<DiffReport>(outcome.Report);
        Assert.True(report.NoChange, TextFormat.Write(report));
        Assert.Empty(report.Incidental);
        Assert.Empty(report.OtherFiles);
        Assert.Empty(report.Sources);
        Assert.True(report.HeadPages > 10);
        Assert.Equal(report.HeadPages, report.BasePages);
        Assert.StartsWith("No change that readers would see", ReportText.Summary(report), StringComparison.Ordinal);
        Assert.Equal(status, repo.Status());
        Assert.Equal(worktrees, repo.Worktrees());
    }

    [Fact]
    public async Task Each_kind_of_change_in_the_working_tree_is_reported_with_its_page_and_source()
    {
        using var repo = new DiffRepository();
        repo.Site.Write("events/2021-04-talks.yml", Talks);
        repo.Site.Write("figures/troops.yml", Troops);
        repo.Commit("first");

        // Uncommitted edits and untracked files: the diff sees the working tree as it is.
        repo.Site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"]
            .Replace("A U.S. strike killed **Soleimani**.", "A U.S. drone strike near the airport killed **Soleimani**.", StringComparison.Ordinal)
            .Replace("locator: ¶1", "locator: ¶2", StringComparison.Ordinal));
        repo.Site.Write("pages/methodology.md", FixtureSite.Files["pages/methodology.md"].Replace("title: Methodology", "title: How we work", StringComparison.Ordinal));
        repo.Site.Write("events/2022-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"].Replace("date: \"2003\"", "date: \"2022\"", StringComparison.Ordinal).Replace("era: early", "era: late", StringComparison.Ordinal));
        repo.Site.Delete("events/2003-invasion.yml");
        repo.Site.Write("events/2020-01-05-vote.yml", "title: The vote\ndate: 2020-01-05\nera: late\nsummary: Parliament voted.\nsources:\n  - source: article-one\n    locator: ¶6");
        repo.Site.Delete("briefings/2020-01-strike-week.md");
        repo.Site.Write("figures/troops.yml", Troops + "\n  - value: 2500\n    date: 2021-04\n    source: article-one\n    locator: ¶7");
        repo.Site.Write("corrections.yml", Correction);

        var outcome = await repo.DiffAsync();

        var report = Assert.IsType<DiffReport>(outcome.Report);
        string text = TextFormat.Write(report);
        Assert.Contains(report.Added, p => p.Url == "/events/vote/" && p.Title == "The vote" && p.Source == "input/events/2020-01-05-vote.yml");
        Assert.Contains(report.Removed, p => p.Url == "/briefings/strike-week/" && p.Source == "input/briefings/2020-01-strike-week.md");

        var strike = Assert.Single(report.Changed, p => p.Url == "/events/strike/");
        Assert.Equal("input/events/2020-01-03-strike.yml", strike.Source);
        var added = strike.Text.SelectMany(h => h.Runs).Where(r => r.Kind == EditKind.Added).Select(r => r.Text).ToList();
        Assert.Contains("drone", added);
        Assert.Contains("near the airport", added);
        Assert.True(strike.CitationsAdded.Contains("article-one ¶2"), text);
        Assert.Contains("article-one ¶1", strike.CitationsRemoved);

        var methodology = Assert.Single(report.Changed, p => p.Url == "/methodology/");
        Assert.Contains(methodology.Fields, f => f.Name == "title" && f.Before!.StartsWith("Methodology", StringComparison.Ordinal) && f.After!.StartsWith("How we work", StringComparison.Ordinal));

        var moved = Assert.Single(report.Moves);
        Assert.Equal("invasion", moved.Id);
        Assert.Null(moved.FromAfter);
        Assert.Equal("The strike", moved.FromBefore);
        Assert.Equal("The talks", moved.ToAfter);
        Assert.Null(moved.ToBefore);

        var figure = Assert.Single(report.Figures);
        Assert.Equal("/figures/troops/", figure.Url);
        Assert.Contains("5,000", figure.Before, StringComparison.Ordinal);
        Assert.Contains("2,500", figure.After, StringComparison.Ordinal);

        var correction = Assert.Single(report.Corrections);
        Assert.StartsWith("/corrections/#", correction.Url, StringComparison.Ordinal);
        Assert.Contains("wrong city", correction.Text, StringComparison.Ordinal);

        Assert.Contains(report.Sources, s => s.Kind == 'A' && s.Path == "input/events/2020-01-05-vote.yml");
        Assert.Contains(report.Sources, s => s.Kind == 'D' && s.Path == "input/briefings/2020-01-strike-week.md");
        Assert.Contains(report.Sources, s => s.Kind == 'M' && s.Path == "input/events/2020-01-03-strike.yml");
        Assert.Contains("{+", text, StringComparison.Ordinal);
        Assert.Contains("moved", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_last_updated_date_alone_is_listed_apart_as_incidental()
    {
        using var repo = new DiffRepository();
        repo.Commit("first", "2021-02-03T12:00:00+00:00");
        repo.Site.Write("pages/about.md", FixtureSite.Files["pages/about.md"].Replace("---\nThis", "# a comment in the front matter\n---\nThis", StringComparison.Ordinal));
        repo.Commit("second", "2022-06-07T12:00:00+00:00");

        var outcome = await repo.DiffAsync("HEAD~1");

        var report = Assert.IsType<DiffReport>(outcome.Report);
        Assert.True(report.NoChange, TextFormat.Write(report));
        var about = Assert.Single(report.Incidental, p => p.Url == "/about/");
        Assert.Contains("last updated 2021-02-03 → 2022-06-07", about.Notes);
        Assert.Empty(report.Changed);
    }

    [Fact]
    public async Task A_new_stylesheet_renames_the_fingerprinted_asset_on_every_page_and_is_incidental()
    {
        using var repo = new DiffRepository();
        string assets = Path.Combine(repo.Root, "theme", "assets");
        Directory.CreateDirectory(assets);
        foreach (string file in Directory.GetFiles(Repo.Assets))
        {
            File.Copy(file, Path.Combine(assets, Path.GetFileName(file)));
        }

        repo.Commit("first");
        File.AppendAllText(Path.Combine(assets, "site.css"), "\n/* a comment */\n");

        var report = Assert.IsType<DiffReport>((await repo.DiffAsync()).Report);

        Assert.True(report.NoChange, TextFormat.Write(report));
        Assert.Equal(report.HeadPages, report.Incidental.Count);
        Assert.All(report.Incidental, p => Assert.Contains(p.Notes, n => n.StartsWith("asset names site.", StringComparison.Ordinal)));
        Assert.Contains(report.OtherFiles, f => f.Kind == 'A' && f.Path.StartsWith("assets/site.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_working_tree_gives_its_diagnostics_and_exit_code_1()
    {
        using var repo = new DiffRepository();
        repo.Commit("first");
        repo.Site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"].Replace("id: soleimani", "id: soleimni", StringComparison.Ordinal));

        var outcome = await repo.DiffAsync();
        Assert.Equal(1, outcome.ExitCode);
        Assert.Null(outcome.Report);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "SS0203" && d.File.EndsWith("2020-01-03-strike.yml", StringComparison.Ordinal) && d.Line > 1);

        var cli = CliRunner.Run(repo.Root, "diff", "--base", "HEAD");
        Assert.Equal(1, cli.ExitCode);
        Assert.Matches(@"2020-01-03-strike\.yml:\d+:\d+: error SS0203: unknown actor 'soleimni'", cli.Stderr);
        Assert.DoesNotContain("   at ", cli.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Stdout);
    }

    [Fact]
    public async Task A_base_that_does_not_build_is_reported_and_the_head_is_still_listed()
    {
        using var repo = new DiffRepository();
        repo.Site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"].Replace("id: soleimani", "id: soleimni", StringComparison.Ordinal));
        repo.Commit("broken");
        repo.Site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"]);

        var outcome = await repo.DiffAsync();

        Assert.Equal(0, outcome.ExitCode);
        var report = Assert.IsType<DiffReport>(outcome.Report);
        Assert.Contains("does not build", report.BaseFailure, StringComparison.Ordinal);
        Assert.Contains(report.BaseDiagnostics, d => d.Code == "SS0203" && d.File == "input/events/2020-01-03-strike.yml");
        Assert.Equal(report.HeadPages, report.Added.Count);
        Assert.Contains("The base did not build", MarkdownFormat.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_base_revision_is_a_diagnostic_with_what_to_pass_instead()
    {
        using var repo = new DiffRepository();
        repo.Commit("first");

        var outcome = await repo.DiffAsync("no-such-branch");

        Assert.Equal(1, outcome.ExitCode);
        var error = Assert.Single(outcome.Diagnostics, d => d.Code == "SS0901");
        Assert.Contains("'no-such-branch' is not a commit", error.Message, StringComparison.Ordinal);
        Assert.Contains("--base", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_base_the_merge_base_with_the_default_branch_is_used()
    {
        using var repo = new DiffRepository();
        repo.Commit("on main");
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Site.Write("pages/about.md", FixtureSite.Files["pages/about.md"].Replace("This site is a test.", "This site is a small test.", StringComparison.Ordinal));
        repo.Commit("on the branch");

        var report = Assert.IsType<DiffReport>((await repo.DiffAsync(baseRevision: null)).Report);

        Assert.Equal("merge base with main", report.BaseName);
        var about = Assert.Single(report.Changed);
        Assert.Equal("/about/", about.Url);
    }
}
