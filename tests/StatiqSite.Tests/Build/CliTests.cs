using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>The CLI as a user runs it: one line per problem, exit codes, never a stack trace.</summary>
public class CliTests
{
    [Fact]
    public void A_broken_yaml_file_gives_one_error_line_and_exit_code_1()
    {
        using var site = new FixtureSite();
        site.Write("actors/baghdad.yml", "name: Baghdad\nkind: place\nrole: \"unclosed\nsummary: x\n");
        var result = CliRunner.Run(Path.GetDirectoryName(site.Input)!, "build");

        Assert.Equal(1, result.ExitCode);
        var errors = result.Stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(errors);
        Assert.Matches(@"^input/actors/baghdad\.yml:\d+:\d+: error SS0101: ", line);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_on_a_valid_site_exits_0_and_writes_nothing()
    {
        using var site = new FixtureSite();
        var result = CliRunner.Run(Path.GetDirectoryName(site.Input)!, "check");
        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Build_with_audit_parses_its_pages_and_says_so_in_the_verbose_log()
    {
        using var site = new FixtureSite();
        var plain = CliRunner.Run(Path.GetDirectoryName(site.Input)!, "build", "--verbose");
        var audited = CliRunner.Run(Path.GetDirectoryName(site.Input)!, "build", "--audit", "--verbose");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, audited.ExitCode);
        Assert.DoesNotContain("audit:", plain.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"audit: (\d+) of \1 pages parsed, none unsafe", audited.Stdout);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"].Replace("era: early", "era: erly", StringComparison.Ordinal));
        var result = CliRunner.Run(Path.GetDirectoryName(site.Input)!, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=input/events/2003-invasion.yml,line=3,col=6,title=SS0203::unknown era 'erly' (did you mean 'early'?)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_error_is_one_line_with_exit_code_2_and_leaves_the_previous_output()
    {
        // A copy of the program installed without its theme files: a fault of the generator, not of the content.
        using var site = new FixtureSite();
        using var install = new TempFolder();
        foreach (string file in Directory.EnumerateFiles(Path.GetDirectoryName(Repo.CliDll)!))
        {
            File.Copy(file, install.Combine(Path.GetFileName(file)));
        }

        string working = Path.GetDirectoryName(site.Input)!;
        Assert.Equal(0, CliRunner.Run(working, "build").ExitCode);
        var before = Snapshot.Of(site.Output);

        var result = CliRunner.RunCopy(install.Combine("statiqsite.dll"), working, "build");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: DirectoryNotFoundException: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(run again with --verbose for details; this is a bug in the generator, not in your content)", line, StringComparison.Ordinal);
        Assert.Null(Snapshot.Difference(before, Snapshot.Of(site.Output)));
        Assert.Empty(Directory.GetDirectories(working, ".output.*"));

        var verbose = CliRunner.RunCopy(install.Combine("statiqsite.dll"), working, "build", "--verbose");
        Assert.Equal(2, verbose.ExitCode);
        Assert.Contains("   at StatiqSite.", verbose.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_folder_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "check", "--input", "nowhere");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the input folder does not exist", result.Stderr, StringComparison.Ordinal);
    }
}
