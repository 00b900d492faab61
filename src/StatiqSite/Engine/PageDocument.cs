using StatiqSite.Content.Model;
using StatiqSite.Theme;

namespace StatiqSite.Engine;

/// <summary>
/// A built page as rendering knew it, carried on its <see cref="Output"/> so that what runs after (the
/// sitemap, the feed, the link check) reads facts instead of the page's bytes: its URL, the pipeline that
/// made it, its content file, its metadata (none for a redirect, which is never indexed), and the links it
/// writes and ids it defines in document order, recorded by the renderer (Rendering/PageRecorder).
/// </summary>
public sealed record PageDocument(string Url, string Kind, string? Source, PageMeta? Meta, IReadOnlyList<PageLink> Links, IReadOnlyList<string> Ids)
{
    /// <summary>Whether search engines may index the page (sitemap.xml lists only these).</summary>
    public bool Indexable => Meta is { NoIndex: false };
}
