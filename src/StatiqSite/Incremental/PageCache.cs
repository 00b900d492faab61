using System.Collections.Concurrent;
using StatiqSite.Content.Model;

namespace StatiqSite.Incremental;

/// <summary>
/// Pages kept between preview builds: a page is drawn again only when something it shows changed. That is
/// its key (the component, its metadata and parameters, the theme's assets and strings, its git date and
/// edit link: what the pipeline hands the page), and every read it made of the <see cref="Site"/> while it
/// was drawn, which the site noted in a <see cref="ReadLog"/>: records found by id (or not found), the
/// lists under a key, whole lists gone through, places in the chronology, the settings. Nobody lists a
/// page's inputs by hand, so none can be forgotten. Records that did not change are the very same objects
/// build after build (see <see cref="FileCache"/> and <see cref="MarkupCache"/>), so asking the new site
/// each question again and comparing the answers is cheap.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, Entry> pages = new(StringComparer.Ordinal);
    private ConcurrentBag<string> drawn = [];
    private ReadCheck check = new();

    /// <summary>How many pages the last build drew; the others were kept.</summary>
    public int Drawn => drawn.Count;

    /// <summary>The pages the last build drew, for tests and the log.</summary>
    public IReadOnlyCollection<string> DrawnPaths => drawn;

    public void Begin()
    {
        drawn = [];
        check = new ReadCheck();
    }

    /// <summary>Last build's output for <paramref name="path"/> if its key and every read it made of <paramref name="site"/> are the same, else a new one.</summary>
    public Engine.Output GetOrDraw(string path, object?[] key, Site site, Func<Engine.Output> draw)
    {
        if (pages.TryGetValue(path, out var last) && Same(last.Key, key) && last.Reads.All(read => read.Holds(site, check)))
        {
            return last.Output;
        }

        drawn.Add(path);
        var (output, log) = ReadLog.Record(draw);
        pages[path] = new Entry(key, [.. log.Reads], output);
        return output;
    }

    private bool Same(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!check.Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(object?[] Key, SiteRead[] Reads, Engine.Output Output);
}
