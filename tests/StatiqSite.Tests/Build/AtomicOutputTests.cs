using System.Security.Cryptography;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

public class AtomicOutputTests
{
    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_byte_for_byte_intact()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.Output);

        site.Write("events/2020-01-03-strike.yml", "title: [unclosed\n");
        var outcome = await site.BuildAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, ".output.*"));
    }

    [Fact]
    public async Task A_successful_build_replaces_stale_files()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("/")]
    [InlineData(".")]
    public async Task Refuses_dangerous_output_folders(string output)
    {
        using var site = new FixtureSite();
        string path = output == "input" ? site.Input : output;
        var outcome = await SiteBuilder.RunAsync(site.Options() with { OutputPath = Path.GetFullPath(path) }, StatiqSite.Engine.Log.Silent);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(StatiqSite.Diagnostics.Codes.OutputRefused, Assert.Single(outcome.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Input, "site.yml")));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
