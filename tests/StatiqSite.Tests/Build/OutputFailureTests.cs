using System.Diagnostics;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// A full disk, or a folder the build may not write to, while the site is written or swapped in: one
/// clear error, exit code 1, the previous output as it was and nothing of the build left behind. The
/// failures are real ones, so these tests need root (to mount a tiny file system, or to make a folder
/// immutable, which even root cannot write to); without it they are skipped.
/// </summary>
public class OutputFailureTests
{
    [RootFact]
    public async Task A_full_disk_while_writing_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = new FixtureSite();
        using var disk = new TempFolder();
        string mount = disk.Combine("small");
        Directory.CreateDirectory(mount);
        Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount);
        try
        {
            string output = Path.Combine(mount, "output");
            WriteSmallPreviousOutput(output);
            var before = OutputLinkTests.Snapshot(output);
            File.WriteAllText(output + ".external-links.txt", "the previous build's report");

            var outcome = await SiteBuilder.RunAsync(site.Options() with { OutputPath = output }, Log.Silent);

            // The report beside the output still describes the output: the new one is written only with the site.
            AssertOneWriteError(outcome);
            Assert.Equal(before, OutputLinkTests.Snapshot(output));
            Assert.Equal("the previous build's report", File.ReadAllText(output + ".external-links.txt"));
            Assert.Equal(["output", "output.external-links.txt"], Directory.GetFileSystemEntries(mount).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Run("umount", mount);
        }
    }

    [RootTheory]
    [InlineData("parent")]
    [InlineData("output")]
    public async Task A_folder_that_cannot_be_written_gives_one_error_and_changes_nothing(string immutable)
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        string parent = Path.GetDirectoryName(site.Output)!;
        var before = OutputLinkTests.Snapshot(parent);
        string locked = immutable == "parent" ? parent : site.Output;
        Run("chattr", "+i", locked);
        try
        {
            var outcome = await site.BuildAsync();

            AssertOneWriteError(outcome);
        }
        finally
        {
            Run("chattr", "-i", locked);
        }

        Assert.Equal(before, OutputLinkTests.Snapshot(parent));
    }

    private static void AssertOneWriteError(BuildOutcome outcome)
    {
        Assert.Equal(1, outcome.ExitCode);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.OutputRefused, error.Code);
        Assert.Contains("the previous output was left as it was", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A previous site small enough that a new one cannot be staged beside it on the tiny disk.</summary>
    private static void WriteSmallPreviousOutput(string output)
    {
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, OutputFolder.MarkerName), "marker\n");
        File.WriteAllText(Path.Combine(output, "index.html"), "<!doctype html><title>previous</title>");
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
    }
}

/// <summary>A test that needs root: skipped, with the reason shown, when the tests run as another user.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Skip = "needs root, to make a real write failure (a tiny mounted disk or an immutable folder)";
        }
    }
}

/// <inheritdoc cref="RootFactAttribute"/>
public sealed class RootTheoryAttribute : TheoryAttribute
{
    public RootTheoryAttribute()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Skip = "needs root, to make a real write failure (a tiny mounted disk or an immutable folder)";
        }
    }
}
