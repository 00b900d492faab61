using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Markup;

namespace StatiqSite.Incremental;

/// <summary>
/// Rendered Markdown kept between preview builds. A text is found again by its content (the Markdown
/// itself, with the file and line it starts on, which its problems point at) under a fingerprint of
/// everything else its HTML depends on: the base path, the ids of events, actors, figures and sources
/// (a link to an id that is gone must now fail), actors' roles (link titles) and sources' paragraph
/// counts. Any change to those starts an empty cache. Records whose texts all came from the cache are
/// given back as the same objects as last time, so that pages can tell nothing they show changed.
/// </summary>
public sealed class MarkupCache
{
    private ConcurrentDictionary<Key, Entry> current = new();
    private ConcurrentDictionary<Key, Entry> previous = new();
    private ConditionalWeakTable<object, MadeRecord> records = new();
    private string fingerprint = string.Empty;
    private int rendered;

    /// <summary>How many texts the last build rendered (the rest came from the cache).</summary>
    public int Rendered => rendered;

    /// <summary>Starts a build: keeps last build's texts if nothing they depend on changed.</summary>
    public void Begin(LoadedContent content, string basePath)
    {
        string next = Fingerprint(content, basePath);
        previous = next == fingerprint ? current : new();
        if (next != fingerprint)
        {
            records = new();
        }

        current = new();
        fingerprint = next;
        rendered = 0;
    }

    public MarkdownText Render(MarkdownText markdown, Origin file, MarkupContext context, bool allowShortcodes)
    {
        if (markdown.IsEmpty)
        {
            return markdown;
        }

        var key = new Key(file.File, markdown.At, allowShortcodes, markdown.Text);
        if (!current.TryGetValue(key, out var entry) && !previous.TryGetValue(key, out entry))
        {
            Interlocked.Increment(ref rendered);
            var local = new DiagnosticBag();
            var result = MarkupRenderer.Render(markdown, file, context.ReportingTo(local), allowShortcodes);
            entry = new Entry(result, local.ToSortedList());
        }

        current[key] = entry;
        foreach (var d in entry.Diagnostics)
        {
            context.Diagnostics.Add(d);
        }

        return entry.Result;
    }

    /// <summary>
    /// The record made from <paramref name="source"/> with its rendered texts: last build's object when the
    /// source record and every rendered text are the same objects as then, otherwise a new one.
    /// </summary>
    public T Record<T>(object source, Func<T> make, params object[] parts)
        where T : class
    {
        if (records.TryGetValue(source, out var last) && last.Parts.Length == parts.Length && last.Parts.AsSpan().SequenceEqual(parts, ReferenceComparer.Instance))
        {
            return (T)last.Result;
        }

        var result = make();
        records.AddOrUpdate(source, new MadeRecord(parts, result));
        return result;
    }

    private static string Fingerprint(LoadedContent content, string basePath)
    {
        var text = new StringBuilder(basePath).Append('\n');
        foreach (var e in content.Events.Select(e => e.Id).Order(StringComparer.Ordinal))
        {
            text.Append("e ").Append(e).Append('\n');
        }

        foreach (var a in content.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            text.Append("a ").Append(a.Id).Append(' ').Append(a.Role).Append('\n');
        }

        foreach (var f in content.Figures.Select(f => f.Id).Order(StringComparer.Ordinal))
        {
            text.Append("f ").Append(f).Append('\n');
        }

        foreach (var s in content.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append("s ").Append(s.Id).Append(' ').Append(s.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private readonly record struct Key(string File, TextPosition At, bool Shortcodes, string Text);

    private sealed record Entry(MarkdownText Result, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record MadeRecord(object[] Parts, object Result);

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
