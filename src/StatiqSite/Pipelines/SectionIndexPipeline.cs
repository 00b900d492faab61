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
        var strings = StringsOf(context);
        (string, string)[] timeline = [(strings.Nav.Timeline, site.Urls.Timeline)];

        context.Add(Render<SectionIndexPage>(context,
            new PageMeta(strings.Timeline.EveryEvent.Title, strings.Timeline.EveryEvent.Description, site.Urls.Events, "timeline"),
            (nameof(SectionIndexPage.Trail), (IReadOnlyList<(string, string)>)timeline),
            (nameof(SectionIndexPage.Items), (IReadOnlyList<SectionItem>)[.. site.Events.Select(e => new SectionItem(e.Title, site.Urls.Event(e.Id), site.Dates.Display(e.Date)))])));
        context.Add(Render<SectionIndexPage>(context,
            new PageMeta(strings.Timeline.ByTheme.Title, strings.Timeline.ByTheme.Description, site.Urls.TimelineThemes, "timeline"),
            (nameof(SectionIndexPage.Trail), (IReadOnlyList<(string, string)>)timeline),
            (nameof(SectionIndexPage.Items), Items(filters.Themes, strings))));
        context.Add(Render<SectionIndexPage>(context,
            new PageMeta(strings.Timeline.ByActor.Title, strings.Timeline.ByActor.Description, site.Urls.TimelineActors, "timeline"),
            (nameof(SectionIndexPage.Trail), (IReadOnlyList<(string, string)>)timeline),
            (nameof(SectionIndexPage.Items), Items([.. filters.Actors.Concat(filters.OneEventActors).OrderBy(f => f.Filter.Label, StringComparer.OrdinalIgnoreCase)], strings))));
        return Task.CompletedTask;
    }

    private static IReadOnlyList<SectionItem> Items(IReadOnlyList<(TimelineFilter Filter, int Count)> filters, Theme.Strings.SiteStrings strings) =>
        [.. filters.Select(f => new SectionItem(f.Filter.Label, f.Filter.Url, strings.Counts.Events.Of(f.Count)))];
}
