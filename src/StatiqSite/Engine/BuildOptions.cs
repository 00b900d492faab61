namespace StatiqSite.Engine;

/// <summary>How a build was asked for, from the command line or a test.</summary>
public sealed record BuildOptions
{
    public required string InputPath { get; init; }

    public required string OutputPath { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml, e.g. to host under a sub-path.</summary>
    public Uri? BaseUrl { get; init; }

    public bool Drafts { get; init; }

    /// <summary>Fetch external links (with a cache) instead of only listing them.</summary>
    public bool CheckExternal { get; init; }

    /// <summary>Lets <see cref="CheckExternal"/> fetch loopback, private and link-local addresses, which it refuses by default.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Validate only: run every phase but write nothing.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>
    /// Parse every built page with an HTML5 parser and fail on anything that could run script (SS0504). It is
    /// the costliest pass of a large build, so <c>check</c> (and so CI) and <c>preview</c> (changed pages only)
    /// always audit, and <c>build</c> when asked with --audit (docs/security.md, "When it runs").
    /// </summary>
    public bool Audit { get; init; }

    /// <summary>The folder with the theme's CSS and JavaScript; null finds it beside the program.</summary>
    public string? AssetsPath { get; init; }

    /// <summary>The site's compiled assemblies: a component in one replaces the theme's component of the same name.</summary>
    public IReadOnlyList<System.Reflection.Assembly> SiteAssemblies { get; init; } = [];

    public CancellationToken Cancellation { get; init; }

    /// <summary>How many threads a build may use; null for all cores. 1 gives a sequential build, for comparing outputs.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>The options every parallel loop of a build uses, so that <see cref="MaxParallelism"/> holds everywhere.</summary>
    public ParallelOptions Parallel() => new() { MaxDegreeOfParallelism = MaxParallelism ?? -1, CancellationToken = Cancellation };
}
