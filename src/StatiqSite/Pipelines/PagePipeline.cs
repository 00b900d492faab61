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

    /// <summary>Renders <typeparamref name="TComponent"/> with the page context and the given parameters.</summary>
    protected Output Render<TComponent>(PipelineContext context, PageMeta meta, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var site = SiteOf(context);
        var theme = context.Get<ThemePipeline>();
        var values = new Dictionary<string, object?>(parameters.Length + 1, StringComparer.Ordinal)
        {
            ["Page"] = new PageContext(site, theme.Assets, meta),
        };
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        string html = theme.Renderer.Render<TComponent>(values);
        return Output.Html(site.Urls.FileFor(meta.Url), html, meta.SourceFile, Name);
    }

    /// <summary>Renders one page per item across all cores.</summary>
    protected void RenderEach<T>(PipelineContext context, IReadOnlyList<T> items, Func<T, Output> render)
    {
        var outputs = new Output[items.Count];
        Parallel.For(0, items.Count, context.Options.Parallel(), i => outputs[i] = render(items[i]));
        context.AddRange(outputs);
    }
}
