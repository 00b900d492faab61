using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The 404 page that static hosts serve for missing paths.</summary>
public sealed class NotFoundPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var meta = new PageMeta(StringsOf(context).NotFound.Title, StringsOf(context).NotFound.Description, site.Urls.BasePath + "404.html", "404") { NoIndex = true };
        context.Add(Render<NotFoundPage>(context, meta));
        return Task.CompletedTask;
    }
}
