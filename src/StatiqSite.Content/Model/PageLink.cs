using System.Runtime.CompilerServices;

namespace StatiqSite.Content.Model;

/// <summary>A link a page writes (href, src or refresh target, as written) and, when it came from content, where.</summary>
public readonly record struct PageLink(string Href, Origin? At);

/// <summary>
/// Rendered Markdown (and markup a component writes for speed) by the very string the theme writes as markup,
/// so that the page renderer can take over its links and ids when it meets that string in the component tree.
/// Weak: the strings go with their records.
/// </summary>
public static class RenderedMarkup
{
    private static readonly ConditionalWeakTable<string, HtmlSegment> Segments = new();

    public static HtmlSegment Remember(HtmlSegment segment)
    {
        Segments.AddOrUpdate(segment.Html, segment);
        return segment;
    }

    /// <summary>Markup a component writes for speed instead of as elements, with the links it holds (and no ids).</summary>
    public static string Remember(string html, System.Collections.Immutable.ImmutableArray<PageLink> links) =>
        Remember(new HtmlSegment(html) { Links = links }).Html;

    public static bool TryRecall(string html, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HtmlSegment? segment) =>
        Segments.TryGetValue(html, out segment);
}
