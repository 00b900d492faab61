using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Distribution;

/// <summary>
/// The generator and its template as a newsroom gets them: both packed with <c>dotnet pack</c> into a
/// local folder, the tool installed from there into a tool path of its own, the template into a template
/// hive of its own, and a site created with the template, all in a <see cref="DotnetSandbox"/>.
/// </summary>
/// <remarks>
/// The tool installed here is its framework-dependent package (runtime identifier <c>any</c>), the one every
/// machine other than linux-x64 gets, behind a top-level package that names only it: the native linux-x64
/// package takes minutes to compile, so it is installed only where <c>.ci/run</c> has packed it
/// (<see cref="NativeToolTests"/>). The real top-level package is packed too, to read what it names.
/// </remarks>
public sealed class PackedDistribution : IDisposable
{
    /// <summary>A title with the characters YAML and HTML treat specially, which must still come out as written.</summary>
    public const string Title = "The \"Harbor\" Watch: a test \\ briefing";

    public const string ToolProject = "src/StatiqSite/StatiqSite.csproj";

    public const string TemplateProject = "src/StatiqSite.Templates/StatiqSite.Templates.csproj";

    private readonly DotnetSandbox sandbox = new();

    public PackedDistribution()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // `-r any` would build into a folder of its own; the build the tests reference is the same code.
        sandbox.Pack(ToolProject, sandbox.Feed, "-p:ToolPackageRuntimeIdentifiers=any");
        sandbox.Pack(ToolProject, sandbox.Feed, "-r", "any", "-p:AppendRuntimeIdentifierToOutputPath=false");
        sandbox.Pack(ToolProject, sandbox.Combine("top-level"));
        sandbox.Pack(TemplateProject, sandbox.Feed);
        TopLevelPackage = Directory.GetFiles(sandbox.Combine("top-level"), "*.nupkg").Single();
        FallbackPackage = Directory.GetFiles(sandbox.Feed, "StatiqSite.any.*.nupkg").Single();
        ToolPackages = [Path.Combine(sandbox.Feed, Path.GetFileName(TopLevelPackage)), FallbackPackage];
        string templatePackage = Directory.GetFiles(sandbox.Feed, "StatiqSite.Templates.*.nupkg").Single();

        Dotnet(sandbox.Path, "tool", "install", "StatiqSite", "--tool-path", sandbox.Combine("tools"), "--configfile", sandbox.NuGetConfig);
        Dotnet(sandbox.Path, "new", "install", templatePackage, "--debug:custom-hive", Hive);
        Dotnet(sandbox.Path, "new", "briefing-site", "--debug:custom-hive", Hive, "-o", Site, "--title", Title, "--site-language", "en");
        SetUpSeconds = clock.Elapsed.TotalSeconds;
    }

    /// <summary>The folder the template created, as a newsroom's repository would hold it.</summary>
    public string Site => sandbox.Combine("site");

    /// <summary>The template hive the template is installed in, instead of the user's.</summary>
    public string Hive => sandbox.Combine("hive");

    /// <summary><c>StatiqSite.&lt;version&gt;.nupkg</c> as <c>dotnet pack</c> makes it: it names the runtime-specific packages.</summary>
    public string TopLevelPackage { get; }

    /// <summary><c>StatiqSite.any.&lt;version&gt;.nupkg</c>, the framework-dependent program.</summary>
    public string FallbackPackage { get; }

    /// <summary>The packages the tool installed here came from: a top-level package naming only the fallback, and the fallback.</summary>
    public IReadOnlyList<string> ToolPackages { get; }

    /// <summary>The version <c>dotnet pack</c> gave the tool.</summary>
    public string Version => Path.GetFileNameWithoutExtension(TopLevelPackage)["StatiqSite.".Length..];

    public double SetUpSeconds { get; }

    /// <inheritdoc cref="DotnetSandbox.Environment"/>
    public Dictionary<string, string?> Environment => sandbox.Environment;

    /// <summary>Runs the installed tool's command, as a user with the tool path on PATH would.</summary>
    public CliRunner.Result Tool(params string[] args) => CliRunner.RunCommand(sandbox.Combine("tools", "statiqsite"), Site, Environment, args);

    /// <inheritdoc cref="DotnetSandbox.Dotnet"/>
    public CliRunner.Result Dotnet(string workingDirectory, params string[] args) => sandbox.Dotnet(workingDirectory, args);

    public void Dispose() => sandbox.Dispose();
}
