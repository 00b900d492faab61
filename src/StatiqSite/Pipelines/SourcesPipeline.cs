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
        context.Add(Render<SourceIndexPage>(context, new PageMeta(StringsOf(context).Sources.Title, StringsOf(context).Sources.Description, site.Urls.Sources, "sources")));
        RenderEach(context, site.Sources, source => Render<SourcePage>(
            context,
            new PageMeta(source.Title, StringsOf(context).Sources.PageDescription(source.Title), site.Urls.Source(source.Id), "sources")
            {
                SourceFile = source.Origin.File,
            },
            (nameof(SourcePage.Source), source)));
        return Task.CompletedTask;
    }
}
