using System.Security.Cryptography;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// A pull request can commit a symbolic link where the output goes, or name a folder full of other
/// data; no build may then write or delete through the link, or delete anything it did not make.
/// Every case uses real links in a temporary folder and checks that every file outside is untouched.
/// </summary>
public class OutputLinkTests
{
    [Theory]
    [InlineData("input")]
    [InlineData("..")]
    [InlineData("data")]
    public async Task An_output_that_is_a_link_is_refused_and_nothing_is_deleted(string target)
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        string parent = Path.GetDirectoryName(site.Output)!;
        File.CreateSymbolicLink(site.Output, target == ".." ? ".." : Path.Combine(parent, target));
        var before = Snapshot(parent);

        var outcome = await site.BuildAsync();

        AssertRefused(outcome, "symbolic link");
        Assert.Equal(before, Snapshot(parent));
        Assert.True(File.Exists(Path.Combine(data, "keep.txt")));
        Assert.NotNull(new FileInfo(site.Output).LinkTarget);
    }

    [Fact]
    public async Task An_output_reached_through_a_linked_folder_is_refused()
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        string through = Path.Combine(Path.GetDirectoryName(site.Output)!, "through");
        File.CreateSymbolicLink(through, data);
        var before = Snapshot(data);

        var outcome = await SiteBuilder.RunAsync(site.Options() with { OutputPath = Path.Combine(through, "site") }, Log.Silent);

        AssertRefused(outcome, "symbolic link");
        Assert.Equal(before, Snapshot(data));
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("events")]
    public async Task An_output_inside_the_input_is_refused(string folder)
    {
        using var site = new FixtureSite();
        var before = Snapshot(site.Input);

        var outcome = await SiteBuilder.RunAsync(site.Options() with { OutputPath = Path.Combine(site.Input, folder) }, Log.Silent);

        AssertRefused(outcome, "input folder");
        Assert.Equal(before, Snapshot(site.Input));
    }

    [Fact]
    public async Task An_output_inside_the_input_reached_through_a_link_to_the_input_is_refused()
    {
        using var site = new FixtureSite();
        string alias = Path.Combine(Path.GetDirectoryName(site.Output)!, "alias");
        File.CreateSymbolicLink(alias, site.Input);
        var before = Snapshot(site.Input);

        // The input is named through the link this time, the output by its real path.
        var outcome = await SiteBuilder.RunAsync(site.Options() with { InputPath = alias, OutputPath = Path.Combine(site.Input, "actors") }, Log.Silent);

        AssertRefused(outcome, "input folder");
        Assert.Equal(before, Snapshot(site.Input));
    }

    [Fact]
    public async Task An_output_inside_a_git_folder_is_refused()
    {
        using var site = new FixtureSite();
        string git = Path.Combine(Path.GetDirectoryName(site.Output)!, ".git");
        Directory.CreateDirectory(Path.Combine(git, "objects"));
        File.WriteAllText(Path.Combine(git, "objects", "pack"), "history");

        var outcome = await SiteBuilder.RunAsync(site.Options() with { OutputPath = Path.Combine(git, "objects") }, Log.Silent);

        AssertRefused(outcome, ".git");
        Assert.Equal("history", File.ReadAllText(Path.Combine(git, "objects", "pack")));
    }

    [Fact]
    public async Task An_output_folder_without_the_marker_that_holds_files_is_refused_and_kept()
    {
        using var site = new FixtureSite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.tex"), "years of work");
        Directory.CreateDirectory(Path.Combine(site.Output, "chapters"));
        File.WriteAllText(Path.Combine(site.Output, "chapters", "one.tex"), "more");
        var before = Snapshot(site.Output);

        var outcome = await site.BuildAsync();

        AssertRefused(outcome, OutputFolder.MarkerName);
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public async Task An_empty_folder_becomes_the_output_and_every_build_marks_its_output()
    {
        using var site = new FixtureSite();
        Directory.CreateDirectory(site.Output);

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.MarkerName)));
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Clearing_away_a_previous_output_removes_links_in_it_without_following_them()
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        Assert.True((await site.BuildAsync()).Succeeded);
        File.CreateSymbolicLink(Path.Combine(site.Output, "linked-folder"), data);
        File.CreateSymbolicLink(Path.Combine(site.Output, "assets", "linked-file"), Path.Combine(data, "keep.txt"));
        var before = Snapshot(data);

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Equal(before, Snapshot(data));
        Assert.False(Path.Exists(Path.Combine(site.Output, "linked-folder")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Output)!, ".output.*"));
    }

    [Theory]
    [InlineData("old", true)]
    [InlineData("old", false)]
    [InlineData("staging", true)]
    [InlineData("staging", false)]
    public async Task A_link_or_foreign_folder_where_the_swap_works_is_never_deleted(string kind, bool link)
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        Assert.True((await site.BuildAsync()).Succeeded);
        var previous = Snapshot(site.Output);
        string swap = Path.Combine(Path.GetDirectoryName(site.Output)!, $".output.{kind}-{Environment.ProcessId}");
        if (link)
        {
            File.CreateSymbolicLink(swap, data);
        }
        else
        {
            Directory.CreateDirectory(swap);
            File.WriteAllText(Path.Combine(swap, "notes.txt"), "someone's");
        }

        var before = Snapshot(data);
        var outcome = await site.BuildAsync();

        AssertRefused(outcome, "left alone");
        Assert.Equal(before, Snapshot(data));
        Assert.Equal(previous, Snapshot(site.Output));
        Assert.True(link ? new FileInfo(swap).LinkTarget is not null : File.Exists(Path.Combine(swap, "notes.txt")));
    }

    [Fact]
    public void An_output_replaced_by_a_link_after_the_build_began_is_not_swapped()
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        var staged = StagedWrite.Begin(site.Output);
        File.CreateSymbolicLink(site.Output, data);
        var before = Snapshot(data);
        var diagnostics = new DiagnosticBag();

        bool done = staged.Complete([Output.Text("index.html", "<p>x</p>", ContentTypes.Html, null, "test")], diagnostics);

        Assert.False(done);
        Assert.Contains("symbolic link", Assert.Single(diagnostics.ToSortedList()).Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(data));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Output)!, ".output.*"));
    }

    [Fact]
    public async Task A_linked_external_links_report_is_replaced_not_written_through()
    {
        using var site = new FixtureSite();
        string data = DataFolder(site);
        File.CreateSymbolicLink(site.Output + ".external-links.txt", Path.Combine(data, "keep.txt"));

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.Equal("precious", File.ReadAllText(Path.Combine(data, "keep.txt")));
        Assert.Null(new FileInfo(site.Output + ".external-links.txt").LinkTarget);
    }

    [Fact]
    public void The_repository_ignores_output_as_a_file_or_link_too()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, ".gitignore"));
        Assert.Contains("/output", lines);
        Assert.DoesNotContain("/output/", lines);
    }

    private static string DataFolder(FixtureSite site)
    {
        string data = Path.Combine(Path.GetDirectoryName(site.Output)!, "data");
        Directory.CreateDirectory(Path.Combine(data, "deep"));
        File.WriteAllText(Path.Combine(data, "keep.txt"), "precious");
        File.WriteAllText(Path.Combine(data, "deep", "also.txt"), "precious too");
        return data;
    }

    private static void AssertRefused(BuildOutcome outcome, string reason)
    {
        Assert.Equal(1, outcome.ExitCode);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.OutputRefused, diagnostic.Code);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Every file under a folder with its hash, links not followed (a link is recorded by its target).</summary>
    internal static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.TryPop(out var current))
        {
            foreach (var entry in current.EnumerateFileSystemInfos())
            {
                string name = Path.GetRelativePath(folder, entry.FullName);
                if (entry.LinkTarget is { } target)
                {
                    files[name] = "link " + target;
                }
                else if (entry is DirectoryInfo inner)
                {
                    pending.Push(inner);
                }
                else
                {
                    files[name] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
                }
            }
        }

        return files;
    }
}
