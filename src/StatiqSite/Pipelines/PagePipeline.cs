using Microsoft.AspNetCore.Components;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;

namespace StatiqSite.Pipelines;

/// <summary>A pipeline that renders theme components into pages; it reads the site and the theme.</summary>
public abstract class PagePipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(ThemePipeline)];

    protected static Site SiteOf(PipelineContext context) => context.Get<ContentPipeline>().Site;

    /// <summary>Renders <typeparamref name="TComponent"/> with the page context and the given parameters, on every build.</summary>
    protected Output Render<TComponent>(PipelineContext context, PageMeta meta, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent =>
        Render<TComponent>(context, meta, PageInputs.Everything, parameters);

    /// <summary>
    /// Renders <typeparamref name="TComponent"/>; in preview, only when the parameters or the declared
    /// <paramref name="inputs"/> changed since the last build (see docs/performance.md).
    /// </summary>
    protected Output Render<TComponent>(PipelineContext context, PageMeta meta, PageInputs inputs, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var site = SiteOf(context);
        var theme = context.Get<ThemePipeline>();
        string path = site.Urls.FileFor(meta.Url);
        if (context.Session is { } session && !inputs.IsEverything)
        {
            object?[] key = [typeof(TComponent), meta, theme.Assets, site.Settings, site.IncludesDrafts, .. parameters.Select(p => p.Value), .. inputs.Items];
            return session.Cache<Incremental.PageCache>().GetOrDraw(path, key, Draw);
        }

        return Draw();

        Output Draw()
        {
            var values = new Dictionary<string, object?>(parameters.Length + 1, StringComparer.Ordinal)
            {
                ["Page"] = new PageContext(site, theme.Assets, meta),
            };
            foreach (var (name, value) in parameters)
            {
                values[name] = value;
            }

            byte[] html = theme.Renderer.RenderUtf8<TComponent>(values);
            return new Output(path, html, ContentTypes.Html, meta.SourceFile, Name);
        }
    }

    /// <summary>Renders one page per item across all cores.</summary>
    protected void RenderEach<T>(PipelineContext context, IReadOnlyList<T> items, Func<T, Output> render)
    {
        var outputs = new Output[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = context.Cancellation }, i => outputs[i] = render(items[i]));
        context.AddRange(outputs);
    }
}
