using StatiqSite.Diagnostics;

namespace StatiqSite.Preview;

/// <summary>What the preview server serves from: the output folder and what the last builds left.</summary>
public sealed class PreviewState(string outputPath, string basePath)
{
    public string OutputPath { get; } = Path.GetFullPath(outputPath);

    /// <summary>The site's base path, "/" or e.g. "/briefing/": from the last good build's settings.</summary>
    public string BasePath { get; set; } = basePath;

    public LiveReload Live { get; } = new();

    /// <summary>Completes when preview's first build has finished; the server answers pages only after it.</summary>
    public Task FirstBuild { get; set; } = Task.CompletedTask;

    /// <summary>Whether the output folder holds a good build; false until the first build succeeds.</summary>
    public bool HasGoodBuild { get; set; }

    /// <summary>The problems of the last build when it failed; empty after a good build.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; set; } = [];

    /// <summary>The rules of the last good build's <c>_redirects</c> file.</summary>
    public Redirects Redirects { get; set; } = Redirects.None;

    /// <summary>Whether HTML responses get the live reload script; off when serving a finished folder.</summary>
    public bool InjectScript { get; init; } = true;

    /// <summary>Ends open event streams when the server stops.</summary>
    public CancellationToken Stopping { get; set; }

    /// <summary>A state for serving a finished folder: no builds, no live reload events.</summary>
    public static PreviewState ForFolder(string outputPath, string basePath) => new(outputPath, basePath)
    {
        HasGoodBuild = true,
        InjectScript = false,
        Redirects = Redirects.Load(outputPath),
    };
}
