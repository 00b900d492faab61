using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The explainers: an index at /explainers/ and each at /explainers/&lt;id&gt;/.</summary>
public sealed class ExplainersPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        context.Add(Render<ExplainerIndexPage>(context, new PageMeta(StringsOf(context).Explainers.Title, StringsOf(context).Explainers.Description, site.Urls.Explainers, "explainers")));
        RenderEach(context, site.Explainers, explainer => Render<ExplainerPage>(
            context,
            new PageMeta(explainer.Title, explainer.Summary, site.Urls.Explainer(explainer.Id), "explainers")
            {
                SourceFile = explainer.Origin.File,
                IsDraft = explainer.Draft,
                OpenGraphType = "article",
                LastUpdated = explainer.Updated,
            },
            () => StructuredData.ForExplainer(site, explainer, LastChanged(context, explainer.Origin.File)),
            (nameof(ExplainerPage.Explainer), explainer)));
        return Task.CompletedTask;
    }
}
