using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The timeline at /timeline/: every event, grouped by era.</summary>
public sealed class TimelinePipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var filters = TimelineFilters.Of(site);
        var strings = StringsOf(context).Timeline;
        var meta = new PageMeta(strings.Title, strings.Description, site.Urls.Timeline, "timeline");
        context.Add(Render<TimelinePage>(context, meta, (nameof(TimelinePage.Events), site.Events), (nameof(TimelinePage.Filters), filters)));
        return Task.CompletedTask;
    }
}
