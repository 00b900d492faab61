namespace StatiqSite.Engine;

/// <summary>
/// What one build leaves for the next in a long-running process (preview): the outputs last written,
/// so that the next build writes only the files whose bytes changed and deletes the ones no longer made.
/// Without a session every build is a clean one, written to a staging folder and swapped in.
/// </summary>
public sealed class BuildSession
{
    /// <summary>The outputs of the last successful build, as they are on disk; null before the first.</summary>
    public IReadOnlyList<Output>? Written { get; internal set; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> caches = new();

    /// <summary>How many builds ran in this session, failed ones included.</summary>
    public int Builds { get; internal set; }

    /// <summary>
    /// A pipeline's cache that outlives its build. Pipelines are created anew for every build, so what a
    /// pipeline wants to keep for the next one lives here, one object per type.
    /// </summary>
    public T Cache<T>()
        where T : class, new() => (T)caches.GetOrAdd(typeof(T), _ => new T());
}
