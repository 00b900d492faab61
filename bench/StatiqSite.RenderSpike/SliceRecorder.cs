using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;

namespace StatiqSite.RenderSpike;

/// <summary>
/// Records a page's links and ids while its slices write it, the same lists PageRecorder reads from the render
/// tree: each element's id, href and src, in document order, and the links and ids of rendered Markdown.
/// PageRecorder also reads an &lt;a&gt;'s name, connection hints and a meta refresh, none of which the briefing
/// page writes; this records only what it can hold, and the benchmark checks the lists against PageRecorder's.
/// </summary>
public sealed partial class SliceRecorder
{
    [ThreadStatic]
    private static SliceRecorder? current;

    /// <summary>
    /// The theme's literals read so far, by reference, as PageRecorder keeps them: a literal is one object for
    /// the life of the program.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (PageLink[] Links, string[] Ids)> Literals = new(ReferenceEqualityComparer.Instance);

    private static readonly ConcurrentDictionary<(nint Address, int Length), (PageLink[] Links, string[] Ids)> Utf8Literals = new();

    private readonly List<PageLink> links = [];
    private readonly List<string> ids = [];
    private string? attribute;
    private string? value;

    /// <summary>The recorder of the page this thread is writing; null when links are not recorded.</summary>
    public static SliceRecorder? Current { get => current; set => current = value; }

    public IReadOnlyList<PageLink> Links => links;

    public IReadOnlyList<string> Ids => ids;

    public void Clear()
    {
        links.Clear();
        ids.Clear();
    }

    internal void BeginAttribute(string name)
    {
        attribute = name;
        value = null;
    }

    internal void AttributeValue(string? text) => value = value is null ? text : value + text;

    internal void EndAttribute()
    {
        if (value is not null)
        {
            Add(attribute, value);
        }

        attribute = null;
    }

    internal void Literal(string? text)
    {
        if (text is null || !text.Contains('=', StringComparison.Ordinal))
        {
            return;
        }

        var (literalLinks, literalIds) = Literals.GetOrAdd(text, Read);
        links.AddRange(literalLinks);
        ids.AddRange(literalIds);
    }

    /// <summary>
    /// A literal the Razor compiler emitted as UTF-8 (<c>"..."u8</c>): its bytes are the assembly's constant data,
    /// at one address for the life of the program, so the address and length name it without reading it.
    /// </summary>
    internal unsafe void Literal(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf((byte)'=') < 0)
        {
            return;
        }

        var key = ((nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(text)), text.Length);
        if (!Utf8Literals.TryGetValue(key, out var known))
        {
            known = Utf8Literals.GetOrAdd(key, Read(Encoding.UTF8.GetString(text)));
        }

        links.AddRange(known.Links);
        ids.AddRange(known.Ids);
    }

    internal void Markup(string html)
    {
        if (RenderedMarkup.TryRecall(html, out var segment))
        {
            links.AddRange(segment.Links);
            ids.AddRange(segment.Ids);
        }
    }

    private void Add(string? name, string text)
    {
        switch (name)
        {
            case "id" when text.Length > 0:
                ids.Add(text);
                break;
            case "href" or "src":
                links.Add(new PageLink(text, null));
                break;
        }
    }

    /// <summary>The attributes a literal writes whole, in order; a literal may end inside a tag whose other attributes are written by code.</summary>
    private static (PageLink[] Links, string[] Ids) Read(string literal)
    {
        var reader = new SliceRecorder();
        foreach (Match m in StaticAttribute().Matches(literal))
        {
            reader.Add(m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        }

        return ([.. reader.links], [.. reader.ids]);
    }

    [GeneratedRegex("\\s(id|href|src)=\"([^\"]*)\"")]
    private static partial Regex StaticAttribute();
}

/// <summary>The parts of the theme's sentences, read once each with the one placeholder parser.</summary>
internal static class SliceTemplates
{
    private static readonly ConditionalWeakTable<Theme.Strings.Template, IReadOnlyList<(string Text, string? Name, int Offset)>> Cache = new();

    public static IReadOnlyList<(string Text, string? Name, int Offset)> Parts(Theme.Strings.Template template) =>
        Cache.GetValue(template, static t => Content.Language.Template.Split(t.ToString(), out _) ?? throw new InvalidOperationException($"'{t}' does not parse"));
}
