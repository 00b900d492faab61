using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The home page, which carries the site's own JSON-LD (a WebSite with its temporal coverage).</summary>
public sealed class HomePipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var meta = new PageMeta(site.Settings.Title, site.Settings.Description, site.Urls.Home, "home")
        {
            SourceFile = site.Settings.Origin.File,
            JsonLd = StructuredData.ForSite(site),
        };
        context.Add(Render<HomePage>(context, meta));
        return Task.CompletedTask;
    }
}
