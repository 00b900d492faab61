using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The figures: an index at /figures/ and each at /figures/&lt;id&gt;/ with its table of values.</summary>
public sealed class FiguresPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        context.Add(Render<FigureIndexPage>(context, new PageMeta(StringsOf(context).Figures.Title, StringsOf(context).Figures.Description, site.Urls.Figures, "figures")));
        RenderEach(context, site.Figures, figure => Render<FigurePage>(
            context,
            new PageMeta(figure.Title, Description.Of(figure.Summary), site.Urls.Figure(figure.Id), "figures") { SourceFile = figure.Origin.File },
            (nameof(FigurePage.Figure), figure)));
        return Task.CompletedTask;
    }
}
