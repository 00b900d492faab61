using System.Collections.Concurrent;
using AngleSharp.Dom;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Loading;
using StatiqSite.Pipelines;

namespace StatiqSite.Tests.Support;

/// <summary>
/// The real <c>input/</c> built once into a temp folder and shared by the tests of a collection,
/// with the content as loaded (drafts left out, as the build does) to compute what pages must show.
/// </summary>
public sealed class RealSite : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ConcurrentDictionary<string, IDocument> pages = new(StringComparer.Ordinal);

    public RealSite()
    {
        Output = folder.Combine("output");
        var outcome = SiteBuilder.RunAsync(
            new BuildOptions { InputPath = Repo.Input, OutputPath = Output, AssetsPath = Repo.Assets },
            Log.Silent).GetAwaiter().GetResult();
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("the real site did not build:\n" + string.Join('\n', outcome.Diagnostics));
        }

        Outputs = outcome.Outputs;

        var loaded = ContentLoader.Load(Repo.Input, new DiagnosticBag());
        Content = loaded with
        {
            Events = [.. loaded.Events.Where(e => !e.Draft)],
            Briefings = [.. loaded.Briefings.Where(b => !b.Draft)],
            Explainers = [.. loaded.Explainers.Where(x => !x.Draft)],
        };
    }

    public string Output { get; }

    /// <summary>What the build produced, with each page's recorded document.</summary>
    public IReadOnlyList<Output> Outputs { get; }

    public LoadedContent Content { get; }

    /// <summary>A built page by its URL path ("/timeline/"), parsed once.</summary>
    public IDocument Page(string url) => pages.GetOrAdd(url, u => Html.Load(Output, FileFor(u)));

    public bool Exists(string url) => File.Exists(Path.Combine(Output, FileFor(url)));

    /// <summary>Every built HTML page as its URL path.</summary>
    public IEnumerable<string> AllPages() => Directory
        .EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
        .Order(StringComparer.Ordinal);

    public void Dispose() => folder.Dispose();

    private static string FileFor(string url)
    {
        string path = url.Split('#')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}

[CollectionDefinition(Name)]
public sealed class RealSiteCollection : ICollectionFixture<RealSite>
{
    public const string Name = "real site";
}
