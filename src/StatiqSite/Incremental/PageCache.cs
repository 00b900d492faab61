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
    private ConcurrentBag<string> drawn = [];

    /// <summary>How many pages the last build drew; the others were kept.</summary>
    public int Drawn => drawn.Count;

    /// <summary>The pages the last build drew, for tests and the log.</summary>
    public IReadOnlyCollection<string> DrawnPaths => drawn;

    private readonly ConcurrentDictionary<(Array Old, Array New), bool> collections = new();

    public void Begin()
    {
        drawn = [];
        collections.Clear();
    }

    public Engine.Output GetOrDraw(string path, object?[] inputs, Func<Engine.Output> draw)
    {
        if (pages.TryGetValue(path, out var last) && Same(last.Inputs, inputs))
        {
            return last.Output;
        }

        drawn.Add(path);
        var output = draw();
        pages[path] = (inputs, output);
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
            if (!Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b) || Equals(a, b))
        {
            return true;
        }

        if (a is Collection before && b is Collection after)
        {
            // Every page of a pipeline names the same collections: compare each pair of arrays once.
            return collections.GetOrAdd((before.Items, after.Items), pair => Same((object)pair.Old, pair.New));
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

/// <summary>A whole collection as a page input, compared item by item (see <see cref="Pipelines.PageInputs.AndAll"/>).</summary>
public sealed record Collection(Array Items);
