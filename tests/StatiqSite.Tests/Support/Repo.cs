namespace StatiqSite.Tests.Support;

/// <summary>Paths in the repository, found from the test's location so tests run from anywhere.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Assets => Path.Combine(Root, "theme", "assets");

    /// <summary>The built CLI, run as its own process where exit codes and stderr matter.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "statiqsite.dll");

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
