using StatiqSite.Content.Model;
using StatiqSite.Theme;

namespace StatiqSite.Pipelines;

/// <summary>The timeline's filters with their event counts: every theme and every actor that has events.</summary>
public sealed record TimelineFilters(IReadOnlyList<(TimelineFilter Filter, int Count)> Themes, IReadOnlyList<(TimelineFilter Filter, int Count)> Actors)
{
    public static TimelineFilters Of(Site site) => new(
        [.. site.Themes
            .Select(t => (Filter: TimelineFilter.For(t, site.Urls), Count: site.Lookup(site.EventsByTheme, t.Id).Length))
            .Where(f => f.Count > 0)],
        [.. site.Actors
            .Select(a => (Filter: TimelineFilter.For(a, site.Urls), Count: site.Lookup(site.EventsByActor, a.Id).Length))
            .Where(f => f.Count > 0)]);
}
