using System.Collections;
using System.Collections.Concurrent;

namespace StatiqSite.Incremental;

/// <summary>
/// Pages kept between preview builds: a page is drawn again only when something it shows changed. What a
/// page shows is the list of inputs its pipeline declares (see <see cref="Pipelines.PagePipeline"/>):
/// the component, the page's metadata and parameters, the site settings and theme assets every layout
/// shows, and the records the page reads from the site. Records that did not change are the very same
/// objects build after build (see <see cref="FileCache"/> and <see cref="MarkupCache"/>), so comparing
/// inputs is cheap: equal objects, or lists of equal objects.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, (object?[] Inputs, Engine.Output Output)> pages = new(StringComparer.Ordinal);
    private int drawn;

    /// <summary>How many pages the last build drew; the others were kept.</summary>
    public int Drawn => drawn;

    public void Begin() => Interlocked.Exchange(ref drawn, 0);

    public Engine.Output GetOrDraw(string path, object?[] inputs, Func<Engine.Output> draw)
    {
        if (pages.TryGetValue(path, out var last) && Same(last.Inputs, inputs))
        {
            return last.Output;
        }

        Interlocked.Increment(ref drawn);
        var output = draw();
        pages[path] = (inputs, output);
        return output;
    }

    private static bool Same(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b) || Equals(a, b))
        {
            return true;
        }

        if (a is string || b is string || a is not IEnumerable left || b is not IEnumerable right)
        {
            return false;
        }

        var x = left.GetEnumerator();
        var y = right.GetEnumerator();
        while (true)
        {
            bool more = x.MoveNext();
            if (more != y.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (!Same(x.Current, y.Current))
            {
                return false;
            }
        }
    }
}
