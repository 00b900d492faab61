using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace StatiqSite.Content.Model;

/// <summary>
/// One read a page made of the <see cref="Site"/> while it rendered, with what it saw: enough to ask a
/// later build's site the same question and tell whether the answer is still the same.
/// </summary>
public abstract class SiteRead
{
    /// <summary>Whether <paramref name="site"/> gives the answer this read saw.</summary>
    public abstract bool Holds(Site site, ReadCheck check);
}

/// <summary>A read whose answer is one value, asked again with <paramref name="ask"/> (a record, a setting, a placement).</summary>
internal sealed class ValueRead<T>(Func<Site, T> ask, T seen) : SiteRead
{
    public override bool Holds(Site site, ReadCheck check) => check.Same(seen, ask(site));
}

/// <summary>A read with a key (an id, a node), asked again with <paramref name="ask"/>.</summary>
internal sealed class KeyedRead<TKey, T>(Func<Site, TKey, T> ask, TKey key, T seen) : SiteRead
{
    public override bool Holds(Site site, ReadCheck check) => check.Same(seen, ask(site, key));
}

/// <summary>
/// An answer to a question about the site (<see cref="Site.Answer{TKey, T}"/>): asked again once per build
/// however many pages asked it, since every page asks the menu's.
/// </summary>
internal sealed class AnswerRead<TKey, T>(Func<Site, TKey, T> question, TKey key, T seen) : SiteRead
    where TKey : notnull
{
    public override bool Holds(Site site, ReadCheck check) => check.Same(seen, check.Answer(question, site, key));
}

/// <summary>A whole list a page went through: the same when it holds the same records in the same order.</summary>
internal sealed class ListRead<T>(Func<Site, ImmutableArray<T>> ask, ImmutableArray<T> seen) : SiteRead
{
    public override bool Holds(Site site, ReadCheck check) => check.SameList(seen, ask(site));
}

/// <summary>
/// The reads of the page being drawn. The page pipeline starts one around each page it draws in preview
/// (<see cref="Record"/>); the site's lookups, indexes, lists and chronology add to whichever is current,
/// which is per page even when pages render on several threads at once (an async-local value). Outside a
/// recorded page nothing is kept.
/// </summary>
public sealed class ReadLog
{
    private static readonly AsyncLocal<ReadLog?> CurrentLog = new();

    // One entry per question: a page asks for the same actor many times, and keeps the first answer.
    private readonly Dictionary<(object Source, object? Key), SiteRead> reads = [];

    public IReadOnlyCollection<SiteRead> Reads => reads.Values;

    /// <summary>Records the reads <paramref name="draw"/> makes into a new log.</summary>
    public static (T Result, ReadLog Log) Record<T>(Func<T> draw)
    {
        var log = new ReadLog();
        var outer = CurrentLog.Value;
        CurrentLog.Value = log;
        try
        {
            return (draw(), log);
        }
        finally
        {
            CurrentLog.Value = outer;
        }
    }

    /// <summary>
    /// Notes that the current page read <paramref name="source"/> and saw <paramref name="seen"/>;
    /// <paramref name="source"/> is a static lambda, the same object on every call, which names the read.
    /// </summary>
    internal static void Value<T>(Func<Site, T> source, T seen)
    {
        if (CurrentLog.Value is { } log)
        {
            log.reads.TryAdd((source, null), new ValueRead<T>(source, seen));
        }
    }

    /// <summary>
    /// The same for a question with a key (an id, a node), asked again with <paramref name="ask"/>, which
    /// its owner makes once (not per read) and which stands for the question in the log.
    /// </summary>
    internal static void Keyed<TKey, T>(Func<Site, TKey, T> ask, TKey key, T seen)
        where TKey : notnull
    {
        if (CurrentLog.Value is { } log)
        {
            log.reads.TryAdd((ask, key), new KeyedRead<TKey, T>(ask, key, seen));
        }
    }

    /// <summary>
    /// Answers <paramref name="question"/> and notes the answer as the read, not the reads that made it:
    /// the page depends on what it shows (whether there are any events, the titles it lists), not on every
    /// record that went into it.
    /// </summary>
    internal static T Answer<TKey, T>(Func<Site, TKey, T> question, Site site, TKey key)
        where TKey : notnull
    {
        if (CurrentLog.Value is not { } log)
        {
            return question(site, key);
        }

        T answer;
        CurrentLog.Value = null;
        try
        {
            answer = question(site, key);
        }
        finally
        {
            CurrentLog.Value = log;
        }

        log.reads.TryAdd((question, key), new AnswerRead<TKey, T>(question, key, answer));
        return answer;
    }

    internal static void List<T>(Func<Site, ImmutableArray<T>> source, ImmutableArray<T> seen)
    {
        if (CurrentLog.Value is { } log)
        {
            log.reads.TryAdd((source, null), new ListRead<T>(source, seen));
        }
    }
}

/// <summary>
/// Compares what a read saw with what the next build's site says, once per build. Unchanged records are
/// the same objects build after build (Incremental/FileCache, MarkupCache), so most answers are equal by
/// reference; a list is compared record by record, once per pair of lists however many pages read it.
/// </summary>
public sealed class ReadCheck
{
    private readonly ConcurrentDictionary<(Array Old, Array New), bool> lists = new();
    private readonly ConcurrentDictionary<(object Question, object Key), object?> answers = new();

    public bool Same<T>(T before, T after) =>
        ReferenceEquals(before, after) || EqualityComparer<T>.Default.Equals(before, after) || SameItems(before, after);

    /// <summary>What <paramref name="question"/> answers this build; a check is made for one site.</summary>
    public T Answer<TKey, T>(Func<Site, TKey, T> question, Site site, TKey key)
        where TKey : notnull =>
        (T)answers.GetOrAdd((question, key), static (asked, site) => ((Func<Site, TKey, T>)asked.Question)(site, (TKey)asked.Key), site)!;

    public bool SameList<T>(ImmutableArray<T> before, ImmutableArray<T> after)
    {
        var old = ImmutableCollectionsMarshal.AsArray(before) ?? [];
        var fresh = ImmutableCollectionsMarshal.AsArray(after) ?? [];
        return ReferenceEquals(old, fresh) || lists.GetOrAdd((old, fresh), pair => SameItems(pair.Old, pair.New));
    }

    private bool SameItems(object? a, object? b)
    {
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
