using System.Diagnostics;
using System.Text.RegularExpressions;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Robustness;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The native executable does what the <c>dotnet statiqsite.dll</c> form does, byte for byte: the real site,
/// <c>check</c>, the diagnostics of bad input, and <c>preview</c>'s serving and reload. Trimming or ahead-of-time
/// compilation that dropped something reflection needs would show here as a difference or an internal error.
/// </summary>
public sealed partial class NativeExecutableTests
{
    private static readonly IReadOnlyDictionary<string, string?> NoVariables = new Dictionary<string, string?>();

    [NativeFact]
    public void Builds_the_real_site_byte_for_byte_as_the_dotnet_form_does()
    {
        using var folder = new TempFolder();
        var dotnet = CliRunner.Run(Repo.Root, "build", "--output", folder.Combine("dotnet"));
        Assert.True(dotnet.ExitCode == 0, dotnet.Stderr);
        var native = Native(Repo.Root, "build", "--output", folder.Combine("native"));
        Assert.True(native.ExitCode == 0, native.Stderr);

        var expected = Snapshot.Of(folder.Combine("dotnet"));
        Assert.True(expected.Count > 100, $"only {expected.Count} files built");
        Assert.Null(Snapshot.Difference(expected, Snapshot.Of(folder.Combine("native"))));
    }

    [NativeFact]
    public void Checks_the_real_site_with_the_same_report()
    {
        var dotnet = CliRunner.Run(Repo.Root, "check");
        var native = Native(Repo.Root, "check");

        Assert.Equal(0, native.ExitCode);
        Assert.Equal(Timings(dotnet.Stdout), Timings(native.Stdout));
        Assert.Equal(dotnet.Stderr, native.Stderr);
    }

    /// <summary>Each kind of bad input the catalogue runs through the CLI, through the native form too.</summary>
    [NativeTheory]
    [MemberData(nameof(CatalogueTests.CliCases), MemberType = typeof(CatalogueTests))]
    public void Reports_bad_input_at_its_line_as_the_dotnet_form_does(string name)
    {
        var c = Catalogue.Named(name);
        using var site = new FixtureSite();
        c.Change(site);

        var dotnet = CliRunner.Run(site.Root(), "build");
        var native = Native(site.Root(), "build");

        Assert.Equal(SiteBuilder.InputErrors, native.ExitCode);
        Assert.Contains(native.Stderr.Split('\n'), line =>
            line.StartsWith($"input/{c.File}:{c.Line}:", StringComparison.Ordinal) && line.Contains($": error {c.Code}: ", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", native.Stderr, StringComparison.Ordinal);
        Assert.Equal(dotnet.Stderr, native.Stderr);
    }

    [NativeFact]
    public async Task Previews_serves_a_page_and_reloads_it_after_an_edit()
    {
        using var site = new FixtureSite();
        var start = new ProcessStartInfo(NativeExecutable.Path!)
        {
            WorkingDirectory = site.Root(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "preview", "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await ServingAddressAsync(process.StandardOutput);
            using var http = new HttpClient();
            string about = await http.GetStringAsync(new Uri(address, "/about/"));
            Assert.Contains("/__preview/live.js", about, StringComparison.Ordinal);

            await using var events = await EventStream.OpenAsync(address);
            const string marker = "A sentence added while previewing.";
            site.Write("pages/about.md", FixtureSite.Files["pages/about.md"].TrimEnd('\n') + "\n\n" + marker);
            await events.NextAsync("reload");

            Assert.Contains(marker, await http.GetStringAsync(new Uri(address, "/about/")), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.DoesNotContain("internal error", await errors, StringComparison.Ordinal);
    }

    private static CliRunner.Result Native(string workingDirectory, params string[] args) =>
        CliRunner.RunCommand(NativeExecutable.Path!, workingDirectory, NoVariables, args);

    private static async Task<Uri> ServingAddressAsync(StreamReader output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                _ = output.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("preview exited before it started serving");
    }

    /// <summary>The report with its timings blanked, since those differ from run to run.</summary>
    private static string Timings(string report) => Elapsed().Replace(report, "N ms");

    [GeneratedRegex(@"Serving .* on (http://[^/\s]+)")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"\d+(\.\d+)? ?m?s\b")]
    private static partial Regex Elapsed();
}
