using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components.RenderTree;
using StatiqSite.Content.Model;

// The render tree's frames are public API for renderers, which the analyzer flags as framework-internal.
#pragma warning disable BL0006

namespace StatiqSite.Rendering;

/// <summary>What rendering knew of a page: its HTML, and the links it writes and ids it defines in document order.</summary>
public sealed record RenderedPage(byte[] Html, IReadOnlyList<PageLink> Links, IReadOnlyList<string> Ids);

/// <summary>
/// Reads a page's links and ids from the component tree the renderer has just built, before it is written
/// out: each element's id (and an &lt;a&gt;'s name), href and src (but not a preconnect hint's), and a meta
/// refresh target; a segment of rendered Markdown brings the links and ids its renderer recorded, with their
/// places in the content. Nothing reads the written HTML back.
/// <para>
/// Razor compiles a theme's static markup (an element with no C# in it) to a markup string rather than to
/// element frames. Those strings are the theme's own literals, few and the same on every page: each is read
/// once with AngleSharp's fragment parser and remembered.
/// </para>
/// </summary>
internal sealed partial class PageRecorder
{
    /// <summary>
    /// The theme's literals read so far, by reference: a literal is one object for the life of the program, so
    /// a page's markup strings are found without hashing their characters, and a string made at run time with
    /// the same text as a literal is not mistaken for it.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (PageLink[] Links, string[] Ids)> Literals = new(ReferenceEqualityComparer.Instance);

    private readonly List<PageLink> links = [];
    private readonly List<string> ids = [];
    private readonly List<(string Name, string Value)> attributes = [];

    public (IReadOnlyList<PageLink> Links, IReadOnlyList<string> Ids) Record(int rootComponent, Func<int, ArrayRange<RenderTreeFrame>> framesOf)
    {
        links.Clear();
        ids.Clear();
        Component(rootComponent, framesOf);
        return ([.. links], [.. ids]);
    }

    private void Component(int id, Func<int, ArrayRange<RenderTreeFrame>> framesOf)
    {
        var range = framesOf(id);
        var frames = range.Array.AsSpan(0, range.Count);
        for (int i = 0; i < frames.Length; i++)
        {
            ref readonly var frame = ref frames[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Element:
                    int attributes = i + 1;
                    while (attributes < frames.Length && frames[attributes].FrameType == RenderTreeFrameType.Attribute)
                    {
                        attributes++;
                    }

                    Element(frame.ElementName, Values(frames[(i + 1)..attributes]));
                    i = attributes - 1;
                    break;
                case RenderTreeFrameType.Component:
                    Component(frame.ComponentId, framesOf);

                    // Its subtree here holds only its parameters; what it draws is in its own frames.
                    i += frame.ComponentSubtreeLength - 1;
                    break;
                case RenderTreeFrameType.Markup:
                    Markup(frame.MarkupContent);
                    break;
            }
        }
    }

    private List<(string Name, string Value)> Values(ReadOnlySpan<RenderTreeFrame> frames)
    {
        attributes.Clear();
        foreach (ref readonly var attribute in frames)
        {
            // The static renderer writes a string as the value, true as the bare name, and false or null not at all.
            string? value = attribute.AttributeValue switch
            {
                string text => text,
                true => string.Empty,
                null or false => null,
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (value is not null)
            {
                attributes.Add((attribute.AttributeName, value));
            }
        }

        return attributes;
    }

    private void Element(string name, List<(string Name, string Value)> attributes)
    {
        string? rel = null;
        string? httpEquiv = null;
        string? content = null;
        int firstLink = links.Count;
        foreach (var (attributeName, value) in attributes)
        {
            switch (attributeName)
            {
                case "id" when value.Length > 0:
                case "name" when name == "a" && value.Length > 0:
                    ids.Add(value);
                    break;
                case "href" or "src":
                    links.Add(new PageLink(value, null));
                    break;
                case "rel":
                    rel = value;
                    break;
                case "http-equiv":
                    httpEquiv = value;
                    break;
                case "content":
                    content = value;
                    break;
            }
        }

        if (name == "link" && rel is not null && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase)))
        {
            // A connection hint names a host, not a page.
            links.RemoveRange(firstLink, links.Count - firstLink);
        }

        if (name == "meta" && string.Equals(httpEquiv, "refresh", StringComparison.OrdinalIgnoreCase) && RefreshTarget().Match(content ?? string.Empty) is { Success: true } target)
        {
            links.Add(new PageLink(target.Groups[1].Value.Trim('\'', '"'), null));
        }
    }

    private void Markup(string markup)
    {
        if (Literals.TryGetValue(markup, out var known))
        {
            links.AddRange(known.Links);
            ids.AddRange(known.Ids);
            return;
        }

        if (RenderedMarkup.TryRecall(markup, out var segment))
        {
            links.AddRange(segment.Links);
            ids.AddRange(segment.Ids);
            return;
        }

        // Other markup is a literal not read yet, JSON-LD, or text (a heading's words); only literals can hold elements.
        if (!markup.Contains('<') || markup.StartsWith(JsonLdScript, StringComparison.Ordinal))
        {
            return;
        }

        if (!IsLiteral(markup))
        {
            throw new InvalidOperationException($"the theme writes markup that is neither rendered Markdown nor its own literal, whose links and ids cannot be recorded: '{(markup.Length > 60 ? markup[..60] + "..." : markup)}'");
        }

        var (literalLinks, literalIds) = Literals.GetOrAdd(markup, Read);
        links.AddRange(literalLinks);
        ids.AddRange(literalIds);
    }

    /// <summary>
    /// Whether a string is a literal of compiled code rather than one made at run time. The JIT interns every
    /// literal, so there it is its own interned copy; Native AOT keeps literals in the executable's frozen,
    /// never-collected objects, which are not in the intern table and for which the GC reports no generation
    /// of its own (int.MaxValue). A string built from data is neither.
    /// </summary>
    private static bool IsLiteral(string markup) =>
        ReferenceEquals(string.IsInterned(markup), markup) || GC.GetGeneration(markup) == int.MaxValue;

    /// <summary>The links and ids of one of the theme's literals, read as a fragment of a page's body.</summary>
    private static (PageLink[] Links, string[] Ids) Read(string literal)
    {
        var parser = new HtmlParser();
        var body = parser.ParseDocument(string.Empty).Body!;
        var reader = new PageRecorder();
        foreach (var node in parser.ParseFragment(literal, body))
        {
            if (node is IElement element)
            {
                reader.Tree(element);
            }
        }

        return ([.. reader.links], [.. reader.ids]);
    }

    private void Tree(IElement element)
    {
        attributes.Clear();
        foreach (var attribute in element.Attributes)
        {
            attributes.Add((attribute.Name, attribute.Value));
        }

        Element(element.LocalName, attributes);
        foreach (var child in element.Children)
        {
            Tree(child);
        }
    }

    private const string JsonLdScript = "<script type=\"" + Engine.ContentTypes.JsonLd + "\">";

    [GeneratedRegex(@"^\s*\d+\s*[;,]\s*url\s*=\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshTarget();
}
