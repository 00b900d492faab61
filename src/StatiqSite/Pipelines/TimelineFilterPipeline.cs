using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// One timeline page per actor and per theme (/timeline/actors/&lt;id&gt;/, /timeline/themes/&lt;id&gt;/):
/// the filters as real pages, so that they work without JavaScript and can be shared.
/// </summary>
public sealed class TimelineFilterPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var filters = TimelineFilters.Of(site);
        var all = filters.All.ToList();
        RenderEach(context, all, filter => Render<TimelinePage>(
            context,
            new PageMeta(StringsOf(context).Timeline.FilterTitle(filter), StringsOf(context).Timeline.FilterDescription(filter), filter.Url, "timeline"),
            (nameof(TimelinePage.Events), Matching(site, filter)),
            (nameof(TimelinePage.Filters), filters),
            (nameof(TimelinePage.Filter), filter)));
        return Task.CompletedTask;
    }

    /// <summary>The filter's events in date order, from the site's indexes rather than a scan of every event.</summary>
    private static ImmutableArray<Event> Matching(Site site, TimelineFilter filter) => filter.Kind == FilterKind.Actor
        ? site.EventsByActor.Of(filter.Id)
        : site.EventsByTheme.Of(filter.Id);
}
