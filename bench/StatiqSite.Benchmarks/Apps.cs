namespace StatiqSite.Benchmarks;

/// <summary>
/// One form of the generator to run: a native or self-contained executable, or a framework-dependent
/// <c>statiqsite.dll</c>, which runs as <c>dotnet statiqsite.dll</c> (the code <c>dotnet run -c Release</c> runs).
/// </summary>
public sealed record App(string Label, string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>
    /// The forms named by <c>--app [LABEL=]PATH</c>, repeatable; by default the three that bench/publish.sh
    /// writes, those of them that exist. Without a label, a form is named after its folder.
    /// </summary>
    public static IReadOnlyList<App> From(Arguments a, string benchOut)
    {
        var given = a.All("app");
        IEnumerable<string> specs = given.Count > 0
            ? given
            : new[] { "native/statiqsite", "r2r/statiqsite", "dotnet/statiqsite.dll" }
                .Select(p => Path.Combine(benchOut, p)).Where(File.Exists);
        var apps = specs.Select(Parse).ToList();
        if (apps.Count == 0)
        {
            throw new ArgumentException($"no published generator in {benchOut}: run bench/publish.sh, or name one with --app PATH");
        }

        if (apps.Select(p => p.Label).Distinct(StringComparer.Ordinal).Count() != apps.Count)
        {
            throw new ArgumentException("two --app forms have the same name: give them labels, --app LABEL=PATH");
        }

        return apps;
    }

    /// <summary>A process's arguments: the form's own prefix (the dll for <c>dotnet</c>), then the command's.</summary>
    public IReadOnlyList<string> Arguments(IEnumerable<string> command) => [.. Prefix, .. command];

    private static App Parse(string spec)
    {
        int equals = spec.IndexOf('=', StringComparison.Ordinal);
        string path = Path.GetFullPath(equals > 0 ? spec[(equals + 1)..] : spec);
        string label = equals > 0 ? spec[..equals] : Path.GetFileName(Path.GetDirectoryName(path)) ?? path;
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--app {spec}: {path} does not exist (bench/publish.sh writes the forms)");
        }

        return path.EndsWith(".dll", StringComparison.Ordinal)
            ? new App(label, "dotnet", [path])
            : new App(label, path, []);
    }
}
