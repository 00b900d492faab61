using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Components;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// Index pages for the folders that hold pages but had none of their own: /events/ and the timeline's
/// /timeline/themes/ and /timeline/actors/. Readers (and crawlers) cut addresses back to a folder.
/// </summary>
public sealed class SectionIndexPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var filters = TimelineFilters.Of(site);
        (string, string)[] timeline = [("Timeline", site.Urls.Timeline)];

        context.Add(Render<SectionIndexPage>(context,
            new PageMeta("Every event", "Every event on the timeline in date order, each with its own page.", site.Urls.Events, "timeline"),
            PageInputs.None.AndAll(site.Events),
            ("Trail", (IReadOnlyList<(string, string)>)timeline),
            ("Items", (IReadOnlyList<SectionItem>)[.. site.Events.Select(e => new SectionItem(e.Title, site.Urls.Event(e.Id), site.Dates.Display(e.Date)))])));
        context.Add(Render<SectionIndexPage>(context,
            new PageMeta("Timeline by theme", "The timeline narrowed to one theme: each theme's events on a page of their own.", site.Urls.TimelineThemes, "timeline"),
            PageInputs.None.AndAll(site.Events).AndAll(site.Themes),
            ("Trail", (IReadOnlyList<(string, string)>)timeline),
            ("Items", Items(filters.Themes))));
        context.Add(Render<SectionIndexPage>(context,
            new PageMeta("Timeline by actor", "The timeline narrowed to one person, group, government or place: the events each took part in.", site.Urls.TimelineActors, "timeline"),
            PageInputs.None.AndAll(site.Events).AndAll(site.Actors),
            ("Trail", (IReadOnlyList<(string, string)>)timeline),
            ("Items", Items([.. filters.Actors.Concat(filters.OneEventActors).OrderBy(f => f.Filter.Label, StringComparer.OrdinalIgnoreCase)]))));
        return Task.CompletedTask;
    }

    private static IReadOnlyList<SectionItem> Items(IReadOnlyList<(TimelineFilter Filter, int Count)> filters) =>
        [.. filters.Select(f => new SectionItem(f.Filter.Label, f.Filter.Url, Labels.Count(f.Count, "event", "events")))];
}
