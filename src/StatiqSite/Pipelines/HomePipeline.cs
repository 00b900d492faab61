using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The home page.</summary>
public sealed class HomePipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var meta = new PageMeta(site.Settings.Title, site.Settings.Description, site.Urls.Home, "home") { SourceFile = site.Settings.Origin.File };
        var inputs = PageInputs.None.And(site.Briefings.Take(5).ToArray(), site.Events.Length, site.Events.FirstOrDefault(), site.Actors.Length);
        context.Add(Render<HomePage>(context, meta, inputs));
        return Task.CompletedTask;
    }
}
