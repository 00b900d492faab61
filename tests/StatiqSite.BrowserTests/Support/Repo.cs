namespace StatiqSite.BrowserTests.Support;

/// <summary>Paths in the repository, found from the test's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Assets => Path.Combine(Root, "theme", "assets");

    /// <summary>Where screenshots are kept as artifacts: TestResults/screenshots, beside CI's test results.</summary>
    public static string Screenshots => Path.Combine(Root, "TestResults", "screenshots");

    /// <summary>A real client from the npm registry, installed in tests/clients/node_modules.</summary>
    public static string Client(string package) => Path.Combine(Root, "tests", "clients", "node_modules", package);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatiqSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StatiqSite.sln not found above " + AppContext.BaseDirectory);
    }
}
