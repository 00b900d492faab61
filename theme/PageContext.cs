using StatiqSite.Content.Model;

namespace StatiqSite.Theme;

/// <summary>The fingerprinted URLs of the theme's stylesheet and script.</summary>
public sealed record ThemeAssets(string Stylesheet, string Script);

/// <summary>What the layout needs to know about the page it wraps.</summary>
public sealed record PageMeta(string Title, string Description, string Url, string Section)
{
    /// <summary>The content file the page is built from, for "Edit this page".</summary>
    public string? SourceFile { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Extra lines for the head, such as JSON-LD; already escaped by the pipeline that made it.</summary>
    public string? HeadExtra { get; init; }
}

/// <summary>Everything a page component gets: the site, the theme's assets, and the page's own details.</summary>
public sealed record PageContext(Site Site, ThemeAssets Assets, PageMeta Meta)
{
    public Urls Urls => Site.Urls;

    public string AbsoluteUrl(string rootRelative) =>
        new Uri(Site.Settings.BaseUrl, rootRelative).AbsoluteUri;
}
