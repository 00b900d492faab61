using System.Reflection;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// A temporary home for dotnet commands run as a newsroom would run them: offline and isolated from the
/// user's own tools, templates and NuGet caches. Every command runs with a temporary home and package folder,
/// and a nuget.config that lists only a local feed folder.
/// </summary>
public sealed class DotnetSandbox : IDisposable
{
    private readonly TempFolder folder = new();

    public DotnetSandbox()
    {
        Environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_HOME"] = folder.Combine("home"),
            ["NUGET_PACKAGES"] = folder.Combine("nuget-packages"),
            ["NUGET_HTTP_CACHE_PATH"] = folder.Combine("nuget-http-cache"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
        };

        // The test host runs under MSBuild's and the test platform's variables; a child build must not.
        foreach (string key in System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)))
        {
            Environment[key] = null;
        }

        Directory.CreateDirectory(Feed);
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The tests' own configuration, in which the projects they reference are already built.</summary>
    public static string Configuration { get; } = typeof(DotnetSandbox).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public string Path => folder.Path;

    /// <summary>The only package source the sandbox's commands see.</summary>
    public string Feed => folder.Combine("feed");

    public string NuGetConfig => folder.Combine("nuget.config");

    /// <summary>Where packages restored in the sandbox are extracted, local tools included.</summary>
    public string Packages => folder.Combine("nuget-packages");

    /// <summary>Variables for every dotnet command, so that none reads or writes the user's own state.</summary>
    public Dictionary<string, string?> Environment { get; }

    public string Combine(params string[] parts) => folder.Combine(parts);

    /// <summary>Runs a dotnet command that must succeed.</summary>
    public CliRunner.Result Dotnet(string workingDirectory, params string[] args)
    {
        var result = CliRunner.RunCommand("dotnet", workingDirectory, Environment, args);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result;
    }

    /// <summary>Packs a project already built in the tests' configuration; no build server may outlive the test.</summary>
    public void Pack(string project, string output, params string[] options) =>
        Dotnet(Repo.Root, ["pack", System.IO.Path.Combine(Repo.Root, project), "-c", Configuration, "--no-build", "--disable-build-servers", "-o", output, .. options]);

    public void Dispose() => folder.Dispose();
}
