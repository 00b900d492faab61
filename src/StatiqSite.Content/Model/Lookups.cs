using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StatiqSite.Content.Model;

/// <summary>
/// Records by id, as pages find them: each id a page asks for is kept in the page's <see cref="ReadLog"/>
/// with the record found, or with none (an id that is missing now and appears later changes the page too).
/// </summary>
public sealed class ById<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> items;
    private readonly Func<Site, string, T?> ask;

    /// <param name="self">Where a site keeps this lookup: how a later build's site is asked the same question.</param>
    internal ById(FrozenDictionary<string, T> items, Func<Site, ById<T>> self)
    {
        this.items = items;
        ask = (site, id) => self(site).Peek(id);
    }

    public T this[string id] => GetValueOrDefault(id) ?? throw new KeyNotFoundException($"no record with id '{id}'");

    public bool TryGetValue(string id, [MaybeNullWhen(false)] out T value)
    {
        value = GetValueOrDefault(id);
        return value is not null;
    }

    public T? GetValueOrDefault(string id)
    {
        var found = Peek(id);
        ReadLog.Keyed(ask, id, found);
        return found;
    }

    private T? Peek(string id) => items.GetValueOrDefault(id);
}

/// <summary>
/// Records grouped under a key (an actor's events, a source's citers), as pages list them: each key a page
/// asks for is kept in the page's <see cref="ReadLog"/> with the list it got, so a record added to, removed
/// from or changed in that list draws the page again, and other keys' lists do not.
/// </summary>
public sealed class ByKey<T>
{
    private readonly FrozenDictionary<string, ImmutableArray<T>> groups;
    private readonly Func<Site, string, ImmutableArray<T>> ask;
    private readonly Func<Site, string, int> count;

    internal ByKey(FrozenDictionary<string, ImmutableArray<T>> groups, Func<Site, ByKey<T>> self)
    {
        this.groups = groups;
        ask = (site, key) => self(site).Peek(key);
        count = (site, key) => self(site).Peek(key).Length;
    }

    /// <summary>The records under <paramref name="key"/>, none when it has none.</summary>
    public ImmutableArray<T> Of(string key)
    {
        var found = Peek(key);
        ReadLog.Keyed(ask, key, found);
        return found;
    }

    /// <summary>
    /// How many records are under <paramref name="key"/>, noted as the number: a page that shows only the
    /// count is not drawn again when one of those records is edited.
    /// </summary>
    public int CountOf(string key)
    {
        int found = Peek(key).Length;
        ReadLog.Keyed(count, key, found);
        return found;
    }

    private ImmutableArray<T> Peek(string key) => groups.TryGetValue(key, out var found) ? found : [];
}
