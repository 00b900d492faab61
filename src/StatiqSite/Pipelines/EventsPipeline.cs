using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>One page per event at /events/&lt;id&gt;/, with links to the events before and after it.</summary>
public sealed class EventsPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var events = site.Events;
        RenderEach(context, Enumerable.Range(0, events.Length).ToList(), i => Render<EventPage>(
            context,
            new PageMeta(events[i].Title, Description.Of(events[i].Summary), site.Urls.Event(events[i].Id), "timeline")
            {
                SourceFile = events[i].Origin.File,
                IsDraft = events[i].Draft,
            },
            () => StructuredData.ForEvent(site, events[i]),
            (nameof(EventPage.Event), events[i]),
            (nameof(EventPage.Previous), i > 0 ? events[i - 1] : null),
            (nameof(EventPage.Next), i + 1 < events.Length ? events[i + 1] : null)));
        return Task.CompletedTask;
    }
}
