using System.Xml.Linq;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The tool as a newsroom on linux-x64 gets it from the packages <c>.ci/run</c> packed (<see cref="NativeTool"/>):
/// restored through the template's manifest or installed into a tool path, its command is the Native AOT
/// executable, not the framework-dependent fallback, and it builds a site.
/// </summary>
public sealed class NativeToolTests
{
    private static readonly byte[] ElfMagic = [0x7F, (byte)'E', (byte)'L', (byte)'F'];

    [NativeToolFact]
    public void The_template_sites_manifest_restores_the_native_executable_and_it_builds_the_site()
    {
        using var sandbox = new DotnetSandbox();
        string site = sandbox.Combine("site");
        string hive = sandbox.Combine("hive");
        sandbox.Pack(PackedDistribution.TemplateProject, sandbox.Feed);
        sandbox.Dotnet(sandbox.Path, "new", "install", Directory.GetFiles(sandbox.Feed, "StatiqSite.Templates.*.nupkg").Single(), "--debug:custom-hive", hive);
        sandbox.Dotnet(sandbox.Path, "new", "briefing-site", "--debug:custom-hive", hive, "-o", site, "--title", "Native Harbor");
        CopyPackages(Path.Combine(site, "packages"));

        // As the site's README and workflow say: restore from the site's own nuget.config, then run.
        sandbox.Dotnet(site, "tool", "restore");
        var version = sandbox.Dotnet(site, "statiqsite", "--version");
        Assert.StartsWith(Version() + "+", version.Stdout.Trim() + "+", StringComparison.Ordinal);

        // Only the native package was restored, and its command is the executable itself.
        var restored = Directory.GetFiles(sandbox.Packages, "DotnetToolSettings.xml", SearchOption.AllDirectories)
            .Select(f => (File: f, Command: XElement.Load(f).Descendants("Command").Single()))
            .Where(s => s.Command.Attribute("EntryPoint") is not null)
            .ToList();
        var (settings, command) = Assert.Single(restored);
        Assert.Equal("executable", (string?)command.Attribute("Runner"));
        AssertNativeExecutable(Path.Combine(Path.GetDirectoryName(settings)!, (string)command.Attribute("EntryPoint")!));

        sandbox.Dotnet(site, "statiqsite", "build");
        Assert.StartsWith("Native Harbor", Html.Load(Path.Combine(site, "output"), "index.html").Title, StringComparison.Ordinal);
    }

    [NativeToolFact]
    public void A_tool_path_install_puts_the_native_executable_on_the_path()
    {
        using var sandbox = new DotnetSandbox();
        CopyPackages(sandbox.Feed);
        sandbox.Dotnet(sandbox.Path, "tool", "install", "StatiqSite", "--tool-path", sandbox.Combine("tools"), "--configfile", sandbox.NuGetConfig);

        string command = sandbox.Combine("tools", "statiqsite");
        AssertNativeExecutable(new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command);
        var version = CliRunner.RunCommand(command, sandbox.Path, sandbox.Environment, "--version");
        Assert.True(version.ExitCode == 0, version.Stderr);
        Assert.StartsWith(Version() + "+", version.Stdout.Trim() + "+", StringComparison.Ordinal);
    }

    /// <summary>An ELF file with no assembly of the program or symbol file beside it, and the theme's files there.</summary>
    private static void AssertNativeExecutable(string path)
    {
        var head = new byte[ElfMagic.Length];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(head);
        }

        Assert.True(head.SequenceEqual(ElfMagic), $"{path} is not an ELF executable");
        string folder = Path.GetDirectoryName(path)!;
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
        foreach (string asset in Directory.EnumerateFiles(Repo.Assets, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.Exists(Path.Combine(folder, "theme-assets", Path.GetRelativePath(Repo.Assets, asset))), $"{asset} is not beside the executable");
        }
    }

    private static void CopyPackages(string destination)
    {
        Directory.CreateDirectory(destination);
        var packages = Directory.GetFiles(NativeTool.Packages!, "StatiqSite.*.nupkg").Where(p => !Path.GetFileName(p).StartsWith("StatiqSite.Templates.", StringComparison.Ordinal)).ToList();
        Assert.Contains(packages, p => Path.GetFileName(p).StartsWith("StatiqSite.linux-x64.", StringComparison.Ordinal));
        foreach (string package in packages)
        {
            File.Copy(package, Path.Combine(destination, Path.GetFileName(package)));
        }
    }

    /// <summary>The version of the packed tool, from its top-level package's name.</summary>
    private static string Version() =>
        Directory.GetFiles(NativeTool.Packages!, "StatiqSite.*.nupkg").Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!["StatiqSite.".Length..]).Single(rest => char.IsAsciiDigit(rest[0]));
}
