using StatiqSite.Content.Model;

namespace StatiqSite.Theme;

/// <summary>The fingerprinted URLs of the theme's stylesheet and script.</summary>
public sealed record ThemeAssets(string Stylesheet, string Script);

/// <summary>
/// What the layout needs to know about the page it wraps. Pipelines set the title, description, URL
/// and section, and what they know of the record (its JSON-LD, its dates); <c>PagePipeline.Render</c>
/// fills in what every page gets alike (last updated from git, the edit link).
/// </summary>
public sealed record PageMeta(string Title, string Description, string Url, string Section)
{
    /// <summary>The content file the page is built from, for "Last updated", "Edit this page" and link-check errors.</summary>
    public string? SourceFile { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Extra lines for the head; already escaped by the pipeline that made it.</summary>
    public string? HeadExtra { get; init; }

    /// <summary>Open Graph type: "website" for index pages, "article" for briefings and explainers.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>A schema.org JSON-LD document, serialised so that it cannot end its script element (see StructuredData).</summary>
    public string? JsonLd { get; init; }

    /// <summary>When the content last changed: from git when the site is in a repository, else from front matter.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>When an article was published (Open Graph article:published_time).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The page's source file in the repository from site.yml; null when there is none.</summary>
    public string? EditUrl { get; init; }

    /// <summary>Pages that search engines should not index: drafts, redirects, the 404 page.</summary>
    public bool NoIndex { get; init; }
}

/// <summary>Everything a page component gets: the site, its strings, the theme's assets, and the page's own details.</summary>
public sealed record PageContext(Site Site, Strings.SiteStrings Strings, ThemeAssets Assets, PageMeta Meta)
{
    public Urls Urls => Site.Urls;

    public string AbsoluteUrl(string rootRelative) =>
        AbsoluteUrls.Join(Site.Settings.BaseUrl, rootRelative);
}
