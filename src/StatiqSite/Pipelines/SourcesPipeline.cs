using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The source articles: an index at /sources/ and each at /sources/&lt;id&gt;/ with everything that cites it.</summary>
public sealed class SourcesPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        context.Add(Render<SourceIndexPage>(context, new PageMeta(StringsOf(context).Sources.Title, StringsOf(context).Sources.Description, site.Urls.Sources, "sources"), PageInputs.None.AndAll(site.Sources).AndAll(site.Actors).AndAll(site.Events).AndAll(site.Figures)));
        RenderEach(context, site.Sources, source => Render<SourcePage>(
            context,
            new PageMeta(source.Title, StringsOf(context).Sources.PageDescription(source.Title), site.Urls.Source(source.Id), "sources")
            {
                SourceFile = source.Origin.File,
            },
            PageInputs.None
                .AndAll(site.Sources).AndAll(site.Actors).AndAll(site.Events).AndAll(site.Figures).AndAll(site.Explainers).AndAll(site.Eras).AndAll(site.Themes)
                .And(site.Lookup(site.BriefingsBySource, source.Id))
                .AndPlacement(site, Site.Node(source)),
            (nameof(SourcePage.Source), source)));
        return Task.CompletedTask;
    }
}
