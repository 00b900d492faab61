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
/// (a link to an id that is gone must now fail), actors' roles (link titles), names and aliases (first
/// mentions are linked by name) and sources' paragraph counts, labels and titles (citation links show them). Any change to those starts an empty cache. Records whose texts all came from the cache are
/// given back as the same objects as last time, so that pages can tell nothing they show changed. It
/// stays for both jobs: Markdown is the costliest step of a rebuild, and without the same objects every
/// page's recorded reads of the records it renders would answer "changed" (see <see cref="PageCache"/>).
/// </summary>
public sealed class MarkupCache
{
    // Unchanged files give back the very same MarkdownText objects, so most lookups are by reference,
    // without hashing the text; the content key catches a text that is equal but was read again.
    private readonly ConcurrentDictionary<Key, Entry> byContent = new();
    private ConditionalWeakTable<MarkdownText, Entry> byInstance = new();
    private ConditionalWeakTable<object, MadeRecord> records = new();
    private string fingerprint = string.Empty;
    private int build;
    private int rendered;

    /// <summary>How many texts the last build rendered (the rest came from the cache).</summary>
    public int Rendered => rendered;

    /// <summary>Starts a build: keeps what was rendered if nothing it depends on changed.</summary>
    public void Begin(LoadedContent content, string basePath)
    {
        string next = Fingerprint(content, basePath);
        if (next != fingerprint)
        {
            byContent.Clear();
            byInstance = new();
            records = new();
        }
        else
        {
            // Texts not used for two builds belong to files edited or deleted since.
            foreach (var (key, entry) in byContent)
            {
                if (entry.Build < build - 1)
                {
                    byContent.TryRemove(key, out _);
                }
            }
        }

        fingerprint = next;
        build++;
        rendered = 0;
    }

    public MarkdownText Render(MarkdownText markdown, Origin file, MarkupContext context, bool allowShortcodes, bool linkMentions)
    {
        if (markdown.IsEmpty)
        {
            return markdown;
        }

        if (!byInstance.TryGetValue(markdown, out var entry) || entry.File != file.File || entry.Shortcodes != allowShortcodes || entry.Mentions != linkMentions)
        {
            var key = new Key(file.File, markdown.At, allowShortcodes, linkMentions, markdown.Text);
            if (!byContent.TryGetValue(key, out entry))
            {
                Interlocked.Increment(ref rendered);
                var local = new DiagnosticBag();
                var result = MarkupRenderer.Render(markdown, file, context.ReportingTo(local), allowShortcodes, linkMentions);
                entry = new Entry(file.File, allowShortcodes, linkMentions, result, local.ToSortedList());
                byContent[key] = entry;
            }

            byInstance.AddOrUpdate(markdown, entry);
        }

        entry.Build = build;
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
            text.Append("n ").Append(a.Name).Append('\n');
            foreach (string alias in a.Aliases)
            {
                text.Append("n ").Append(alias).Append('\n');
            }
        }

        foreach (var f in content.Figures.Select(f => f.Id).Order(StringComparer.Ordinal))
        {
            text.Append("f ").Append(f).Append('\n');
        }

        foreach (var s in content.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append("s ").Append(s.Id).Append(' ').Append(s.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("l ").Append(s.Label).Append('\n').Append("t ").Append(s.Title).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private readonly record struct Key(string File, TextPosition At, bool Shortcodes, bool Mentions, string Text);

    private sealed class Entry(string file, bool shortcodes, bool mentions, MarkdownText result, IReadOnlyList<Diagnostic> diagnostics)
    {
        public string File { get; } = file;

        public bool Shortcodes { get; } = shortcodes;

        public bool Mentions { get; } = mentions;

        public MarkdownText Result { get; } = result;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        /// <summary>The last build that used this text.</summary>
        public int Build { get; set; }
    }

    private sealed record MadeRecord(object[] Parts, object Result);

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
