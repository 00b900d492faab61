using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>Who's who: the A–Z at /actors/ and one entry per actor at /actors/&lt;id&gt;/.</summary>
public sealed class GlossaryPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        context.Add(Render<GlossaryPage>(context, new PageMeta(StringsOf(context).Glossary.Title, StringsOf(context).Glossary.Description, site.Urls.Actors, "actors")));
        RenderEach(context, site.Actors, actor => Render<ActorPage>(
            context,
            new PageMeta(actor.Name, actor.Role, site.Urls.Actor(actor.Id), "actors")
            {
                SourceFile = actor.Origin.File,
            },
            () => StructuredData.ForActor(site, actor),
            (nameof(ActorPage.Actor), actor)));
        return Task.CompletedTask;
    }
}
