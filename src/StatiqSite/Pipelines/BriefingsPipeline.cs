using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The briefings: an index at /briefings/, newest first, and each at /briefings/&lt;id&gt;/.</summary>
public sealed class BriefingsPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var briefings = site.Briefings;
        context.Add(Render<BriefingIndexPage>(context, new PageMeta(StringsOf(context).Briefings.Title, StringsOf(context).Briefings.Description, site.Urls.Briefings, "briefings")));
        RenderEach(context, Enumerable.Range(0, briefings.Length).ToList(), i => Render<BriefingPage>(
            context,
            new PageMeta(briefings[i].Title, briefings[i].Summary, site.Urls.Briefing(briefings[i].Id), "briefings")
            {
                SourceFile = briefings[i].Origin.File,
                IsDraft = briefings[i].Draft,
                OpenGraphType = "article",
                Published = briefings[i].Date.Earliest,
                LastUpdated = briefings[i].Date.LastKnownDay,
            },
            () => StructuredData.ForBriefing(site, briefings[i], LastChanged(context, briefings[i].Origin.File) ?? briefings[i].Date.LastKnownDay),
            (nameof(BriefingPage.Briefing), briefings[i]),
            (nameof(BriefingPage.Newer), i > 0 ? briefings[i - 1] : null),
            (nameof(BriefingPage.Older), i + 1 < briefings.Length ? briefings[i + 1] : null)));
        return Task.CompletedTask;
    }
}
