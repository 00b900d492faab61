using System.Collections.Concurrent;
using StatiqSite.Engine;

namespace StatiqSite.Review;

/// <summary>
/// One side of a diff: the files a build produced, in memory, with the pages read back on demand
/// (only pages whose bytes differ between the two sides are ever parsed).
/// </summary>
public sealed class SiteSnapshot
{
    private readonly ConcurrentDictionary<string, PageView> views = new(StringComparer.Ordinal);
    private readonly string root;

    /// <param name="root">The folder source paths are shown relative to: the repository or the base's worktree.</param>
    public SiteSnapshot(IReadOnlyList<Output> outputs, string basePath, string root)
    {
        Files = outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
        BasePath = basePath;
        this.root = root;
    }

    public static SiteSnapshot Empty { get; } = new([], "/", "/");

    public IReadOnlyDictionary<string, Output> Files { get; }

    public string BasePath { get; }

    public IEnumerable<string> Pages => Files.Values.Where(o => o.IsHtml).Select(o => o.Path);

    public PageView View(string path) => views.GetOrAdd(path, p => PageView.Parse(Files[p].AsText(), BasePath));

    public string Url(string path) => PageView.Url(path, BasePath);

    /// <summary>The content file a page is built from, relative to the repository; null for pages built from many.</summary>
    public string? Source(string path)
    {
        string? source = Files[path].Source;
        if (source is null)
        {
            return null;
        }

        string relative = Path.IsPathRooted(source) ? Path.GetRelativePath(root, source) : source;
        return relative.Replace('\\', '/');
    }

    /// <summary>True when both sides have the file and its bytes are the same.</summary>
    public bool SameBytes(string path, SiteSnapshot other) =>
        Files.TryGetValue(path, out var ours) && other.Files.TryGetValue(path, out var theirs) && ours.Bytes.Span.SequenceEqual(theirs.Bytes.Span);
}
