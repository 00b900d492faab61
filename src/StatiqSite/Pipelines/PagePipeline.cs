using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Strings;

namespace StatiqSite.Pipelines;

/// <summary>A pipeline that renders theme components into pages; it reads the site, the theme and the content's history.</summary>
public abstract class PagePipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(ThemePipeline), typeof(HistoryPipeline)];

    protected static Site SiteOf(PipelineContext context) => context.Get<ContentPipeline>().Site;

    protected static SiteStrings StringsOf(PipelineContext context) => context.Get<ContentPipeline>().Strings;

    /// <summary>The day a content file was last committed, for JSON-LD dateModified; null without git.</summary>
    protected static DateOnly? LastChanged(PipelineContext context, string file) => context.Get<HistoryPipeline>().History.LastChanged(file);

    /// <summary>
    /// Renders <typeparamref name="TComponent"/> with the page context and the given parameters; in preview,
    /// only when they or anything the page read of the site changed since the last build (see docs/performance.md).
    /// </summary>
    protected Output Render<TComponent>(PipelineContext context, PageMeta meta, params (string Name, object? Value)[] parameters)
        where TComponent : IPageComponent =>
        Render<TComponent>(context, meta, null, parameters);

    /// <summary>The same, with the page's JSON-LD made only when the page is drawn: in preview most pages are not.</summary>
    protected Output Render<TComponent>(PipelineContext context, PageMeta meta, Func<string>? jsonLd, params (string Name, object? Value)[] parameters)
        where TComponent : IPageComponent
    {
        var site = SiteOf(context);
        var theme = context.Get<ThemePipeline>();
        var history = context.Get<HistoryPipeline>().History;
        string path = site.Urls.FileFor(meta.Url);
        var lastChanged = history.LastChanged(meta.SourceFile);
        string? editUrl = meta.EditUrl ?? EditLinks.For(site.Settings, history, meta.SourceFile);
        if (context.Session is { } session)
        {
            // What the page gets from outside the site; what it reads of the site is noted while it is drawn.
            object?[] key = [typeof(TComponent), meta, lastChanged, editUrl, theme.Assets, StringsOf(context), .. parameters.Select(p => p.Value)];
            return session.Cache<Incremental.PageCache>().GetOrDraw(path, key, site, Draw);
        }

        return Draw();

        Output Draw()
        {
            var full = Complete(site, jsonLd is null ? meta : meta with { JsonLd = jsonLd() }, lastChanged, editUrl);
            var values = new Dictionary<string, object?>(parameters.Length + 1, StringComparer.Ordinal)
            {
                [nameof(IPageComponent.Page)] = new PageContext(site, StringsOf(context), theme.Assets, full),
            };
            foreach (var (name, value) in parameters)
            {
                values[name] = value;
            }

            var page = theme.Renderer.RenderPage<TComponent>(values);
            return new Output(path, page.Html, ContentTypes.Html, meta.SourceFile, Name)
            {
                Page = new PageDocument(meta.Url, Name, meta.SourceFile, full, page.Links, page.Ids),
            };
        }
    }

    /// <summary>
    /// What every page gets alike: "Last updated" from git (the date a pipeline set, from front matter,
    /// is the fallback), the edit link, a WebPage JSON-LD when the pipeline gave none, and no indexing of drafts.
    /// </summary>
    private static PageMeta Complete(Site site, PageMeta meta, DateOnly? lastChanged, string? editUrl) => meta with
    {
        LastUpdated = lastChanged ?? meta.LastUpdated,
        EditUrl = editUrl,
        JsonLd = CorrectionPublishing.AddToJsonLd(site, meta.Url, meta.JsonLd ?? StructuredData.ForPage(site, meta.Title, meta.Description, meta.Url)),
        NoIndex = meta.NoIndex || meta.IsDraft,
    };

    /// <summary>Renders one page per item across all cores.</summary>
    protected void RenderEach<T>(PipelineContext context, IReadOnlyList<T> items, Func<T, Output> render)
    {
        var outputs = new Output[items.Count];
        Parallel.For(0, items.Count, context.Options.Parallel(), i => outputs[i] = render(items[i]));
        context.AddRange(outputs);
    }
}
