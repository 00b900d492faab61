using System.Reflection;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The generator and its template as a newsroom gets them: both packed with <c>dotnet pack</c> into a
/// local folder, the tool installed from there into a tool path of its own, the template into a template
/// hive of its own, and a site created with the template. Offline, and isolated from the user's own
/// tools, templates and NuGet caches: every dotnet command runs with a temporary home, package folder and
/// a nuget.config that lists only the local folder.
/// </summary>
public sealed class PackedDistribution : IDisposable
{
    /// <summary>A title with the characters YAML and HTML treat specially, which must still come out as written.</summary>
    public const string Title = "The \"Harbor\" Watch: a test \\ briefing";

    private readonly TempFolder folder = new();

    public PackedDistribution()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
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
        File.WriteAllText(folder.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // Both projects are already built in the tests' configuration (the tests reference them); building
        // them again would only cost time. No build server may outlive the test.
        string configuration = typeof(PackedDistribution).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Dotnet(Repo.Root, "pack", Path.Combine(Repo.Root, "src", "StatiqSite", "StatiqSite.csproj"), "-c", configuration, "--no-build", "--disable-build-servers", "-o", Feed);
        Dotnet(Repo.Root, "pack", Path.Combine(Repo.Root, "src", "StatiqSite.Templates", "StatiqSite.Templates.csproj"), "-c", configuration, "--no-build", "--disable-build-servers", "-o", Feed);
        ToolPackage = Directory.GetFiles(Feed, "StatiqSite.*.nupkg").Single(p => !Path.GetFileName(p).StartsWith("StatiqSite.Templates.", StringComparison.Ordinal));
        string templatePackage = Directory.GetFiles(Feed, "StatiqSite.Templates.*.nupkg").Single();

        Dotnet(folder.Path, "tool", "install", "StatiqSite", "--tool-path", folder.Combine("tools"), "--configfile", folder.Combine("nuget.config"));
        Dotnet(folder.Path, "new", "install", templatePackage, "--debug:custom-hive", Hive);
        Dotnet(folder.Path, "new", "briefing-site", "--debug:custom-hive", Hive, "-o", Site, "--title", Title, "--site-language", "en");
        SetUpSeconds = clock.Elapsed.TotalSeconds;
    }

    private string Feed => folder.Combine("feed");

    /// <summary>The folder the template created, as a newsroom's repository would hold it.</summary>
    public string Site => folder.Combine("site");

    /// <summary>The template hive the template is installed in, instead of the user's.</summary>
    public string Hive => folder.Combine("hive");

    public string ToolPackage { get; }

    public double SetUpSeconds { get; }

    /// <summary>Variables for every dotnet command, so that none reads or writes the user's own state.</summary>
    public Dictionary<string, string?> Environment { get; }

    /// <summary>Runs the installed tool's command, as a user with the tool path on PATH would.</summary>
    public CliRunner.Result Tool(params string[] args) => CliRunner.RunCommand(folder.Combine("tools", "statiqsite"), Site, Environment, args);

    public CliRunner.Result Dotnet(string workingDirectory, params string[] args)
    {
        var result = CliRunner.RunCommand("dotnet", workingDirectory, Environment, args);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited with {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result;
    }

    public void Dispose() => folder.Dispose();
}
